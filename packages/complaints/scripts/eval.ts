/**
 * Evaluates category suggestion against labelled complaints.
 *
 *   pnpm --filter @xunshi/complaints eval [path/to/set.jsonl ...] [--split all|dev|holdout] [--model shipped|none|cv] [--misses]
 *
 * Without a path it reads the shared dev set (`../shared/data/complaints-dev.jsonl` relative to the repository root)
 * and, separately, each of the package's own labelled sets (`test/fixtures/suggest-*.jsonl`). `--split` selects a
 * deterministic part of each set (FNV-1a of the id modulo 3: 0 → holdout, 1–2 → dev). `--model` chooses the learned
 * layer: the shipped one (trained on every set except `suggest-sealed.jsonl` and `suggest-sealed-writers.jsonl`, so its
 * figures on the other sets are optimistic), none (lexicon only), or `cv`: leave-one-set-out, where each training set is scored by a model trained on
 * all the other sets only: a different writer's text, never seen by the model (sets that are not training sets, such as
 * the sealed sets or a path of yours, are scored by the shipped model). The lexicon's rules were written while
 * reading the dev set and the older own sets (suggest-extra, -fresh*, -unseen), so those stay optimistic even in `cv`;
 * the `suggest-writer-*` and sealed sets were never read when writing rules. Prints figures only, never
 * complaint text.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TOP_LEVELS } from "../src/internal/suggest/engine";
import { createSuggester, type Suggester } from "../src/suggest-categories";
import { trainSuggestionModel } from "../src/suggestion-model";
import { type LabelledItem, loadExamples, trainingFiles } from "./train-model";

const TOP = TOP_LEVELS;
const IN_SCOPE: ReadonlySet<string> = new Set(TOP.slice(0, 7));

type Item = LabelledItem;

const here = dirname(fileURLToPath(import.meta.url));
const pkgRoot = resolve(here, "..");
const repoRoot = resolve(pkgRoot, "../..");

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

interface Outcome {
  item: Item;
  top1: string;
  top2: string[];
  score: number;
}

function pct(n: number, d: number): string {
  return d === 0 ? "  n/a" : (n / d).toFixed(3);
}

function report(title: string, outcomes: Outcome[]): Record<string, number> {
  const n = outcomes.length;
  const top1 = outcomes.filter((o) => o.top1 === o.item.primary).length;
  const top2 = outcomes.filter((o) => o.top2.includes(o.item.primary)).length;
  const scope = outcomes.filter((o) => IN_SCOPE.has(o.top1 as never) === IN_SCOPE.has(o.item.primary as never)).length;
  const inScopeItems = outcomes.filter((o) => IN_SCOPE.has(o.item.primary as never));
  const outScopeItems = outcomes.filter((o) => !IN_SCOPE.has(o.item.primary as never));
  const inOk = inScopeItems.filter((o) => IN_SCOPE.has(o.top1 as never)).length;
  const outOk = outScopeItems.filter((o) => !IN_SCOPE.has(o.top1 as never)).length;
  console.log(`\n## ${title} (n = ${n})`);
  console.log(`top-1 accuracy      ${pct(top1, n)}  (${top1}/${n})`);
  console.log(`top-2 accuracy      ${pct(top2, n)}  (${top2}/${n})`);
  console.log(`scope accuracy      ${pct(scope, n)}  (${scope}/${n})`);
  console.log(`  in-scope items    ${pct(inOk, inScopeItems.length)}  (${inOk}/${inScopeItems.length})`);
  console.log(
    `  out-of-scope items${pct(outOk, outScopeItems.length).padStart(6)}  (${outOk}/${outScopeItems.length})`,
  );
  console.log("\nclass                precision recall  n");
  for (const c of TOP) {
    const tp = outcomes.filter((o) => o.top1 === c && o.item.primary === c).length;
    const pred = outcomes.filter((o) => o.top1 === c).length;
    const gold = outcomes.filter((o) => o.item.primary === c).length;
    if (gold === 0 && pred === 0) continue;
    console.log(
      `${c.padEnd(20)} ${pct(tp, pred).padStart(9)} ${pct(tp, gold).padStart(6)} ${String(gold).padStart(3)}`,
    );
  }
  const abbr = (c: string): string => c.slice(0, 4);
  console.log("\nconfusion (rows: gold, columns: predicted)");
  console.log(`${"".padEnd(20)}${TOP.map((c) => abbr(c).padStart(5)).join("")}`);
  for (const g of TOP) {
    const row = TOP.map((p) => outcomes.filter((o) => o.item.primary === g && o.top1 === p).length);
    if (row.every((v) => v === 0)) continue;
    console.log(`${g.padEnd(20)}${row.map((v) => String(v || ".").padStart(5)).join("")}`);
  }
  // Calibration: accuracy per band of the first suggestion's score.
  const bands = [0, 0.2, 0.4, 0.6, 0.8, 1.01];
  const cal: string[] = [];
  for (let i = 0; i + 1 < bands.length; i++) {
    const lo = bands[i] as number;
    const hi = bands[i + 1] as number;
    const inBand = outcomes.filter((o) => o.score >= lo && o.score < hi);
    if (inBand.length === 0) continue;
    const ok = inBand.filter((o) => o.top1 === o.item.primary).length;
    cal.push(`[${lo.toFixed(1)},${Math.min(hi, 1).toFixed(1)}) ${pct(ok, inBand.length)} of ${inBand.length}`);
  }
  console.log(`\ncalibration (score band → top-1 accuracy): ${cal.join("; ")}`);
  return { n, top1: top1 / n, top2: top2 / n, scope: scope / n };
}

const args0 = process.argv.slice(2);
const modelMode = (() => {
  const i = args0.indexOf("--model");
  const v = i < 0 ? "shipped" : args0[i + 1];
  if (v !== "shipped" && v !== "none" && v !== "cv") throw new Error(`--model expects shipped, none or cv; got ${v}`);
  return v;
})();
const shipped = createSuggester();
const lexiconOnly = createSuggester({ model: null });
const cvCache = new Map<string, Suggester>();

/** The suggester that scores the items of the set at `path`. */
function suggesterFor(path: string): Suggester {
  if (modelMode === "shipped") return shipped;
  if (modelMode === "none") return lexiconOnly;
  const files = trainingFiles();
  const own = files.find((f) => resolve(f) === resolve(path));
  if (!own) return shipped;
  let s = cvCache.get(own);
  if (!s) {
    const train = files.filter((f) => f !== own).flatMap(loadExamples);
    s = createSuggester({ model: trainSuggestionModel(train) });
    cvCache.set(own, s);
  }
  return s;
}

