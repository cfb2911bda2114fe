/**
 * A compact Aho–Corasick automaton over UTF-16 code units: one pass over the text reports every occurrence of every
 * pattern. Transitions live in one Map keyed by `state * 65536 + codeUnit`, so memory is proportional to the total
 * pattern length whatever the alphabet.
 */
export interface AhoCorasick {
  /** Calls `onMatch(patternIndex, end)` for each occurrence; `end` is exclusive. */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void;
  /** Appends `patternIndex, end` pairs for each occurrence to `out` (no callback: the fast path). */
  collect(text: string, out: number[]): void;
  readonly patterns: readonly string[];
}

export function buildAhoCorasick(patterns: readonly string[]): AhoCorasick {
  const goto = new Map<number, number>();
  const fail: number[] = [0];
  const out: number[][] = [[]];
  const depth: number[] = [0];
  let states = 1;
  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const key = s * 65536 + p.charCodeAt(i);
      let next = goto.get(key);
      if (next === undefined) {
        next = states++;
        goto.set(key, next);
        fail.push(0);
        out.push([]);
        depth.push((depth[s] as number) + 1);
      }
      s = next;
    }
    (out[s] as number[]).push(index);
  });
  // Children lists for the breadth-first construction of failure links.
  const children: Array<Array<[number, number]>> = Array.from({ length: states }, () => []);
  for (const [key, to] of goto) {
    const from = Math.floor(key / 65536);
    (children[from] as Array<[number, number]>).push([key - from * 65536, to]);
  }
  const queue: number[] = [];
  for (const [, to] of children[0] as Array<[number, number]>) {
    fail[to] = 0;
    queue.push(to);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const r = queue[qi] as number;
    for (const [c, u] of children[r] as Array<[number, number]>) {
      queue.push(u);
      let f = fail[r] as number;
      let nxt = goto.get(f * 65536 + c);
      while (nxt === undefined && f !== 0) {
        f = fail[f] as number;
        nxt = goto.get(f * 65536 + c);
      }
      const fu = nxt !== undefined && nxt !== u ? nxt : 0;
      fail[u] = fu;
      const inherited = out[fu] as number[];
      if (inherited.length > 0) out[u] = (out[u] as number[]).concat(inherited);
    }
  }
  return {
    patterns,
    collect(text, outPairs) {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next = goto.get(s * 65536 + c);
        while (next === undefined && s !== 0) {
          s = fail[s] as number;
          next = goto.get(s * 65536 + c);
        }
        s = next ?? 0;
        const o = out[s] as number[];
        for (let k = 0; k < o.length; k++) outPairs.push(o[k] as number, i + 1);
      }
    },
    scan(text, onMatch) {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next = goto.get(s * 65536 + c);
        while (next === undefined && s !== 0) {
          s = fail[s] as number;
          next = goto.get(s * 65536 + c);
        }
        s = next ?? 0;
        const o = out[s] as number[];
        for (let k = 0; k < o.length; k++) onMatch(o[k] as number, i + 1);
      }
    },
  };
}
