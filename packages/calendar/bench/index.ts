/**
 * Benchmark: @xunshi/calendar against chinese-days 1.5.7 and date-fns' weekday-only business-day functions, in one
 * process, on identical inputs. Prints ops/s per call and the ratios, plus cold import times (spawned node).
 *
 *   pnpm --filter @xunshi/calendar bench      (builds dist first for the cold-import measurement)
 *
 * chinese-days reads dates in the host time zone, so this script runs it with TZ=Asia/Shanghai (set before it is
 * imported) to compare correct answers; @xunshi/calendar does not depend on TZ.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

process.env.TZ = "Asia/Shanghai";
const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");

const { Bench } = await import("tinybench");
const ours = await import("../src/index");
const chineseDays = (await import("chinese-days")).default;
const { addBusinessDays, differenceInBusinessDays } = await import("date-fns");

// ── inputs ──
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = utc(from); t <= utc(to); t += DAY) out.push(iso(t));
  return out;
};
const days = range("2016-01-01", "2025-12-31");
// Noon in Beijing, so that every library reads the same civil date.
const dayDates = days.map((d) => new Date(`${d}T12:00:00+08:00`));
const spread = (from: string, to: string, n: number) => {
  const a = utc(from);
  const step = (utc(to) - a) / (n - 1);
  return Array.from({ length: n }, (_, i) => iso(a + Math.round((i * step) / DAY) * DAY));
};
const starts = spread("2005-01-04", "2015-12-31", 1000);
const startDates = starts.map((d) => new Date(`${d}T12:00:00+08:00`));
const oneYear = starts.map((d) => [d, iso(utc(d) + 364 * DAY)] as const);
const twentyStarts = spread("2005-01-01", "2006-12-31", 100);
const twentyYears = twentyStarts.map((d) => [d, iso(utc(d) + (20 * 365 + 4) * DAY)] as const);
const oneYearDates = oneYear.map(
  ([a, b]) => [new Date(`${a}T12:00:00+08:00`), new Date(`${b}T12:00:00+08:00`)] as const,
);
const twentyYearDates = twentyYears.map(
  ([a, b]) => [new Date(`${a}T12:00:00+08:00`), new Date(`${b}T12:00:00+08:00`)] as const,
);

// ── sanity: the libraries agree on the data (weekday-only date-fns excepted) ──
for (const d of days) {
  if (ours.isWorkingDay(d) !== chineseDays.isWorkday(d))
    throw new Error(`isWorkingDay disagrees with chinese-days on ${d}`);
}
for (const [d, n] of [
  ["2024-12-30", 15],
  ["2010-03-01", 250],
] as const) {
  if (ours.addWorkingDays(d, n) !== chineseDays.findWorkday(n, d))
    throw new Error(`addWorkingDays disagrees on ${d} + ${n}`);
}
if (
  ours.countWorkingDays("2006-01-01", "2025-12-31") !==
  chineseDays.getWorkdaysInRange("2006-01-01", "2025-12-31").length
) {
  throw new Error("countWorkingDays disagrees with chinese-days");
}

// ── cases: each runs a batch of calls; ops/s is reported per call ──
type Impl = { lib: string; batch: number; fn: () => unknown };
type Case = { name: string; impls: Impl[] };
let sink = 0;
const take = (v: unknown) => {
  sink += typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "number" ? v : String(v).length;
};
const firstN = <T>(xs: readonly T[], n: number) => xs.slice(0, n);
const each = <T>(xs: readonly T[], f: (x: T) => unknown) => {
  for (const x of xs) take(f(x));
};

const cases: Case[] = [
  {
    name: "isWorkingDay, every day 2016–2025 (ISO string)",
    impls: [
      { lib: "@xunshi/calendar", batch: days.length, fn: () => each(days, (d) => ours.isWorkingDay(d)) },
      { lib: "chinese-days", batch: days.length, fn: () => each(days, (d) => chineseDays.isWorkday(d)) },
    ],
  },
  {
    name: "isWorkingDay, every day 2016–2025 (Date)",
    impls: [
      {
        lib: "@xunshi/calendar",
        batch: dayDates.length,
        fn: () => each(dayDates, (d) => ours.isWorkingDay(d)),
      },
      {
        lib: "chinese-days",
        batch: dayDates.length,
        fn: () => each(dayDates, (d) => chineseDays.isWorkday(d)),
      },
    ],
  },
  ...([10, 250, 2500] as const).map((n) => {
    const slow = n === 10 ? 1000 : n === 250 ? 50 : 10;
    return {
      name: `addWorkingDays(d, ${n}), ${starts.length} start dates 2005–2015`,
      impls: [
        {
          lib: "@xunshi/calendar",
          batch: starts.length,
          fn: () => each(starts, (d) => ours.addWorkingDays(d, n)),
        },
        {
          lib: "chinese-days",
          batch: slow,
          fn: () => each(firstN(starts, slow), (d) => chineseDays.findWorkday(n, d)),
        },
        {
          lib: "date-fns addBusinessDays (weekdays only)",
          batch: startDates.length,
          fn: () => each(startDates, (d) => addBusinessDays(d, n).getTime()),
        },
      ],
    };
  }),
  {
    name: "countWorkingDays, 1-year ranges (1,000)",
    impls: [
      {
        lib: "@xunshi/calendar",
        batch: oneYear.length,
        fn: () => each(oneYear, ([a, b]) => ours.countWorkingDays(a, b)),
      },
      {
        lib: "chinese-days",
        batch: 50,
        fn: () => each(firstN(oneYear, 50), ([a, b]) => chineseDays.getWorkdaysInRange(a, b).length),
      },
      {
        lib: "date-fns differenceInBusinessDays (weekdays only)",
        batch: oneYearDates.length,
        fn: () => each(oneYearDates, ([a, b]) => differenceInBusinessDays(b, a)),
      },
    ],
  },
  {
    name: "countWorkingDays, 20-year ranges (100)",
    impls: [
      {
        lib: "@xunshi/calendar",
        batch: twentyYears.length,
        fn: () => each(twentyYears, ([a, b]) => ours.countWorkingDays(a, b)),
      },
      {
        lib: "chinese-days",
        batch: 3,
        fn: () => each(firstN(twentyYears, 3), ([a, b]) => chineseDays.getWorkdaysInRange(a, b).length),
      },
      {
        lib: "date-fns differenceInBusinessDays (weekdays only)",
        batch: twentyYearDates.length,
        fn: () => each(twentyYearDates, ([a, b]) => differenceInBusinessDays(b, a)),
      },
    ],
  },
];

const rows: string[] = [];
for (const c of cases) {
  const bench = new Bench({ time: 600, warmupTime: 100, iterations: 3 });
  for (const impl of c.impls) bench.add(impl.lib, impl.fn);
  await bench.run();
  const perCall = c.impls.map((impl, i) => {
    const r = bench.tasks[i]?.result;
    const hz = r !== undefined && "throughput" in r ? r.throughput.mean : Number.NaN;
    return hz * impl.batch;
  });
  const base = perCall[0] as number;
  c.impls.forEach((impl, i) => {
    const ops = perCall[i] as number;
    const ratio =
      i === 0 ? "—" : `${(base / ops).toLocaleString("en-US", { maximumFractionDigits: base / ops >= 100 ? 0 : 1 })}×`;
    rows.push(`| ${i === 0 ? c.name : ""} | ${impl.lib} | ${Math.round(ops).toLocaleString("en-US")} | ${ratio} |`);
  });
}

// ── cold import (fresh node process each time, median of 7) ──
const dist = join(pkg, "dist/index.js");
if (!existsSync(dist)) execFileSync("npx", ["tsup", "--silent"], { cwd: pkg, stdio: "inherit" });
const coldImport = (specifier: string, call: string) => {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const out = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const t0 = performance.now(); const m = await import(${JSON.stringify(specifier)}); const t1 = performance.now(); ${call}; const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t0]));`,
      ],
      { cwd: pkg, env: { ...process.env, TZ: "Asia/Shanghai" } },
    );
    times.push(JSON.parse(String(out)));
  }
  const median = (k: 0 | 1) =>
    times.map((t) => (t as unknown as number[])[k] as number).sort((a, b) => a - b)[3] as number;
  return [median(0), median(1)];
};
const imports: [string, string, string][] = [
  ["@xunshi/calendar (dist)", dist, "m.isWorkingDay('2024-10-12')"],
  ["chinese-days", "chinese-days", "(m.default ?? m).isWorkday('2024-10-12')"],
  ["date-fns", "date-fns", "m.addBusinessDays(new Date(0), 1)"],
];
const importRows = imports.map(([name, spec, call]) => {
  const [imp, first] = coldImport(spec, call);
  return `| ${name} | ${imp?.toFixed(1)} ms | ${first?.toFixed(1)} ms |`;
});

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}`;
console.log(`\nBenchmark ${new Date().toISOString().slice(0, 10)} — ${machine}\n`);
console.log("| case | library | ops/s (per call) | @xunshi/calendar is |");
console.log("|---|---|---:|---:|");
console.log(rows.join("\n"));
console.log("\n| cold import | import | import + first call |");
console.log("|---|---:|---:|");
console.log(importRows.join("\n"));
if (sink === 0) console.log("(sink)");
