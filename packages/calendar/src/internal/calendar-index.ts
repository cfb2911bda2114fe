/**
 * The precomputed day index behind a calendar: one byte of kind and flags per day over the indexed range, plus
 * prefix sums of working days, uncovered days and provisional days. `isWorkingDay` is then one array read,
 * `countWorkingDays` two, and `addWorkingDays` a binary search. Outside the indexed range the weekday rule is
 * evaluated in closed form, so no query ever loops day by day.
 */
import { CoverageError, InvalidCalendarDataError } from "../calendar-error";
import type { CalendarOverlay, DayKind, FallbackPolicy, NoticeReference } from "../calendar-types";
import { FESTIVAL_NAMES, type FestivalKey, type HolidayName, type HolidayNoticeData } from "../holiday-notice";
import { type DateInput, toEpochDayInput } from "../parse-date";
import {
  formatIsoDate,
  fromEpochDay,
  isWeekendEpochDay,
  smallestWithWeekdaysBefore,
  toEpochDay,
  weekdaysBefore,
} from "./civil-date";
import type { ForecastBreak } from "./forecast";

/** Day kinds as stored in the index (low 3 bits). */
export const KIND_CODES: readonly DayKind[] = [
  "workday",
  "weekend",
  "statutory-holiday",
  "in-lieu-rest",
  "makeup-workday",
];
const K_WORKDAY = 0;
const K_WEEKEND = 1;
const K_STATUTORY = 2;
const K_IN_LIEU = 3;
const K_MAKEUP = 4;
/** Flag bits. */
const F_WORKING = 8;
const F_UNCOVERED = 16;
const F_PROVISIONAL = 32;

/** A break resolved to epoch days. */
export interface ResolvedBreak {
  readonly key: string;
  readonly festivals: readonly string[];
  readonly name: HolidayName;
  readonly year: number;
  readonly from: number;
  readonly to: number;
  readonly statutory: ReadonlySet<number>;
  readonly makeup: readonly number[];
  readonly notice: NoticeReference | undefined;
  readonly provisional: boolean;
}

/** An overlay change of one day. */
export interface OverlayMark {
  readonly name: string;
  readonly reason: string;
  readonly working: boolean;
}

/**
 * The optional parts of a calendar, injected so that the default calendar (whose bundled data lists its statutory
 * days explicitly and which has no fallback) does not pull the regulation tables and the forecast into
 * `import { isWorkingDay }`.
 */
export interface IndexExtras {
  /** The statutory days of a year per festival, for notices that do not list them. */
  readonly statutoryDaysOf?: (year: number) => Map<string, number[]> | undefined;
  /** The provisional forecast of a year. */
  readonly forecastYear?: (year: number) => ForecastBreak[] | undefined;
  /** Last year the forecast can cover. */
  readonly forecastLastYear?: number;
}

/** The status of one day as the index knows it. */
export interface DayStatus {
  readonly kind: DayKind;
  readonly working: boolean;
  readonly uncovered: boolean;
  readonly provisional: boolean;
  readonly breakIndex: number;
}

function nameOf(festivals: readonly string[], field: "zh" | "en"): string {
  return festivals
    .map((f) => (FESTIVAL_NAMES as Record<string, HolidayName>)[f]?.[field] ?? f)
    .join(field === "zh" ? "、" : " and ");
}

function dataDay(value: unknown, path: string): number {
  try {
    return toEpochDayInput(value as DateInput);
  } catch (cause) {
    throw new InvalidCalendarDataError(path, "an ISO date YYYY-MM-DD", value, { cause });
  }
}

function referenceOf(n: HolidayNoticeData): NoticeReference {
  const ref: { -readonly [K in keyof NoticeReference]: NoticeReference[K] } = {
    id: n.id,
    number: n.number,
    published: n.published,
    url: n.url,
  };
  if (n.title !== undefined) ref.title = n.title;
  if (n.verified !== undefined) ref.verified = n.verified;
  return ref;
}

