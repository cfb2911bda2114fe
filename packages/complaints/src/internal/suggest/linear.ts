/**
 * The learned layer of category suggestion: a multinomial logistic regression (a linear model with a softmax) over
 * features of the text and of the lexicon's findings. The lexicon explains (spans, rule ids); the model weighs: it learns
 * from labelled complaints how far each lexicon rule, each category's lexicon score and each character bigram should
 * move each category.
 */

/** Data format of a learned model (`data/suggest-model.json`). */
export interface LinearModel {
  version: 1;
  kind: "linear";
  /** The top-level categories, in the order of `bias` and of every row of `weights`. */
  classes: string[];
  /** Per-class intercepts. */
  bias: number[];
  /**
   * Feature name → one weight per class. Names: `b:<two characters>` (a character bigram occurs), `r:<rule id>` (a
   * lexicon rule fired), `s:<category>` (the lexicon's score for a category, 0–1), `l:<category>` (log(1 + the lexicon's
   * raw weight)), `pub` (a public role is named), `none` (no lexicon rule fired).
   */
  weights: Record<string, number[]>;
  /** Where the model comes from. */
  source?: string;
}

export interface CompiledLinear {
  classes: string[];
  bias: Float64Array;
  /** Bigram → weight row, keyed by {@link bigramKey}. */
  bigrams: Map<number, number>;
  bigramRows: Float64Array[];
  /** The same rows minus their mean: how much a bigram favours each class over the average class. */
  bigramLean: Float64Array[];
  /** Per-call stamps that dedupe bigrams without allocating a set. */
  stamp: Uint32Array;
  call: { n: number };
  /** `r:<rule id>` rows by rule id. */
  rules: Map<string, Float64Array>;
  /** `s:`, `l:` and `t:` rows by class index (undefined when the model has none). */
  score: Array<Float64Array | undefined>;
  logRaw: Array<Float64Array | undefined>;
  top: Array<Float64Array | undefined>;
  classIndex: Map<string, number>;
  pub: Float64Array | undefined;
  none: Float64Array | undefined;
}

export function compileLinear(model: LinearModel): CompiledLinear {
  const k = model.classes.length;
  const classIndex = new Map(model.classes.map((c, i) => [c, i]));
  const bigrams = new Map<number, number>();
  const bigramRows: Float64Array[] = [];
  const rules = new Map<string, Float64Array>();
  const score: Array<Float64Array | undefined> = new Array(k).fill(undefined);
  const logRaw: Array<Float64Array | undefined> = new Array(k).fill(undefined);
  const top: Array<Float64Array | undefined> = new Array(k).fill(undefined);
  const named = new Map<string, Float64Array>();
  for (const [name, row] of Object.entries(model.weights)) {
    const w = Float64Array.from({ length: k }, (_, i) => row[i] ?? 0);
    if (name.startsWith("b:") && name.length === 4) {
      if (!isCjk(name.charCodeAt(2)) || !isCjk(name.charCodeAt(3))) continue;
      bigrams.set(bigramKey(name.charCodeAt(2), name.charCodeAt(3)), bigramRows.length);
      bigramRows.push(w);
    } else if (name.startsWith("r:")) rules.set(name.slice(2), w);
    else if (/^[slt]:/.test(name)) {
      const ci = classIndex.get(name.slice(2));
      if (ci === undefined) continue;
      (name[0] === "s" ? score : name[0] === "l" ? logRaw : top)[ci] = w;
    } else named.set(name, w);
  }
  return {
    classes: model.classes,
    bias: Float64Array.from(model.bias),
    bigrams,
    bigramRows,
    bigramLean: bigramRows.map((w) => {
      const mean = w.reduce((a, b) => a + b, 0) / k;
      return w.map((v) => v - mean);
    }),
    stamp: new Uint32Array(bigramRows.length),
    call: { n: 0 },
    rules,
    score,
    logRaw,
    top,
    classIndex,
    pub: named.get("pub"),
    none: named.get("none"),
  };
}

export const isCjk = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Dense index of a CJK code unit (see {@link isCjk}), so that bigram keys stay small integers (fast map keys). */
const cjkIndex = (c: number): number => (c <= 0x9fff ? c - 0x3400 : 0x6c00 + c - 0xf900);
const CJK_COUNT = 0x6c00 + 0x200;
/** Key of a CJK bigram: below 2^30, a small integer for the engine. */
export const bigramKey = (a: number, b: number): number => cjkIndex(a) * CJK_COUNT + cjkIndex(b);

/** Distinct bigrams looked at per text, so that huge inputs stay linear and bounded. */
export const MAX_BIGRAMS = 20_000;

