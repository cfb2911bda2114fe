import { normalizeChineseText } from "../../text-normalize";

/**
 * A small naive-Bayes backoff over character bigrams: for each bigram, how many training documents of each top-level
 * category contain it. Used only when the lexicon finds little evidence.
 */
export interface BackoffModel {
  version: 1;
  /** The top-level categories, in the order of every `docs` array. */
  classes: string[];
  /** Number of training documents per class. */
  totals: number[];
  /** Bigram → number of training documents per class that contain it. */
  docs: Record<string, number[]>;
  /** Where the counts come from. */
  source?: string;
}

export interface CompiledBackoff {
  classes: string[];
  /** Keyed by `first code unit * 65536 + second code unit` of the normalised bigram. */
  weights: Map<number, Float64Array>;
}

/** Additive smoothing of the per-class document rates (strong, so that small random skews weigh little). */
const SMOOTH = 1;

export function compileBackoff(model: BackoffModel): CompiledBackoff {
  const k = model.classes.length;
  const all = model.totals.reduce((a, b) => a + b, 0);
  const weights = new Map<number, Float64Array>();
  for (const [bigram, counts] of Object.entries(model.docs)) {
    const g = normalizeChineseText(bigram);
    if (g.length !== 2) continue;
    const s = counts.reduce((a, b) => a + b, 0);
    const w = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      const n = model.totals[c] ?? 0;
      const inC = counts[c] ?? 0;
      const p = (inC + SMOOTH) / (n + 2 * SMOOTH);
      const q = (s - inC + SMOOTH) / (all - n + 2 * SMOOTH);
      w[c] = Math.log(p / q);
    }
    weights.set(g.charCodeAt(0) * 65536 + g.charCodeAt(1), w);
  }
  return { classes: model.classes, weights };
}

const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** Distinct CJK bigrams of normalised text, with the offset of their first occurrence. */
export function bigrams(norm: string, limit = 20_000): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < norm.length && out.size < limit; i++) {
    if (!isCjk(norm.charCodeAt(i)) || !isCjk(norm.charCodeAt(i + 1))) continue;
    const b = norm.slice(i, i + 2);
    if (!out.has(b)) out.set(b, i);
  }
  return out;
}

export interface BackoffResult {
  /** Softmax probabilities per class. */
  probabilities: Map<string, number>;
  /** For the most probable classes, the offsets of the (up to three) bigrams that support each most. */
  support: Map<string, number[]>;
}

/** Characters of grammar words: a bigram containing one helps the model but explains nothing to a clerk. */
const FUNCTION_CHARS = new Set(
  "的了在是们个把他她它我你这那就都也还又说来去看上下一有和与及或被让给对从到而但却很再才么吗呢啊吧呀哦嗯着过得地之其此该每各某".split(
    "",
  ),
);

function isFunctionBigram(norm: string, at: number): boolean {
  return FUNCTION_CHARS.has(norm[at] as string) || FUNCTION_CHARS.has(norm[at + 1] as string);
}

/** Bigrams looked at per text, so that huge inputs stay linear and bounded. */
const MAX_BIGRAMS = 20_000;

export function runBackoff(b: CompiledBackoff, norm: string): BackoffResult | undefined {
  const k = b.classes.length;
  const sum = new Float64Array(k);
  const seen = new Set<number>();
  const hits: Array<{ at: number; w: Float64Array }> = [];
  let prev = norm.length > 0 ? norm.charCodeAt(0) : 0;
  for (let i = 1; i < norm.length && seen.size < MAX_BIGRAMS; i++) {
    const cur = norm.charCodeAt(i);
    if (isCjk(prev) && isCjk(cur)) {
      const key = prev * 65536 + cur;
      if (!seen.has(key)) {
        seen.add(key);
        const w = b.weights.get(key);
        if (w) {
          for (let c = 0; c < k; c++) sum[c] = (sum[c] as number) + (w[c] as number);
          hits.push({ at: i - 1, w });
        }
      }
    }
    prev = cur;
  }
  if (hits.length === 0) return undefined;
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) max = Math.max(max, sum[c] as number);
  let z = 0;
  for (let c = 0; c < k; c++) z += Math.exp((sum[c] as number) - max);
  const probabilities = new Map<string, number>();
  const order: number[] = [];
  for (let c = 0; c < k; c++) {
    probabilities.set(b.classes[c] as string, Math.exp((sum[c] as number) - max) / z);
    order.push(c);
  }
  order.sort((x, y) => (sum[y] as number) - (sum[x] as number) || x - y);
  const support = new Map<string, number[]>();
  for (const c of order.slice(0, 3)) {
    // Keep the three strongest supporting bigrams (earliest first on ties) without sorting all hits.
    const best: Array<{ at: number; v: number }> = [];
    for (const h of hits) {
      const v = h.w[c] as number;
      if (v <= 1 || isFunctionBigram(norm, h.at)) continue;
      if (best.length < 3) best.push({ at: h.at, v });
      else {
        let weakest = 0;
        for (let j = 1; j < 3; j++) if ((best[j] as { v: number }).v < (best[weakest] as { v: number }).v) weakest = j;
        if (v > (best[weakest] as { v: number }).v) best[weakest] = { at: h.at, v };
      }
    }
    support.set(
      b.classes[c] as string,
      best.sort((x, y) => y.v - x.v || x.at - y.at).map((x) => x.at),
    );
  }
  return { probabilities, support };
}

/**
 * Counts documents per class and bigram; keeps bigrams found in at least `minDocs` documents and in at most `maxShare`
 * of all documents (very common bigrams such as 我们 or 巡视 and letter formulae carry no category information).
 */
export function trainBackoff(
  items: ReadonlyArray<{ text: string; primary: string }>,
  classes: readonly string[],
  minDocs = 3,
  source?: string,
  maxShare = 0.1,
): BackoffModel {
  const totals = classes.map(() => 0);
  const docs = new Map<string, number[]>();
  for (const it of items) {
    const c = classes.indexOf(it.primary);
    if (c < 0) continue;
    totals[c] = (totals[c] as number) + 1;
    for (const g of bigrams(normalizeChineseText(it.text)).keys()) {
      let row = docs.get(g);
      if (!row) {
        row = classes.map(() => 0);
        docs.set(g, row);
      }
      row[c] = (row[c] as number) + 1;
    }
  }
  const kept: Record<string, number[]> = {};
  for (const g of [...docs.keys()].sort()) {
    const row = docs.get(g) as number[];
    const n = row.reduce((a, b) => a + b, 0);
    if (n >= minDocs && n <= maxShare * items.length) kept[g] = row;
  }
  return { version: 1, classes: [...classes], totals, docs: kept, ...(source ? { source } : {}) };
}
