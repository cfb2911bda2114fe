/**
 * Regenerates the bundled holiday data from the human-readable source, after verifying it.
 *
 *   pnpm --filter @xunshi/calendar generate          # verify, cross-check, write
 *   pnpm --filter @xunshi/calendar generate --check  # verify, cross-check, fail if the outputs are stale
 *
 * Input:  data/notices.source.json (edit this), scripts/reference/holiday-cn.json (facts copied from holiday-cn).
 * Output: src/internal/notices-data.ts (compact, bundled), data/calendar-cn.json (documented JSON for other
 *         languages, validated by data/calendar-cn.schema.json).
 * When the repository's shared/reference/holiday-cn folder sits beside the repo, the copy in scripts/reference is
 * checked against it too; nothing at run time or in the tests depends on that folder.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCalendar } from "../src/calendar";
import type { HolidayNoticeData } from "../src/holiday-notice";
import { resolveNotices } from "../src/internal/calendar-index";
import { formatIsoDate, isWeekendEpochDay } from "../src/internal/civil-date";
import { CODEC_BASE, FESTIVAL_CODES } from "../src/internal/notices-codec";
import { regulationFor, statutoryDaysOf } from "../src/internal/regulation";
import { toEpochDayInput } from "../src/parse-date";
import { crossCheckHolidayCn, type HolidayCnFacts, verifyNotices } from "./verify-notices";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const source = JSON.parse(readFileSync(join(pkg, "data/notices.source.json"), "utf8")) as {
  notices: HolidayNoticeData[];
};
const facts = JSON.parse(readFileSync(join(pkg, "scripts/reference/holiday-cn.json"), "utf8")) as HolidayCnFacts;

// 1. The package's copy of holiday-cn against the shared snapshot, when it is there.
for (const shared of [
  join(pkg, "../../../shared/reference/holiday-cn"),
  join(pkg, "../../shared/reference/holiday-cn"),
]) {
  if (!existsSync(shared)) continue;
  for (const file of readdirSync(shared).filter((f) => /^\d{4}\.json$/.test(f))) {
    const y = file.slice(0, 4);
    const j = JSON.parse(readFileSync(join(shared, file), "utf8")) as {
      papers: string[];
      days: { date: string; isOffDay: boolean; name: string }[];
    };
    const copy = facts.years[y];
    const same =
      copy !== undefined &&
      JSON.stringify(copy.papers) === JSON.stringify(j.papers) &&
      JSON.stringify(copy.days) === JSON.stringify(j.days.map((d) => [d.date, d.isOffDay, d.name]));
    if (!same) throw new Error(`scripts/reference/holiday-cn.json is out of date for ${y} (compare ${shared}/${file})`);
  }
  console.log(`holiday-cn copy matches ${shared}`);
  break;
}

// 2. Verify the source.
const report = verifyNotices(source.notices);
for (const w of report.warnings) console.warn(`note: ${w}`);
if (report.errors.length > 0) {
  for (const e of report.errors) console.error(`error: ${e}`);
  process.exit(1);
}

// 3. Cross-check against holiday-cn, date by date.
const calendar = createCalendar({ builtIn: false, notices: source.notices });
const disagreements = crossCheckHolidayCn(facts, (d) => calendar.isWorkingDay(d));
if (disagreements.length > 0) {
  for (const d of disagreements) console.error(`holiday-cn disagrees: ${d}`);
  process.exit(1);
}

// 4. The compact module.
const codeOf = new Map(Object.entries(FESTIVAL_CODES).map(([c, f]) => [f, c]));
const b36 = (n: number) => n.toString(36);
const packedNotices: unknown[] = [];
const lines: string[] = [];
for (const n of source.notices) {
  const base = n.amends === undefined;
  const title = n.title === `国务院办公厅关于${n.year}年部分节假日安排的通知` && base ? "" : (n.title ?? "");
  packedNotices.push([n.id, n.year, n.number, n.published, n.url, n.verified === false ? 0 : 1, n.amends ?? "", title]);
  lines.push(
    n.breaks
      .map((b) => {
        const from = toEpochDayInput(b.from);
        const len = toEpochDayInput(b.to) - from + 1;
        const rel = (ds: readonly string[] | undefined) =>
          (ds ?? []).map((d) => b36(toEpochDayInput(d) - from)).join(".");
        const codes = b.festivals.map((f) => codeOf.get(f) ?? "?").join("");
        if (codes.includes("?") || /[,;\n]/.test(`${b.zh ?? ""}${b.en ?? ""}`))
          throw new Error(`cannot encode ${n.id} ${b.from}`);
        // Statutory days are stored explicitly, so the bundled calendar needs no regulation table at run time.
        const statutory =
          b.statutory ??
          b.festivals
            .flatMap((f) => statutoryDaysOf(n.year)?.get(f) ?? [])
            .filter((e) => e >= from && e < from + len)
            .sort((x, y) => x - y)
            .map((e) => formatIsoDate(e));
        const fields = [codes, b36(from - CODEC_BASE), b36(len), rel(b.makeup), rel(statutory), b.zh ?? "", b.en ?? ""];
        while (fields.length > 3 && fields[fields.length - 1] === "") fields.pop();
        return fields.join(",");
      })
      .join(";"),
  );
}
const module = `// biome-ignore-all format: generated by scripts/generate-data.ts
// Generated by scripts/generate-data.ts from data/notices.source.json — do not edit; run \`pnpm generate\`.
// Sources: the State Council General Office holiday notices listed in the source file (number, date, URL per notice).
import type { HolidayNoticeData } from "../holiday-notice";
import { decodeNotices, type PackedNotice } from "./notices-codec";

const NOTICES: readonly PackedNotice[] = ${JSON.stringify(packedNotices)};

const BREAKS = ${JSON.stringify(lines.join("\n"))};

/** The bundled notices, ${source.notices[0]?.year}–${source.notices[source.notices.length - 1]?.year}, amendments included. */
export const BUILT_IN_NOTICES: readonly HolidayNoticeData[] = /* @__PURE__ */ decodeNotices(NOTICES, BREAKS);
`;

// 5. The JSON for other languages.
const resolved = resolveNotices(source.notices, statutoryDaysOf);
const effective = createCalendar({ builtIn: false, notices: source.notices });
const days: { date: string; kind: string; working: boolean; holiday: string; notice: string }[] = [];
const seen = new Set<number>();
for (const b of resolved.breaks) {
  for (const e of [...Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i), ...b.makeup]) {
    if (seen.has(e)) continue;
    seen.add(e);
    const info = effective.getDayInfo(formatIsoDate(e));
    if (info.holiday === undefined || info.notice === undefined) continue;
    days.push({
      date: info.date,
      kind: info.kind,
      working: info.isWorkingDay,
      holiday: info.holiday.key,
      notice: info.notice.id,
    });
  }
}
days.sort((a, b) => (a.date < b.date ? -1 : 1));
const json = {
  $schema: "./calendar-cn.schema.json",
  format: 1,
  description:
    "Mainland China working-day calendar from the State Council holiday notices. A date is a working day if it is listed in `days` with working=true, or is not listed and is Monday–Friday. Dates outside `coverage` are unknown (no notice).",
  coverage: effective.coverage.from === "" ? null : { from: effective.coverage.from, to: effective.coverage.to },
  regulations: [2000, 2008, 2014, 2025].map((y) => ({ fromYear: y, ...regulationFor(y) })),
  notices: source.notices.map((n) => ({
    ...n,
    breaks: n.breaks.map((b) => {
      const r = resolved.breaks.find((x) => formatIsoDate(x.from) === b.from && x.key === b.festivals.join("+"));
      const from = toEpochDayInput(b.from);
      const to = toEpochDayInput(b.to);
      const statutory = r ? [...r.statutory].sort((x, y) => x - y) : [];
      const inLieu: string[] = [];
      for (let e = from; e <= to; e++)
        if (!statutory.includes(e) && !isWeekendEpochDay(e)) inLieu.push(formatIsoDate(e));
      return { ...b, key: b.festivals.join("+"), statutory: statutory.map((e) => formatIsoDate(e)), inLieu };
    }),
  })),
  days,
};
// One notice and one day per line: readable, diffable, and a fraction of the size of a fully indented file.
const jsonText = `{\n${Object.entries(json)
  .map(([k, v]) =>
    Array.isArray(v)
      ? `${JSON.stringify(k)}: [\n${v.map((x) => `  ${JSON.stringify(x)}`).join(",\n")}\n]`
      : `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  )
  .join(",\n")}\n}\n`;

// 6. The working-day exceptions alone, for the lean `isWorkingDay` (no notice metadata, no index code).
const covered = createCalendar({ builtIn: false, notices: source.notices });
const firstDay = toEpochDayInput(covered.coverage.from);
const lastDay = toEpochDayInput(covered.coverage.to);
const offWeekdays: number[] = [];
const onWeekends: number[] = [];
for (let e = firstDay; e <= lastDay; e++) {
  const working = covered.isWorkingDay(formatIsoDate(e));
  if (working === isWeekendEpochDay(e)) (working ? onWeekends : offWeekdays).push(e);
}
const deltas = (days: number[]) =>
  days
    .map((e, i) => {
      const d = e - (i === 0 ? firstDay : (days[i - 1] as number));
      if (d >= 36 * 36) throw new Error(`gap of ${d} days cannot be encoded`);
      return d.toString(36).padStart(2, "0");
    })
    .join("");
const leanModule = `// biome-ignore-all format: generated by scripts/generate-data.ts
// Generated by scripts/generate-data.ts from data/notices.source.json — do not edit; run \`pnpm generate\`.
// The working-day status of every covered date, as the exceptions to the Monday–Friday rule: each day is a
// two-digit base-36 gap from the previous one (the first from FIRST_DAY). Checked against the full calendar in
// is-working-day.test.ts.

/** Epoch day of ${covered.coverage.from}, the first covered date. */
export const FIRST_DAY = ${firstDay};
/** Epoch day of ${covered.coverage.to}, the last covered date. */
export const LAST_DAY = ${lastDay};
/** Weekdays that are not working days (${offWeekdays.length}). */
export const OFF_WEEKDAYS = "${deltas(offWeekdays)}";
/** Saturdays and Sundays that are working days (${onWeekends.length}). */
export const ON_WEEKENDS = "${deltas(onWeekends)}";
`;

const outputs: [string, string][] = [
  [join(pkg, "src/internal/notices-data.ts"), module],
  [join(pkg, "src/internal/working-days-data.ts"), leanModule],
  [join(pkg, "data/calendar-cn.json"), jsonText],
];
let stale = false;
for (const [path, text] of outputs) {
  const current = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (current === text) continue;
  if (check) {
    console.error(`stale: ${path} (run pnpm generate)`);
    stale = true;
  } else writeFileSync(path, text);
}
if (stale) process.exit(1);
console.log(
  `verified ${source.notices.length} notices (${resolved.years[0]}–${resolved.years[resolved.years.length - 1]}), ` +
    `0 disagreements with holiday-cn over 2007–2026; ${days.length} listed days; ${check ? "outputs up to date" : "outputs written"}`,
);
console.log(
  report.perYear
    .map((y) => `${y.year}: ${y.statutory}/${y.expected} statutory, ${y.makeup} make-up, ${y.workdays} working days`)
    .join("\n"),
);