/** Resolves the notices (base notices and amendments) to the breaks in effect, per notice year. */
export function resolveNotices(
  notices: readonly HolidayNoticeData[],
  statutoryDaysOf?: IndexExtras["statutoryDaysOf"],
): {
  breaks: ResolvedBreak[];
  years: number[];
  effective: HolidayNoticeData[];
} {
  const baseByYear = new Map<number, HolidayNoticeData>();
  const amendments: HolidayNoticeData[] = [];
  notices.forEach((n, i) => {
    if (typeof n !== "object" || n === null) throw new InvalidCalendarDataError(`notices[${i}]`, "a notice object", n);
    if (!Number.isInteger(n.year) || n.year < 1900 || n.year > 9999) {
      throw new InvalidCalendarDataError(`notices[${i}].year`, "an integer year from 1900", n.year);
    }
    if (!Array.isArray(n.breaks))
      throw new InvalidCalendarDataError(`notices[${i}].breaks`, "an array of breaks", n.breaks);
    if (typeof n.id !== "string" || n.id === "")
      throw new InvalidCalendarDataError(`notices[${i}].id`, "a non-empty string", n.id);
    if (n.amends === undefined) baseByYear.set(n.year, n);
    else amendments.push(n);
  });
  const effective: HolidayNoticeData[] = [];
  const breaks: ResolvedBreak[] = [];
  const years = [...baseByYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const base = baseByYear.get(year) as HolidayNoticeData;
    effective.push(base);
    const statutoryByFestival = statutoryDaysOf?.(year);
    const resolve = (n: HolidayNoticeData): ResolvedBreak[] =>
      n.breaks.map((b, j) => {
        const path = `notice ${n.id}.breaks[${j}]`;
        if (!Array.isArray(b.festivals) || b.festivals.length === 0) {
          throw new InvalidCalendarDataError(`${path}.festivals`, "a non-empty array of festival keys", b.festivals);
        }
        const from = dataDay(b.from, `${path}.from`);
        const to = dataDay(b.to, `${path}.to`);
        if (to < from || to - from > 40) {
          throw new InvalidCalendarDataError(`${path}.to`, `a date 0–40 days after from (${b.from})`, b.to);
        }
        const makeup = (b.makeup ?? []).map((d, k) => {
          const e = dataDay(d, `${path}.makeup[${k}]`);
          if (!isWeekendEpochDay(e))
            throw new InvalidCalendarDataError(`${path}.makeup[${k}]`, "a Saturday or Sunday", d);
          return e;
        });
        let statutory: number[];
        if (b.statutory !== undefined) statutory = b.statutory.map((d, k) => dataDay(d, `${path}.statutory[${k}]`));
        else {
          statutory = [];
          for (const f of b.festivals)
            for (const d of statutoryByFestival?.get(f) ?? []) if (d >= from && d <= to) statutory.push(d);
        }
        return {
          key: b.festivals.join("+"),
          festivals: b.festivals,
          name: { zh: b.zh ?? nameOf(b.festivals, "zh"), en: b.en ?? nameOf(b.festivals, "en") },
          year,
          from,
          to,
          statutory: new Set(statutory),
          makeup,
          notice: referenceOf(n),
          provisional: false,
        };
      });
    let current = resolve(base);
    const own = amendments
      .filter((a) => a.year === year && a.amends === base.id)
      .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
    for (const a of own) {
      effective.push(a);
      const replacing = resolve(a);
      const festivals = new Set(replacing.flatMap((b) => b.festivals));
      current = [...current.filter((b) => !b.festivals.some((f) => festivals.has(f))), ...replacing];
    }
    breaks.push(...current.sort((x, y) => x.from - y.from));
  }
  for (const a of amendments) {
    if (!effective.includes(a)) {
      throw new InvalidCalendarDataError(`notice ${a.id}.amends`, `the id of a ${a.year} notice in the data`, a.amends);
    }
  }
  return { breaks, years, effective };
}

/** The built index. */
export class CalendarIndex {
  /** First indexed epoch day. */
  readonly lo: number;
  /** Number of indexed days. */
  readonly size: number;
  /** Per day: kind code | flags. */
  readonly days: Uint8Array;
  /** Per day: index into `breaks`, or -1. */
  readonly breakOf: Int16Array;
  /** Working days in [lo, lo + i). */
  readonly cumWork: Int32Array;
  readonly cumUncovered: Int32Array;
  readonly cumProvisional: Int32Array;
  readonly breaks: ResolvedBreak[];
  readonly overlays: Map<number, OverlayMark>;
  readonly years: number[];
  readonly fallback: FallbackPolicy;
  readonly coveredFrom: string;
  readonly coveredTo: string;
  readonly effective: HolidayNoticeData[];