const pooled: Outcome[] = [];

function evaluate(title: string, path: string, items: Item[], verbose: boolean): void {
  const suggester = suggesterFor(path);
  const outcomes: Outcome[] = items.map((item) => {
    const r = suggester.suggest(item.text, { limit: 3 });
    const first = r.suggestions[0];
    return {
      item,
      top1: first?.category ?? "other",
      top2: r.suggestions.slice(0, 2).map((s) => s.category),
      score: first?.score ?? 0,
    };
  });
  if (basename(path).startsWith("suggest-writer-")) pooled.push(...outcomes);
  report(`${title}: all`, outcomes);
  report(
    `${title}: hard`,
    outcomes.filter((o) => o.item.difficulty === "hard"),
  );
  if (verbose) {
    console.log("\nmisses (id: gold → predicted, score)");
    for (const o of outcomes) {
      if (o.top1 !== o.item.primary)
        console.log(`  ${o.item.id}: ${o.item.primary} → ${o.top2.join(", ")} (${o.score})`);
    }
  }
}

const args = process.argv.slice(2);
for (const flag of ["--model"]) {
  const i = args.indexOf(flag);
  if (i >= 0) args.splice(i, 2);
}
const split = (() => {
  const i = args.indexOf("--split");
  if (i < 0) return "all";
  const v = args[i + 1];
  args.splice(i, 2);
  if (v !== "all" && v !== "dev" && v !== "holdout") throw new Error(`--split expects all, dev or holdout; got ${v}`);
  return v;
})();
const verbose = args.includes("--misses");
const paths = args.filter((a) => !a.startsWith("--"));

function select(items: Item[]): Item[] {
  if (split === "all") return items;
  return items.filter((it) => (fnv1a(it.id) % 3 === 0) === (split === "holdout"));
}

console.log(`# Category suggestion evaluation (split: ${split}, model: ${modelMode})`);
if (paths.length > 0) {
  for (const p of paths)
    evaluate(p, resolve(process.cwd(), p), select(loadExamples(resolve(process.cwd(), p))), verbose);
} else {
  const dev = join(repoRoot, "../shared/data/complaints-dev.jsonl");
  if (existsSync(dev)) evaluate("shared dev set", dev, select(loadExamples(dev)), verbose);
  else console.log(`\n(shared dev set not found at ${dev}; pass a path)`);
  const fixtures = join(pkgRoot, "test/fixtures");
  const own = existsSync(fixtures)
    ? readdirSync(fixtures).filter((f) => f.startsWith("suggest-") && f.endsWith(".jsonl"))
    : [];
  for (const f of own)
    evaluate(
      `package's own examples (${basename(f)})`,
      join(fixtures, f),
      select(loadExamples(join(fixtures, f))),
      verbose,
    );
}
if (pooled.length > 0) {
  report(
    `pooled suggest-writer-* sets (never read when writing rules${modelMode === "shipped" ? "; but the shipped model was trained on them: use --model cv" : ""}): all`,
    pooled,
  );
  report(
    "pooled suggest-writer-* sets: hard",
    pooled.filter((o) => o.item.difficulty === "hard"),
  );
}
