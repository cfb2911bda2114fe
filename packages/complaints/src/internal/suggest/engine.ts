import type { Lexicon, LexiconRule } from "../../lexicon";
import { IN_SCOPE_TOP_LEVEL_CODES, TOP_LEVEL_CODES, type TopLevelCode } from "../../taxonomy";
import { normalizeChineseText } from "../../text-normalize";
import { type AhoCorasick, buildAhoCorasick } from "./aho-corasick";
import { type CompiledLinear, runLinear } from "./linear";

/** The top-level codes, in the taxonomy's order (one source of truth: the taxonomy). */
export const TOP_LEVELS = TOP_LEVEL_CODES;
export type TopLevel = TopLevelCode;
export const IN_SCOPE: ReadonlySet<string> = new Set(IN_SCOPE_TOP_LEVEL_CODES);

export function topLevelOf(code: string): string {
  const dot = code.indexOf(".");
  return dot < 0 ? code : code.slice(0, dot);
}

export interface Span {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  code: string;
}

export interface ScoredCategory {
  category: TopLevel;
  code: string;
  raw: number;
  score: number;
  evidence: Span[];
}

export interface EngineResult {
  ranked: ScoredCategory[];
  hasPublicRole: boolean;
  /** Ids of the lexicon rules that fired, in rule order (features of the learned model). */
  fired: string[];
  /** The normalised text the rules were matched against (same offsets as the original). */
  norm: string;
}

interface TermRef {
  rule: number;
  group: number; // -1: plain term; >=0: group of a `near` rule; -2: public-role term
}

/** Per-term hit positions are capped so that a pathological text cannot blow up co-occurrence checks. */
const MAX_HITS_PER_TERM = 64;
const MAX_SPANS_PER_RULE = 4;

export interface CompiledLexicon {
  lexicon: Lexicon;
  /** 1 for terms that are `ignore` phrases (masks). */
  maskTerm: Uint8Array;
  aliases: Array<[string, string]>;
  aliasFirst: Set<number>;
  ac: AhoCorasick;
  refs: TermRef[][];
  rules: LexiconRule[];
  negators: string[];
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const refs: TermRef[][] = [];
  const add = (raw: string, ref: TermRef): void => {
    const t = normalizeChineseText(raw);
    let i = termIndex.get(t);
    if (i === undefined) {
      i = terms.length;
      termIndex.set(t, i);
      terms.push(t);
      refs.push([]);
    }
    (refs[i] as TermRef[]).push(ref);
  };
  lexicon.rules.forEach((rule, r) => {
    for (const t of rule.terms ?? []) add(t, { rule: r, group: -1 });
    rule.near?.forEach((g, gi) => {
      for (const t of g) add(t, { rule: r, group: gi });
    });
  });
  for (const t of lexicon.settings.publicRoleTerms) add(t, { rule: -1, group: -2 });
  for (const t of lexicon.settings.ignore ?? []) add(t, { rule: -1, group: -3 });
  const aliases = Object.entries(lexicon.settings.aliases ?? {}).map(
    ([k, v]) => [normalizeChineseText(k), normalizeChineseText(v)] as [string, string],
  );
  const maskTerm = new Uint8Array(terms.length);
  refs.forEach((list, i) => {
    if (list.some((r) => r.group === -3)) maskTerm[i] = 1;
  });
  return {
    lexicon,
    maskTerm,
    aliases,
    aliasFirst: new Set(aliases.map(([k]) => k.charCodeAt(0))),
    ac: buildAhoCorasick(terms),
    refs,
    rules: lexicon.rules,
    negators: lexicon.settings.negators.map(normalizeChineseText),
  };
}

function isNegated(norm: string, start: number, negators: string[], window: number): boolean {
  const from = Math.max(0, start - window - 2);
  const before = norm.slice(from, start);
  for (const n of negators) if (before.includes(n)) return true;
  return false;
}

interface Hit {
  start: number;
  end: number;
  term: number;
}