  constructor(
    notices: readonly HolidayNoticeData[],
    fallback: FallbackPolicy,
    overlays: readonly CalendarOverlay[],
    extras: IndexExtras = {},
  ) {
    const { breaks, years, effective } = resolveNotices(notices, extras.statutoryDaysOf);
    this.fallback = fallback;
    this.years = years;
    this.effective = effective;
    const firstYear = years[0];
    const lastYear = years[years.length - 1];
    this.coveredFrom = firstYear === undefined ? "" : formatIsoDate({ year: firstYear, month: 1, day: 1 });
    this.coveredTo = lastYear === undefined ? "" : formatIsoDate({ year: lastYear, month: 12, day: 31 });

    // Overlay days, validated.
    const marks = new Map<number, OverlayMark>();
    overlays.forEach((o, i) => {
      if (typeof o?.name !== "string" || typeof o.reason !== "string") {
        throw new InvalidCalendarDataError(
          `overlays[${i}]`,
          "{ name: string, reason: string, closures?, extraWorkingDays? }",
          o,
        );
      }
      (o.closures ?? []).forEach((d, k) => {
        marks.set(dataDay(d, `overlays[${i}].closures[${k}]`), { name: o.name, reason: o.reason, working: false });
      });
      (o.extraWorkingDays ?? []).forEach((d, k) => {
        marks.set(dataDay(d, `overlays[${i}].extraWorkingDays[${k}]`), {
          name: o.name,
          reason: o.reason,
          working: true,
        });
      });
    });
    this.overlays = marks;

    // Forecast breaks for the provisional fallback: every year after the last notice through the lunar table,
    // and the gap years between notices.
    const yearSet = new Set(years);
    const forecast = extras.forecastYear;
    if (fallback === "provisional" && forecast !== undefined && firstYear !== undefined && lastYear !== undefined) {
      for (let y = firstYear; y <= Math.max(lastYear, extras.forecastLastYear ?? lastYear); y++) {
        if (yearSet.has(y)) continue;
        for (const f of forecast(y) ?? []) {
          breaks.push({
            key: f.festivals.join("+"),
            festivals: f.festivals,
            name: { zh: nameOf(f.festivals, "zh"), en: nameOf(f.festivals, "en") },
            year: y,
            from: f.from,
            to: f.to,
            statutory: new Set(f.statutory),
            makeup: f.makeup,
            notice: undefined,
            provisional: true,
          });
        }
      }
    }
    this.breaks = breaks;

    // Indexed range: every covered year, every date a break or an overlay names.
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    if (firstYear !== undefined && lastYear !== undefined) {
      lo = toEpochDay(firstYear, 1, 1);
      hi = toEpochDay(lastYear, 12, 31);
    }
    for (const b of breaks) {
      lo = Math.min(lo, b.from, ...b.makeup);
      hi = Math.max(hi, b.to, ...b.makeup);
    }
    for (const d of marks.keys()) {
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    if (lo > hi) {
      lo = 0;
      hi = -1;
    }
    // Widen to whole years so that year boundaries stay simple.
    if (hi >= lo) {
      lo = toEpochDay(fromEpochDay(lo).year, 1, 1);
      hi = toEpochDay(fromEpochDay(hi).year, 12, 31);
    }
    const size = hi - lo + 1;
    this.lo = lo;
    this.size = size;
    const days = new Uint8Array(size);
    const breakOf = new Int16Array(size).fill(-1);
    const fallbackFlags = fallback === "none" ? F_UNCOVERED : F_PROVISIONAL;
    for (let i = 0; i < size; i++) {
      const e = lo + i;
      const covered = yearSet.has(fromEpochDay(e).year);
      const weekend = isWeekendEpochDay(e);
      days[i] = (weekend ? K_WEEKEND : K_WORKDAY | F_WORKING) | (covered ? 0 : fallbackFlags);
    }
    breaks.forEach((b, bi) => {
      const flags = b.provisional ? F_PROVISIONAL : 0;
      // A forecast never overrides a day some notice already settled.
      const settled = (i: number) => b.provisional && ((days[i] as number) & (F_PROVISIONAL | F_UNCOVERED)) === 0;
      for (let e = b.from; e <= b.to; e++) {
        const i = e - lo;
        if (settled(i)) continue;
        const kind = b.statutory.has(e) ? K_STATUTORY : isWeekendEpochDay(e) ? K_WEEKEND : K_IN_LIEU;
        days[i] = kind | flags;
        breakOf[i] = bi;
      }
      for (const e of b.makeup) {
        const i = e - lo;
        if (settled(i)) continue;
        days[i] = K_MAKEUP | F_WORKING | flags;
        breakOf[i] = bi;
      }
    });
    for (const [e, m] of marks) {
      const i = e - lo;
      const v = days[i] as number;
      const flags = v & (F_UNCOVERED | F_PROVISIONAL);
      const weekend = isWeekendEpochDay(e);
      days[i] = m.working
        ? (weekend ? K_MAKEUP : K_WORKDAY) | F_WORKING | flags
        : (weekend ? K_WEEKEND : (v & 7) === K_STATUTORY ? K_STATUTORY : K_IN_LIEU) | flags;
    }
    const cumWork = new Int32Array(size + 1);
    const cumUncovered = new Int32Array(size + 1);
    const cumProvisional = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) {
      const v = days[i] as number;
      cumWork[i + 1] = (cumWork[i] as number) + (v & F_WORKING ? 1 : 0);
      cumUncovered[i + 1] = (cumUncovered[i] as number) + (v & F_UNCOVERED ? 1 : 0);
      cumProvisional[i + 1] = (cumProvisional[i] as number) + (v & F_PROVISIONAL ? 1 : 0);
    }
    this.days = days;
    this.breakOf = breakOf;
    this.cumWork = cumWork;
    this.cumUncovered = cumUncovered;
    this.cumProvisional = cumProvisional;
  }

