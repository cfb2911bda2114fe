import { InvalidArgumentError } from "../calendar-error";
import type {
  Calendar,
  CalendarCoverage,
  CreateCalendarOptions,
  DayInfo,
  DetailedCount,
  DetailedDate,
  HolidayBreak,
  Observance,
} from "../calendar-types";
import type { HolidayNoticeData } from "../holiday-notice";
import { type DateInput, toEpochDayInput } from "../parse-date";
import { CalendarIndex, type IndexExtras, type ResolvedBreak } from "./calendar-index";
import { formatIsoDate, fromEpochDay, isWeekendEpochDay, toEpochDay, weekdayOfEpochDay } from "./civil-date";
import { registerIndex } from "./registry";

function checkAmount(amount: unknown): number {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount)) {
    throw new InvalidArgumentError("amount", "a safe integer number of working days", amount);
  }
  return amount;
}

function breakToPublic(index: CalendarIndex, b: ResolvedBreak): HolidayBreak {
  const days: string[] = [];
  const statutoryDays: string[] = [];
  const inLieuDays: string[] = [];
  for (let e = b.from; e <= b.to; e++) {
    const iso = formatIsoDate(e);
    days.push(iso);
    if (b.statutory.has(e)) statutoryDays.push(iso);
    else if (!isWeekendEpochDay(e)) inLieuDays.push(iso);
  }
  const out: { -readonly [K in keyof HolidayBreak]: HolidayBreak[K] } = {
    key: b.key,
    festivals: b.festivals,
    name: b.name,
    from: formatIsoDate(b.from),
    to: formatIsoDate(b.to),
    days,
    statutoryDays,
    inLieuDays,
    makeupWorkdays: b.makeup.map((e) => formatIsoDate(e)),
    provisional: b.provisional,
  };
  if (b.notice !== undefined) out.notice = b.notice;
  void index;
  return out;
}

/** Everything optional a calendar can use: see {@link IndexExtras}. */
export interface CalendarExtras extends IndexExtras {
  /** Partial-population holidays of a date. */
  readonly observancesOn?: (date: { year: number; month: number; day: number }) => Observance[];
}

/**
 * Builds a calendar from resolved options. `createCalendar` passes every extra; the default calendar passes none.
 * @internal
 */
export function buildCalendar(
  notices: readonly HolidayNoticeData[],
  options: CreateCalendarOptions,
  extras: CalendarExtras,
): Calendar {
  const fallback = options.fallback ?? "none";
  const index = new CalendarIndex(notices, fallback, options.overlays ?? [], extras);
  const partial = options.partialPopulation === true;
  const coverage: CalendarCoverage = {
    from: index.coveredFrom,
    to: index.coveredTo,
    years: index.years,
    fallback,
  };

  const isWorkingDay = (date: DateInput): boolean => index.isWorking(toEpochDayInput(date));

  const getDayInfo = (date: DateInput): DayInfo => {
    const e = toEpochDayInput(date);
    const s = index.status(e);
    if (s.uncovered) index.uncovered(e);
    const info: { -readonly [K in keyof DayInfo]: DayInfo[K] } = {
      date: formatIsoDate(e),
      weekday: weekdayOfEpochDay(e),
      kind: s.kind,
      isWorkingDay: s.working,
      provisional: s.provisional,
    };
    const b = s.breakIndex >= 0 ? index.breaks[s.breakIndex] : undefined;
    if (b !== undefined) {
      info.holiday = { key: b.key, name: b.name };
      if (b.notice !== undefined) info.notice = b.notice;
    }
    const mark = index.overlays.get(e);
    if (mark !== undefined) info.overlay = { name: mark.name, reason: mark.reason };
    if (partial && extras.observancesOn !== undefined) {
      const obs: Observance[] = extras.observancesOn(fromEpochDay(e));
      if (obs.length > 0) info.observances = obs;
    }
    return info;
  };

  const addDetailed = (date: DateInput, amount: number): DetailedDate => {
    const d = toEpochDayInput(date);
    const n = checkAmount(amount);
    if (n === 0) return { date: formatIsoDate(d), provisional: index.anyProvisional(d, d) };
    let e: number;
    let a: number;
    let b: number;
    if (n > 0) {
      e = index.smallestWithWork(index.work(d + 1) + n) - 1;
      a = d + 1;
      b = e;
    } else {
      e = index.smallestWithWork(index.work(d) + n + 1) - 1;
      a = e;
      b = d - 1;
    }
    index.assertCovered(a, b, n < 0);
    return { date: formatIsoDate(e), provisional: index.anyProvisional(a, b) };
  };

  const countDetailed = (from: DateInput, to: DateInput): DetailedCount => {
    const a = toEpochDayInput(from);
    const b = toEpochDayInput(to);
    if (b < a) {
      throw new InvalidArgumentError("range", `'to' on or after 'from' (${formatIsoDate(a)})`, formatIsoDate(b));
    }
    index.assertCovered(a, b);
    return { count: index.work(b + 1) - index.work(a), provisional: index.anyProvisional(a, b) };
  };

  const differenceInWorkingDays = (later: DateInput, earlier: DateInput): number => {
    const l = toEpochDayInput(later);
    const r = toEpochDayInput(earlier);
    if (l === r) return 0;
    index.assertCovered(Math.min(l, r) + 1, Math.max(l, r));
    return index.work(l + 1) - index.work(r + 1);
  };

  const getHolidays = (year: number): HolidayBreak[] => {
    if (!Number.isInteger(year)) throw new InvalidArgumentError("year", "an integer year", year);
    const jan1 = toEpochDay(year, 1, 1);
    if (!index.years.includes(year) && index.fallback === "none") index.uncovered(jan1);
    return index.breaks.filter((b) => b.year === year).map((b) => breakToPublic(index, b));
  };

  const calendar: Calendar = {
    isWorkingDay,
    getDayInfo,
    addWorkingDays: (date, amount) => addDetailed(date, amount).date,
    addWorkingDaysDetailed: addDetailed,
    subWorkingDays: (date, amount) => addDetailed(date, -checkAmount(amount)).date,
    nextWorkingDay: (date) => addDetailed(date, 1).date,
    previousWorkingDay: (date) => addDetailed(date, -1).date,
    countWorkingDays: (from, to) => countDetailed(from, to).count,
    countWorkingDaysDetailed: countDetailed,
    differenceInWorkingDays,
    getHolidays,
    coverage,
    notices: index.effective,
  };
  registerIndex(calendar, index);
  return calendar;
}