function credit(raw: Map<string, number>, leafRaw: Map<string, Map<string, number>>, code: string, w: number): void {
  const top = topLevelOf(code);
  raw.set(top, (raw.get(top) ?? 0) + w);
  let leaves = leafRaw.get(top);
  if (!leaves) {
    leaves = new Map();
    leafRaw.set(top, leaves);
  }
  leaves.set(code, (leaves.get(code) ?? 0) + w);
}

function order(a: ScoredCategory, b: ScoredCategory): number {
  return b.score - a.score || TOP_LEVELS.indexOf(a.category) - TOP_LEVELS.indexOf(b.category);
}

export function runEngine(c: CompiledLexicon, text: string, model?: CompiledLinear): EngineResult {
  const s = c.lexicon.settings;
  let norm = normalizeChineseText(text);
  // Same-length misspellings are read as the intended word, so offsets stay valid.
  if (c.aliases.length > 0) {
    let any = false;
    for (let i = 0; i < norm.length && !any; i++) any = c.aliasFirst.has(norm.charCodeAt(i));
    if (any) for (const [from, to] of c.aliases) if (norm.includes(from)) norm = norm.split(from).join(to);
  }
  // Hits per rule: for plain terms, distinct terms in order of first occurrence; for near rules, positions per group.
  const plain = new Map<number, Hit[]>();
  const grouped = new Map<number, Hit[][]>();
  const termHits = new Map<number, number>();
  let hasPublicRole = false;
  const pairs: number[] = [];
  c.ac.collect(norm, pairs);
  // Spans of `ignore` phrases: hits inside them are dropped.
  let masks: number[] | undefined;
  for (let pi = 0; pi < pairs.length; pi += 2) {
    const term = pairs[pi] as number;
    if (c.maskTerm[term]) {
      const end = pairs[pi + 1] as number;
      masks ??= [];
      masks.push(end - (c.ac.patterns[term] as string).length, end);
    }
  }
  for (let pi = 0; pi < pairs.length; pi += 2) {
    const term = pairs[pi] as number;
    const end = pairs[pi + 1] as number;
    if (masks) {
      const start0 = end - (c.ac.patterns[term] as string).length;
      let masked = false;
      for (let m = 0; m < masks.length && !masked; m += 2) {
        masked = (masks[m] as number) <= start0 && end <= (masks[m + 1] as number);
      }
      if (masked) continue;
    }
    const count = termHits.get(term) ?? 0;
    if (count >= MAX_HITS_PER_TERM) continue;
    termHits.set(term, count + 1);
    const len = (c.ac.patterns[term] as string).length;
    const start = end - len;
    let negated: boolean | undefined;
    for (const ref of c.refs[term] as TermRef[]) {
      if (ref.group === -3) continue;
      if (ref.group === -2) {
        if (!hasPublicRole) {
          negated ??= isNegated(norm, start, c.negators, s.negationWindow);
          if (!negated) hasPublicRole = true;
        }
        continue;
      }
      const rule = c.rules[ref.rule] as LexiconRule;
      if (rule.negatable) {
        negated ??= isNegated(norm, start, c.negators, s.negationWindow);
        if (negated) continue;
      }
      const hit = { start, end, term };
      if (ref.group === -1) {
        let list = plain.get(ref.rule);
        if (!list) {
          list = [];
          plain.set(ref.rule, list);
        }
        // Keep one hit per term, and drop a hit nested in a longer hit of the same rule (个人说了算 in 一个人说了算).
        if (list.some((h) => h.term === term || (h.start <= start && h.end >= end))) continue;
        for (let k = list.length - 1; k >= 0; k--) {
          const h = list[k] as Hit;
          if (start <= h.start && end >= h.end) list.splice(k, 1);
        }
        list.push(hit);
      } else {
        let groups = grouped.get(ref.rule);
        if (!groups) {
          const n = rule.near?.length ?? 0;
          groups = new Array<Hit[]>(n);
          for (let g = 0; g < n; g++) groups[g] = [];
          grouped.set(ref.rule, groups);
        }
        (groups[ref.group] as Hit[]).push(hit);
      }
    }
  }

  interface Fired {
    rule: number;
    hits: Hit[];
    strength: number; // weight multiplier from repeats
  }
  const fired: Fired[] = [];
  for (const [r, hits] of plain) {
    const extra = Math.min(hits.length - 1, s.maxRepeats);
    fired.push({ rule: r, hits, strength: 1 + s.repeatFactor * extra });
  }
  for (const [r, groups] of grouped) {
    const rule = c.rules[r] as LexiconRule;
    const window = rule.window ?? 40;
    if (groups.some((g) => g.length === 0)) continue;
    const first = groups[0] as Hit[];
    let found: Hit[] | undefined;
    for (const h0 of first) {
      const pick: Hit[] = [h0];
      let ok = true;
      for (let gi = 1; gi < groups.length && ok; gi++) {
        let best: Hit | undefined;
        let bestD = Number.POSITIVE_INFINITY;
        for (const h of groups[gi] as Hit[]) {
          if (h.start === h0.start && h.end === h0.end) continue;
          const d = Math.abs(h.start - h0.start);
          if (d <= window && d < bestD) {
            best = h;
            bestD = d;
          }
        }
        if (best) pick.push(best);
        else ok = false;
      }
      if (ok) {
        found = pick;
        break;
      }
    }
    if (found) fired.push({ rule: r, hits: found, strength: 1 });
  }
  fired.sort((a, b) => a.rule - b.rule);

  const raw = new Map<string, number>();
  const leafRaw = new Map<string, Map<string, number>>();
  const evidence = new Map<string, Span[]>();
  const scales = new Map<string, number>();
  const labelOnly = new Map<string, number>();
  const factual = new Set<string>();
  for (const f of fired) {
    const rule = c.rules[f.rule] as LexiconRule;
    const top = topLevelOf(rule.code);
    for (const [k, v] of Object.entries(rule.scale ?? {})) scales.set(k, (scales.get(k) ?? 1) * v);
    if (rule.weight === 0) continue;
    const w = rule.weight * f.strength;
    if (rule.label) labelOnly.set(top, (labelOnly.get(top) ?? 0) + w);
    else if (w > 0) factual.add(top);
    raw.set(top, (raw.get(top) ?? 0) + w);
    let leaves = leafRaw.get(top);
    if (!leaves) {
      leaves = new Map();
      leafRaw.set(top, leaves);
    }
    leaves.set(rule.code, (leaves.get(rule.code) ?? 0) + w);
    let ev = evidence.get(top);
    if (!ev) {
      ev = [];
      evidence.set(top, ev);
    }
    for (const h of f.hits.slice(0, MAX_SPANS_PER_RULE)) {
      ev.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), ruleId: rule.id, code: rule.code });
    }
  }
  // Bare labels without any facts of the same category do not count for it.
  let anyLabelOnly = false;
  for (const [top, w] of labelOnly) {
    if (!factual.has(top)) {
      raw.set(top, (raw.get(top) ?? 0) - w);
      anyLabelOnly = true;
    }
  }
  const anyInScopeFact = [...factual].some((t) => IN_SCOPE.has(t));
  if (anyLabelOnly && !anyInScopeFact) credit(raw, leafRaw, s.noSubstanceCode, s.noSubstanceWeight);
  if (!hasPublicRole && fired.length > 0) {
    scales.set("in-scope", (scales.get("in-scope") ?? 1) * s.noPublicRoleScale);
    credit(raw, leafRaw, s.noPublicRoleCode, s.noPublicRoleWeight);
  }
  credit(raw, leafRaw, s.fallbackCode, s.otherPrior);

  let total = 0;
  const finalRaw = new Map<TopLevel, number>();
  for (const top of TOP_LEVELS) {
    let v = raw.get(top) ?? 0;
    if (v <= 0) continue;
    v *= scales.get(top) ?? 1;
    v *= scales.get(IN_SCOPE.has(top) ? "in-scope" : "out-of-scope") ?? 1;
    if (v <= 0) continue;
    finalRaw.set(top, v);
    total += v;
  }
  const ranked: ScoredCategory[] = [];
  for (const [top, v] of finalRaw) {
    const share = v / total;
    // The prior credited to `other` is not evidence: it lowers other categories' shares but not other's certainty.
    const evidential = top === "other" ? Math.max(0, v - s.otherPrior * 0.75) : v;
    const certainty = 1 - Math.exp(-evidential / s.saturation);
    const leaves = leafRaw.get(top);
    let code: string = top;
    let best = Number.NEGATIVE_INFINITY;
    if (leaves) {
      for (const [leaf, w] of leaves) {
        if (leaf !== top && w > best) {
          best = w;
          code = leaf;
        }
      }
    }
    const ev = (evidence.get(top) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    ranked.push({ category: top, code, raw: v, score: share * certainty, evidence: ev });
  }
  ranked.sort(order);
  const firedIds = fired.map((f) => (c.rules[f.rule] as LexiconRule).id);
  if (model) {
    const scores = new Map(ranked.map((r) => [r.category as string, { score: r.score, raw: r.raw }]));
    const m = runLinear(model, norm, { fired: firedIds, scores, hasPublicRole });
    // A text without any known feature keeps the lexicon's answer (`other` with a low score), not the model's prior.
    if (m.informed) return { ranked: rerank(ranked, model, m, norm, text), hasPublicRole, fired: firedIds, norm };
  }
  return { ranked, hasPublicRole, fired: firedIds, norm };
}