/** Known bigrams a text needs, when no lexicon rule fires, before the model's ranking is used. */
export const MIN_BIGRAM_HITS = 3;

/** The non-bigram features of a text, from the lexicon's findings. */
export interface LexiconFeatures {
  /** Ids of the rules that fired. */
  fired: readonly string[];
  /** Per category: the lexicon's score (0–1) and raw weight. */
  scores: ReadonlyMap<string, { score: number; raw: number }>;
  hasPublicRole: boolean;
}

/** Named features with their values (bigrams excluded). */
export function namedFeatures(f: LexiconFeatures): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const id of f.fired) out.push([`r:${id}`, 1]);
  for (const [cat, v] of f.scores) {
    if (v.score > 0) out.push([`s:${cat}`, v.score]);
    if (v.raw > 0) out.push([`l:${cat}`, Math.log1p(v.raw)]);
  }
  if (f.hasPublicRole) out.push(["pub", 1]);
  if (f.fired.length === 0) out.push(["none", 1]);
  let top = "";
  let best = 0;
  for (const [cat, v] of f.scores) if (v.score > best) [top, best] = [cat, v.score];
  if (top) out.push([`t:${top}`, 1]);
  return out;
}

/** Distinct CJK bigrams of normalised text as names `b:xy`, each with the offset of its first occurrence. */
export function bigramFeatures(norm: string, limit = MAX_BIGRAMS): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < norm.length && out.size < limit; i++) {
    if (!isCjk(norm.charCodeAt(i)) || !isCjk(norm.charCodeAt(i + 1))) continue;
    const b = `b:${norm.slice(i, i + 2)}`;
    if (!out.has(b)) out.set(b, i);
  }
  return out;
}

export interface LinearResult {
  /** Softmax probabilities, in the order of `classes`. */
  probabilities: Float64Array;
  /**
   * Whether the text gave the model something to go on: a lexicon rule fired, or at least {@link MIN_BIGRAM_HITS}
   * known bigrams occur. Otherwise the probabilities are little more than the prior (a greeting, a stray word).
   */
  informed: boolean;
  /** Offsets of the known bigrams (first occurrences), and their rows, to pick the strongest as evidence. */
  hitAt: number[];
  hitRow: number[];
}

function addRow(z: Float64Array, w: Float64Array | undefined, v: number): void {
  if (!w) return;
  for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) + v * (w[c] as number);
}

/** Scores a text: the same features as {@link namedFeatures} and {@link bigramFeatures}, without building their names. */
export function runLinear(m: CompiledLinear, norm: string, f: LexiconFeatures): LinearResult {
  const z = Float64Array.from(m.bias);
  for (const id of f.fired) addRow(z, m.rules.get(id), 1);
  let topCi = -1;
  let best = 0;
  for (const [cat, v] of f.scores) {
    const ci = m.classIndex.get(cat);
    if (ci === undefined) continue;
    if (v.score > 0) addRow(z, m.score[ci], v.score);
    if (v.raw > 0) addRow(z, m.logRaw[ci], Math.log1p(v.raw));
    if (v.score > best) [topCi, best] = [ci, v.score];
  }
  if (topCi >= 0) addRow(z, m.top[topCi], 1);
  if (f.hasPublicRole) addRow(z, m.pub, 1);
  if (f.fired.length === 0) addRow(z, m.none, 1);
  // A new stamp per call dedupes bigrams; on wrap-around the stamps are cleared.
  m.call.n = (m.call.n + 1) >>> 0;
  if (m.call.n === 0) {
    m.stamp.fill(0);
    m.call.n = 1;
  }
  const stamp = m.call.n;
  const hitAt: number[] = [];
  const hitRow: number[] = [];
  let prev = norm.length > 0 ? norm.charCodeAt(0) : 0;
  for (let i = 1; i < norm.length && hitAt.length < MAX_BIGRAMS; i++) {
    const cur = norm.charCodeAt(i);
    if (isCjk(prev) && isCjk(cur)) {
      const row = m.bigrams.get(bigramKey(prev, cur));
      if (row !== undefined && m.stamp[row] !== stamp) {
        m.stamp[row] = stamp;
        addRow(z, m.bigramRows[row], 1);
        hitAt.push(i - 1);
        hitRow.push(row);
      }
    }
    prev = cur;
  }
  return {
    probabilities: softmax(z),
    informed: f.fired.length > 0 || hitAt.length >= MIN_BIGRAM_HITS,
    hitAt,
    hitRow,
  };
}

