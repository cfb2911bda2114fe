/**
 * Checks of the holiday data, shared by scripts/generate-data.ts and test/data.test.ts:
 * every make-up day a Saturday or Sunday outside any break; breaks contiguous and maximal (a weekend day next to a
 * break that is not worked belongs to it), within their notice year (or its preceding December) and not overlapping; the statutory days per year equal to the regulation in force (10 before
 * 2008, 11 from 2008, 13 from 2025), each inside the break of its festival; the in-lieu weekdays balanced by make-up
 * days and 补假 (reported, since extensions such as 2020's are deliberate); and, against holiday-cn, the working-day
 * status of every date 2007-01-01..2026-12-31.
 */
import { readFileSync } from "node:fs";
import type { HolidayNoticeData } from "../src/holiday-notice";
import { resolveNotices } from "../src/internal/calendar-index";
import { formatIsoDate, isWeekendEpochDay, toEpochDay, weekdayOfEpochDay } from "../src/internal/civil-date";
import { regulationFor, statutoryDaysOf } from "../src/internal/regulation";
import { toEpochDayInput } from "../src/parse-date";

export interface VerifyReport {
  errors: string[];
  warnings: string[];
  perYear: { year: number; statutory: number; expected: number; restDays: number; makeup: number; workdays: number }[];
}

/** The one-off commemorations that are not part of the regulation's totals. */
const ONE_OFF = new Set(["victory-day"]);

/** Verifies the notices as the calendar will resolve them. */
export function verifyNotices(notices: readonly HolidayNoticeData[]): VerifyReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const perYear: VerifyReport["perYear"] = [];
  let resolved: ReturnType<typeof resolveNotices>;
  try {
    resolved = resolveNotices(notices, statutoryDaysOf);
  } catch (e) {
    return { errors: [String(e)], warnings, perYear };
  }
  const ids = new Set<string>();
  for (const n of notices) {
    if (ids.has(n.id)) errors.push(`duplicate notice id ${n.id}`);
    ids.add(n.id);
    if (!/^(国办发明电|国发明电)〔\d{4}〕\d+号$/.test(n.number))
      errors.push(`${n.id}: unexpected document number ${n.number}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(n.published)) errors.push(`${n.id}: published must be YYYY-MM-DD`);
    else if (n.amends === undefined && !(n.published >= `${n.year - 1}-01-01` && n.published < `${n.year}-01-01`)) {
      errors.push(`${n.id}: a base notice is published in the year before the one it arranges, got ${n.published}`);
    }
    if (!/^https:\/\//.test(n.url)) errors.push(`${n.id}: url must be https`);
  }
  for (const year of resolved.years) {
    const breaks = resolved.breaks.filter((b) => b.year === year);
    const lo = toEpochDay(year - 1, 12, 1);
    const hi = toEpochDay(year, 12, 31);
    const rest = new Set<number>();
    let statutoryCount = 0;
    let inLieu = 0;
    let weekendStatutory = 0;
    let makeupCount = 0;
    for (const b of breaks) {
      const where = `${year} ${b.key} ${formatIsoDate(b.from)}..${formatIsoDate(b.to)}`;
      if (b.from < lo || b.to > hi) errors.push(`${where}: outside ${year} (and its preceding December)`);
      for (let e = b.from; e <= b.to; e++) {
        if (rest.has(e)) errors.push(`${where}: ${formatIsoDate(e)} is in two breaks`);
        rest.add(e);
        if (!b.statutory.has(e) && !isWeekendEpochDay(e)) inLieu++;
      }
      for (const s of b.statutory) {
        if (s < b.from || s > b.to) errors.push(`${where}: statutory day ${formatIsoDate(s)} outside the break`);
        if (!b.festivals.some((f) => ONE_OFF.has(f))) statutoryCount++;
        if (isWeekendEpochDay(s)) weekendStatutory++;
      }
      // The regulation's days of each festival must lie inside the break named for it (checks the lunar table too).
      const expected = statutoryDaysOf(year);
      for (const f of b.festivals) {
        if (ONE_OFF.has(f)) continue;
        for (const d of expected?.get(f) ?? []) {
          if (d < b.from || d > b.to)
            errors.push(`${where}: ${f}'s statutory day ${formatIsoDate(d)} is outside its break`);
        }
      }
      for (const m of b.makeup) {
        makeupCount++;
        if (!isWeekendEpochDay(m))
          errors.push(`${where}: make-up day ${formatIsoDate(m)} is a weekday (${weekdayOfEpochDay(m)})`);
        if (m < lo || m > hi) errors.push(`${where}: make-up day ${formatIsoDate(m)} outside the notice's year`);
      }
      // Breaks are runs of rest days: their ends must not be adjacent to a make-up day of the same break.
    }
    for (const b of breaks) {
      for (const m of b.makeup) if (rest.has(m)) errors.push(`${year}: make-up day ${formatIsoDate(m)} inside a break`);
    }
    // Blocks are maximal runs of rest days: a weekend day next to a break (not worked) belongs to it ("与周末连休").
    const allMakeups = new Set(resolved.breaks.flatMap((b) => b.makeup));
    for (const b of breaks) {
      for (const e of [b.from - 1, b.to + 1]) {
        if (isWeekendEpochDay(e) && !allMakeups.has(e) && !rest.has(e)) {
          errors.push(
            `${year} ${b.key}: ${formatIsoDate(e)} is a weekend day next to the break; include it in from..to`,
          );
        }
      }
    }
    const festivalsSeen = new Set(breaks.flatMap((b) => b.festivals));
    for (const f of statutoryDaysOf(year)?.keys() ?? [])
      if (!festivalsSeen.has(f)) errors.push(`${year}: no break for ${f}`);
    // The regulation's total counts a day twice when two festivals coincide (中秋 on 10月1日 in 2020, 10月3日 in
    // 2009), so compare distinct days with the union of the regulation's days, and that union with the total.
    const { totalDays } = regulationFor(year);
    const byFestival = statutoryDaysOf(year);
    const union = new Set([...(byFestival?.values() ?? [])].flat());
    const listed = [...(byFestival?.values() ?? [])].flat().length;
    if (byFestival !== undefined && listed !== totalDays)
      errors.push(`${year}: the regulation table gives ${listed} days, expected ${totalDays}`);
    if (byFestival !== undefined && statutoryCount !== union.size) {
      errors.push(
        `${year}: ${statutoryCount} statutory days in the breaks, the regulation in force gives ${union.size} distinct days (${totalDays} in total)`,
      );
    }
    if (inLieu !== makeupCount + weekendStatutory) {
      warnings.push(
        `${year}: ${inLieu} in-lieu weekdays vs ${makeupCount} make-up days + ${weekendStatutory} statutory days on a weekend (补假)`,
      );
    }
    let workdays = 0;
    const makeups = new Set(breaks.flatMap((b) => b.makeup));
    for (let e = toEpochDay(year, 1, 1); e <= hi; e++) {
      const inOtherNotice = resolved.breaks.some(
        (b) => b.year === year + 1 && (b.makeup.includes(e) || (e >= b.from && e <= b.to)),
      );
      if (inOtherNotice) {
        const nb = resolved.breaks.find(
          (b) => b.year === year + 1 && (b.makeup.includes(e) || (e >= b.from && e <= b.to)),
        );
        if (nb?.makeup.includes(e)) workdays++;
        continue;
      }
      if (makeups.has(e) || (!rest.has(e) && !isWeekendEpochDay(e))) workdays++;
    }
    perYear.push({
      year,
      statutory: statutoryCount,
      expected: totalDays,
      restDays: rest.size,
      makeup: makeupCount,
      workdays,
    });
  }
  return { errors, warnings, perYear };
}