/** Characters of grammar words: a bigram containing one may help the model but explains nothing to a clerk. */
const FUNCTION_CHARS = new Set(
  Array.from(
    "的了在是们个把他她它我你这那就都也还又说来去看上下一有和与及或被让给对从到而但却很再才么吗呢啊吧呀哦嗯着过得地之其此该每各某",
    (ch) => ch.charCodeAt(0),
  ),
);

/** A bigram counts as evidence for a category when its weight for it is at least this much above its mean weight. */
const MODEL_EVIDENCE_MIN = 0.4;
const MODEL_SPANS = 3;

/**
 * Ranks the categories by the learned model's probabilities, keeping the lexicon's spans and leaf codes, and adds the
 * model's strongest bigrams as evidence (`ruleId: "model"`) to the three most probable categories.
 */
function rerank(
  lexical: ScoredCategory[],
  model: CompiledLinear,
  m: ReturnType<typeof runLinear>,
  norm: string,
  text: string,
): ScoredCategory[] {
  const byCat = new Map(lexical.map((r) => [r.category as string, r]));
  const out: ScoredCategory[] = [];
  model.classes.forEach((cat, ci) => {
    const lex = byCat.get(cat);
    out.push({
      category: cat as TopLevel,
      code: lex?.code ?? cat,
      raw: lex?.raw ?? 0,
      score: m.probabilities[ci] as number,
      evidence: lex ? lex.evidence : [],
    });
  });
  out.sort(order);
  for (let ei = 0; ei < 3 && m.hitAt.length > 0; ei++) {
    const entry = out[ei] as ScoredCategory;
    const ci = model.classes.indexOf(entry.category);
    const best: Array<{ at: number; v: number }> = [];
    for (let hi = 0; hi < m.hitAt.length; hi++) {
      const v = (model.bigramLean[m.hitRow[hi] as number] as Float64Array)[ci] as number;
      if (v < MODEL_EVIDENCE_MIN) continue;
      const at = m.hitAt[hi] as number;
      if (FUNCTION_CHARS.has(norm.charCodeAt(at)) || FUNCTION_CHARS.has(norm.charCodeAt(at + 1))) continue;
      let overlaps = false;
      for (const e of entry.evidence) if (e.start < at + 2 && at < e.end) overlaps = true;
      if (overlaps) continue;
      if (best.length < MODEL_SPANS) best.push({ at, v });
      else {
        let weakest = 0;
        for (let j = 1; j < best.length; j++)
          if ((best[j] as { v: number }).v < (best[weakest] as { v: number }).v) weakest = j;
        if (v > (best[weakest] as { v: number }).v) best[weakest] = { at, v };
      }
    }
    for (const b of best) {
      entry.evidence.push({
        start: b.at,
        end: b.at + 2,
        text: text.slice(b.at, b.at + 2),
        ruleId: "model",
        code: entry.category,
      });
    }
    entry.evidence.sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return out;
}