export function softmax(z: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) max = Math.max(max, v);
  const p = new Float64Array(z.length);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    p[c] = Math.exp((z[c] as number) - max);
    sum += p[c] as number;
  }
  for (let c = 0; c < z.length; c++) p[c] = (p[c] as number) / sum;
  return p;
}

/** One training document: its features (name → value) and its class index. */
export interface TrainingDoc {
  x: Array<[string, number]>;
  y: number;
}

export interface TrainOptions {
  /** L2 penalty per weight of a non-bigram feature (default 0.001). */
  l2?: number;
  /** L2 penalty for bigram weights (default: `l2`). */
  l2Bigram?: number;
  /** Full-batch Adam steps (default 400). */
  steps?: number;
  /** Adam learning rate (default 0.05). */
  rate?: number;
  /** Features seen in fewer documents are dropped (default 3). */
  minDocs?: number;
  /** Weights of smaller magnitude are written as 0, and rows of zeros are dropped (default 0.05). */
  prune?: number;
  /** Decimals kept in the written weights (default 2). */
  decimals?: number;
  source?: string;
}

/**
 * Trains the model by minimising the mean cross-entropy plus `l2 / 2 · ‖W‖²` with full-batch Adam. Deterministic: the
 * same documents in the same order give the same weights.
 */
export function trainLinear(
  docs: readonly TrainingDoc[],
  classes: readonly string[],
  o: TrainOptions = {},
): LinearModel {
  const k = classes.length;
  const l2 = o.l2 ?? 0.001;
  const steps = o.steps ?? 400;
  const rate = o.rate ?? 0.05;
  const minDocs = o.minDocs ?? 3;
  const df = new Map<string, number>();
  for (const d of docs) for (const [name] of d.x) df.set(name, (df.get(name) ?? 0) + 1);
  const names = [...df.keys()].filter((n) => (df.get(n) as number) >= minDocs || !n.startsWith("b:")).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = docs.map((d) => ({
    x: d.x.filter(([n]) => index.has(n)).map(([n, v]) => [index.get(n) as number, v] as [number, number]),
    y: d.y,
  }));
  const dim = names.length + 1; // last row: bias
  const l2b = o.l2Bigram ?? l2;
  const isBigram = names.map((n) => n.startsWith("b:"));
  const W = new Float64Array(dim * k);
  const m1 = new Float64Array(dim * k);
  const m2 = new Float64Array(dim * k);
  const g = new Float64Array(dim * k);
  const n = rows.length;
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= steps; t++) {
    g.fill(0);
    for (const r of rows) {
      const z = new Float64Array(k);
      for (let c = 0; c < k; c++) z[c] = W[(dim - 1) * k + c] as number;
      for (const [j, v] of r.x) for (let c = 0; c < k; c++) z[c] = (z[c] as number) + v * (W[j * k + c] as number);
      const p = softmax(z);
      p[r.y] = (p[r.y] as number) - 1;
      for (const [j, v] of r.x)
        for (let c = 0; c < k; c++) g[j * k + c] = (g[j * k + c] as number) + (v * (p[c] as number)) / n;
      for (let c = 0; c < k; c++) g[(dim - 1) * k + c] = (g[(dim - 1) * k + c] as number) + (p[c] as number) / n;
    }
    for (let j = 0; j < dim - 1; j++) {
      const lam = isBigram[j] ? l2b : l2;
      for (let c = 0; c < k; c++) g[j * k + c] = (g[j * k + c] as number) + lam * (W[j * k + c] as number);
    }
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < dim * k; i++) {
      const gi = g[i] as number;
      m1[i] = b1 * (m1[i] as number) + (1 - b1) * gi;
      m2[i] = b2 * (m2[i] as number) + (1 - b2) * gi * gi;
      W[i] = (W[i] as number) - (rate * ((m1[i] as number) / c1)) / (Math.sqrt((m2[i] as number) / c2) + 1e-8);
    }
  }
  const prune = o.prune ?? 0.05;
  const scale = 10 ** (o.decimals ?? 2);
  const round = (v: number): number => (Math.abs(v) < prune ? 0 : Math.round(v * scale) / scale) || 0;
  const weights: Record<string, number[]> = {};
  names.forEach((name, j) => {
    const row = Array.from({ length: k }, (_, c) => round(W[j * k + c] as number));
    if (row.some((v) => v !== 0)) weights[name] = row;
  });
  const bias = Array.from({ length: k }, (_, c) => Math.round((W[(dim - 1) * k + c] as number) * scale) / scale || 0);
  return {
    version: 1,
    kind: "linear",
    classes: [...classes],
    bias,
    weights,
    ...(o.source ? { source: o.source } : {}),
  };
}