/** holiday-cn facts as stored in scripts/reference/holiday-cn.json. */
export interface HolidayCnFacts {
  years: Record<string, { papers: string[]; days: [string, boolean, string][] }>;
}

/**
 * Compares a working-day predicate with holiday-cn for every date of [from, to]: a listed date takes its
 * `isOffDay`, any other date the Monday–Friday rule. Returns the disagreements.
 */
export function crossCheckHolidayCn(
  facts: HolidayCnFacts,
  isWorkingDay: (iso: string) => boolean,
  from = "2007-01-01",
  to = "2026-12-31",
): string[] {
  const listed = new Map<number, boolean>();
  for (const y of Object.keys(facts.years).sort()) {
    for (const [date, off] of facts.years[y]?.days ?? []) listed.set(toEpochDayInput(date), !off);
  }
  const out: string[] = [];
  for (let e = toEpochDayInput(from); e <= toEpochDayInput(to); e++) {
    const expected = listed.get(e) ?? !isWeekendEpochDay(e);
    const iso = formatIsoDate(e);
    if (isWorkingDay(iso) !== expected) out.push(`${iso}: holiday-cn says ${expected ? "working" : "rest"}`);
  }
  return out;
}

/** Reads the package's copy of the holiday-cn facts (scripts/reference/holiday-cn.json). */
export function loadHolidayCnFacts(): HolidayCnFacts {
  return JSON.parse(readFileSync(new URL("./reference/holiday-cn.json", import.meta.url), "utf8")) as HolidayCnFacts;
}

/** Reads data/notices.source.json. */
export function loadSourceNotices(): HolidayNoticeData[] {
  return (
    JSON.parse(readFileSync(new URL("../data/notices.source.json", import.meta.url), "utf8")) as {
      notices: HolidayNoticeData[];
    }
  ).notices;
}