  /** The covered range for error messages. */
  coveredRange(): { from: string; to: string } {
    return { from: this.coveredFrom || "(none)", to: this.coveredTo || "(none)" };
  }

  /** Throws the coverage error for epoch day `e`. */
  uncovered(e: number): never {
    const inside = this.coveredFrom !== "" && formatIsoDate(e) > this.coveredFrom && formatIsoDate(e) < this.coveredTo;
    throw new CoverageError(formatIsoDate(e), this.coveredRange(), inside);
  }

  /** Whether `e` is a working day; throws when uncovered. O(1). */
  isWorking(e: number): boolean {
    const i = e - this.lo;
    if (i >= 0 && i < this.size) {
      const v = this.days[i] as number;
      if (v & F_UNCOVERED) this.uncovered(e);
      return (v & F_WORKING) !== 0;
    }
    if (this.fallback === "none") this.uncovered(e);
    return !isWeekendEpochDay(e);
  }

  /** The full status of `e` (no coverage check). */
  status(e: number): DayStatus {
    const i = e - this.lo;
    if (i >= 0 && i < this.size) {
      const v = this.days[i] as number;
      return {
        kind: KIND_CODES[v & 7] as DayKind,
        working: (v & F_WORKING) !== 0,
        uncovered: (v & F_UNCOVERED) !== 0,
        provisional: (v & F_PROVISIONAL) !== 0,
        breakIndex: this.breakOf[i] as number,
      };
    }
    const weekend = isWeekendEpochDay(e);
    return {
      kind: weekend ? "weekend" : "workday",
      working: !weekend,
      uncovered: this.fallback === "none",
      provisional: this.fallback !== "none",
      breakIndex: -1,
    };
  }

  /** Working days in (-∞, e), normalised so that `work(lo) = 0`; differences count working days in [a, b). */
  work(e: number): number {
    const i = e - this.lo;
    if (i <= 0) return weekdaysBefore(e) - weekdaysBefore(this.lo);
    if (i >= this.size)
      return (this.cumWork[this.size] as number) + weekdaysBefore(e) - weekdaysBefore(this.lo + this.size);
    return this.cumWork[i] as number;
  }

  private outsideCount(e: number, flagged: boolean, cum: Int32Array): number {
    const i = e - this.lo;
    if (i <= 0) return flagged ? i : 0;
    if (i >= this.size) return (cum[this.size] as number) + (flagged ? i - this.size : 0);
    return cum[i] as number;
  }

  /** Uncovered days in (-∞, e), normalised like {@link work}. */
  uncoveredBefore(e: number): number {
    return this.outsideCount(e, this.fallback === "none", this.cumUncovered);
  }

  /** Provisional days in (-∞, e), normalised like {@link work}. */
  provisionalBefore(e: number): number {
    return this.outsideCount(e, this.fallback !== "none", this.cumProvisional);
  }

  /** The smallest epoch day `x` with `work(x) >= t`. O(log n). */
  smallestWithWork(t: number): number {
    const n = this.size;
    if (t <= 0) return smallestWithWeekdaysBefore(t + weekdaysBefore(this.lo));
    const total = this.cumWork[n] as number;
    if (t > total) return smallestWithWeekdaysBefore(t - total + weekdaysBefore(this.lo + n));
    let a = 0;
    let b = n;
    const cum = this.cumWork;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((cum[mid] as number) >= t) b = mid;
      else a = mid + 1;
    }
    return this.lo + a;
  }

  /**
   * Throws for the first uncovered day met in [a, b] (a ≤ b), scanning forward, or backward when `backward` is set
   * (the day nearest to `b`). O(log n) on the monotone prefix count.
   */
  assertCovered(a: number, b: number, backward = false): void {
    const total = this.uncoveredBefore(b + 1) - this.uncoveredBefore(a);
    if (total === 0) return;
    let x = a;
    let y = b;
    if (!backward) {
      const base = this.uncoveredBefore(a);
      while (x < y) {
        const mid = Math.floor((x + y) / 2);
        if (this.uncoveredBefore(mid + 1) - base > 0) y = mid;
        else x = mid + 1;
      }
      this.uncovered(x);
    }
    const top = this.uncoveredBefore(b + 1);
    while (x < y) {
      const mid = Math.ceil((x + y) / 2);
      if (top - this.uncoveredBefore(mid) > 0) x = mid;
      else y = mid - 1;
    }
    this.uncovered(x);
  }

  /** Whether any day in [a, b] is provisional. O(1). */
  anyProvisional(a: number, b: number): boolean {
    return this.provisionalBefore(b + 1) - this.provisionalBefore(a) > 0;
  }
}

/** The festivals' names, for callers that need the key list. */
export type { FestivalKey };
