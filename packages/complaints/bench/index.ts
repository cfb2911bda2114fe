/**
 * Benchmarks for category suggestion and similarity search.
 *
 *   pnpm --filter @xunshi/complaints bench            (both parts)
 *   pnpm --filter @xunshi/complaints bench suggest    (suggestion vs Intl.Segmenter only)
 *   pnpm --filter @xunshi/complaints bench similar    (MinHash/LSH index at 10k and 100k complaints only)
 *
 * Inputs are synthetic (seeded), built from the package's own labelled examples and random filler, so no complaint
 * from the shared data set is used and the run is reproducible.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { createSimilarityIndex, findSimilar } from "../src/find-similar";
import { createSuggester } from "../src/suggest-categories";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const parts = process.argv.slice(2);
const want = (p: string) => parts.length === 0 || parts.includes(p);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20241012);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const own: string[] = readFileSync(join(pkg, "test/fixtures/suggest-extra.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const clauses = own.flatMap((t) => t.split(/(?<=[，。！？])/)).filter((c) => c.length > 2);
const FILLER = "我们村里镇上县里单位领导干部老百姓群众去年今年上个月反映情况问题希望请求核实调查处理看到听说知道".split(
  "",
);

function synthText(length: number): string {
  let s = "";
  while (s.length < length) {
    s += rand() < 0.8 ? pick(clauses) : `${Array.from({ length: 8 }, () => pick(FILLER)).join("")}。`;
  }
  return s.slice(0, length);
}

console.log(
  `# @xunshi/complaints benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
);

if (want("suggest")) {
  const suggester = createSuggester();
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  console.log("\n## suggestCategories vs Intl.Segmenter('zh', { granularity: 'word' }) on the same texts");
  console.log("| chars | suggest (texts/s) | segment (texts/s) | suggest ÷ segment cost |");
  console.log("|---:|---:|---:|---:|");
  for (const len of [50, 300, 2000]) {
    const texts = Array.from({ length: 64 }, () => synthText(len));
    let i = 0;
    let sink = 0;
    const bench = new Bench({ time: 1500, warmupTime: 300 });
    bench
      .add("suggest", () => {
        sink += suggester.suggest(texts[i++ & 63] as string).suggestions.length;
      })
      .add("segment", () => {
        for (const _ of segmenter.segment(texts[i++ & 63] as string)) sink++;
      });
    await bench.run();
    const hz = (name: string): number => {
      const r = bench.tasks.find((t) => t.name === name)?.result as { throughput?: { mean: number } } | undefined;
      return r?.throughput?.mean ?? Number.NaN;
    };
    const s = hz("suggest");
    const g = hz("segment");
    console.log(
      `| ${len} | ${Math.round(s).toLocaleString("en")} | ${Math.round(g).toLocaleString("en")} | ${(g / s).toFixed(2)} |`,
    );
    if (sink < 0) console.log(sink);
  }
}

if (want("similar")) {
  console.log("\n## findSimilar: MinHash (64 hashes, 16 bands × 4 rows, 3-character shingles) + LSH");
  console.log("| corpus | build (s) | build per complaint (µs) | query mean (µs) | repeats found |");
  console.log("|---:|---:|---:|---:|---:|");
  const rows: Array<{ n: number; build: number; query: number }> = [];
  for (const n of [10_000, 100_000]) {
    const names = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
    const corpus = Array.from({ length: n }, (_, k) => {
      const who = `${pick(names)}某${k % 7 === 0 ? "某" : ""}`;
      return `${who}${synthText(90 + Math.floor(rand() * 120))}${Math.floor(rand() * 1e6)}元`;
    });
    const index = createSimilarityIndex();
    const t0 = performance.now();
    for (const [k, text] of corpus.entries()) index.add(`c${k}`, text);
    const build = (performance.now() - t0) / 1000;
    // Queries: half are lightly edited repeats of indexed complaints, half are new texts.
    const queries = Array.from({ length: 1000 }, (_, q) => {
      if (q % 2 === 0) {
        const k = Math.floor(rand() * n);
        const t = corpus[k] as string;
        return { text: `${t.slice(0, Math.floor(t.length * 0.9))}请领导明察！`, id: `c${k}` };
      }
      return { text: synthText(150), id: undefined };
    });
    let found = 0;
    const t1 = performance.now();
    for (const q of queries) {
      const m = findSimilar(q.text, index, { threshold: 0.5 });
      if (q.id && m.some((x) => x.id === q.id)) found++;
    }
    const query = ((performance.now() - t1) * 1000) / queries.length;
    rows.push({ n, build, query });
    console.log(
      `| ${n.toLocaleString("en")} | ${build.toFixed(2)} | ${((build * 1e6) / n).toFixed(1)} | ${query.toFixed(0)} | ${found}/500 |`,
    );
  }
  const [a, b] = rows;
  if (a && b) {
    console.log(
      `\nGrowth from ${a.n.toLocaleString("en")} to ${b.n.toLocaleString("en")} (×${b.n / a.n}): build ×${(b.build / a.build).toFixed(1)}, query ×${(b.query / a.query).toFixed(1)}.`,
    );
  }
}
