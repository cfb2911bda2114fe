import type { HolidayName, HolidayNoticeData } from "./holiday-notice";
import type { DateInput } from "./parse-date";

/**
 * The kind of a day:
 * - `workday`: a Monday–Friday working day;
 * - `weekend`: a Saturday or Sunday rest day (including the weekend days inside a holiday break);
 * - `statutory-holiday`: a day the holiday regulation itself names (法定节假日, paid at 300%);
 * - `in-lieu-rest`: a weekday off inside a break that is not a statutory day (调休 paid back by a make-up day,
 *   补假 for a statutory day that fell on a weekend, or an extension such as 2020's);
 * - `makeup-workday`: a Saturday or Sunday that is a working day (调休上班).
 */
export type DayKind = "workday" | "weekend" | "statutory-holiday" | "in-lieu-rest" | "makeup-workday";

/** Where a fact comes from: the notice (or amendment) that arranged it. */
export interface NoticeReference {
  /** Notice id in the data, e.g. `"2024"`, `"2020-amendment"`. */
  readonly id: string;
  /** Document number, e.g. `国办发明电〔2023〕7号`. */
  readonly number: string;
  /** Publication date (ISO). */
  readonly published: string;
  /** Official URL. */
  readonly url: string;
  /** Title of the notice, when known. */
  readonly title?: string;
  /** `false` when the reference could not be checked against the official text. */
  readonly verified?: boolean;
}

/** A holiday break of one year: its rest days and the make-up days worked for it. */
export interface HolidayBreak {
  /** Stable key: the festivals joined with `+`, e.g. `mid-autumn+national-day`. */
  readonly key: string;
  /** Festivals of the break. */
  readonly festivals: readonly string[];
  /** Name in Chinese and English. */
  readonly name: HolidayName;
  /** First rest day (ISO). */
  readonly from: string;
  /** Last rest day (ISO). */
  readonly to: string;
  /** Every rest day of the break in order (ISO). */
  readonly days: readonly string[];
  /** The statutory days among them (ISO). */
  readonly statutoryDays: readonly string[];
  /** The weekdays off among them that are not statutory (ISO). */
  readonly inLieuDays: readonly string[];
  /** Saturdays and Sundays worked for this break (ISO), possibly in the previous year. */
  readonly makeupWorkdays: readonly string[];
  /** The notice (or amendment) the break comes from; absent for a provisional forecast. */
  readonly notice?: NoticeReference;
  /** `true` for a forecast made under the `'provisional'` fallback. */
  readonly provisional: boolean;
}

/** A partial-population holiday (放假办法 art. 3), reported only when `partialPopulation: true`. */
export interface Observance {
  readonly key: "womens-day" | "youth-day" | "childrens-day" | "army-day";
  readonly name: HolidayName;
  /** Who is off: women, youths aged 14 and over, children under 14, active-duty military. */
  readonly audience: "women" | "youth-14-plus" | "children-under-14" | "military";
  /** `half-day` or `full-day`. */
  readonly duration: "half-day" | "full-day";
}

/** Everything known about one day. */
export interface DayInfo {
  /** The date (ISO). */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** The day's kind (after overlays). */
  readonly kind: DayKind;
  /** Whether the day is a working day (`workday` or `makeup-workday`). */
  readonly isWorkingDay: boolean;
  /** The holiday break the day belongs to (a rest day of the break, or a make-up day worked for it). */
  readonly holiday?: { readonly key: string; readonly name: HolidayName };
  /** The notice the day's status comes from. */
  readonly notice?: NoticeReference;
  /** The local overlay that changed the day, if any. */
  readonly overlay?: { readonly name: string; readonly reason: string };
  /** Partial-population holidays on this day (only with `partialPopulation: true`). */
  readonly observances?: readonly Observance[];
  /** `true` when the answer comes from a fallback policy rather than an official notice. */
  readonly provisional: boolean;
}

/** A unit's or region's local changes on top of the national calendar. */
export interface CalendarOverlay {
  /** Who the overlay is for, e.g. `"Xinjiang: Corban Festival"`. */
  readonly name: string;
  /** Why (the local notice, the decision number). */
  readonly reason: string;
  /** Extra days off. */
  readonly closures?: readonly DateInput[];
  /** Extra working days. */
  readonly extraWorkingDays?: readonly DateInput[];
}

/**
 * What to do for a date that no notice covers:
 * - `'none'` (default): throw {@link CoverageError};
 * - `'weekdays'`: Monday–Friday are working days;
 * - `'provisional'`: for the years after the last notice through 2035, forecast the breaks with the 2025
 *   regulation's rules; elsewhere the weekday rule.
 * Every answer made under a fallback is marked provisional.
 */
export type FallbackPolicy = "none" | "weekdays" | "provisional";

/** Options of {@link createCalendar}. */
export interface CreateCalendarOptions {
  /** Notices (or amendments) added to, or replacing (with `builtIn: false`), the bundled ones. */
  readonly notices?: readonly HolidayNoticeData[];
  /** Whether to include the bundled 2004–2026 notices (default `true`). */
  readonly builtIn?: boolean;
  /** Policy for dates no notice covers (default `'none'`). */
  readonly fallback?: FallbackPolicy;
  /** Local closures and extra working days, applied in order on top of the notices. */
  readonly overlays?: readonly CalendarOverlay[];
  /** Report partial-population holidays (3/8, 5/4, 6/1, 8/1) in `getDayInfo().observances` (default `false`). */
  readonly partialPopulation?: boolean;
}

/** The covered range of a calendar. */
export interface CalendarCoverage {
  /** First covered date (ISO). */
  readonly from: string;
  /** Last covered date (ISO). */
  readonly to: string;
  /** Years with an official notice. */
  readonly years: readonly number[];
  /** The fallback policy for dates outside them. */
  readonly fallback: FallbackPolicy;
}

/** A date result with its provenance flag. */
export interface DetailedDate {
  /** The resulting date (ISO). */
  readonly date: string;
  /** `true` when any day the computation relied on was answered by a fallback. */
  readonly provisional: boolean;
}

/** A count with its provenance flag. */
export interface DetailedCount {
  /** The number of working days. */
  readonly count: number;
  /** `true` when any day counted over was answered by a fallback. */
  readonly provisional: boolean;
}

/** Options of `toICS`. */
export interface ToIcsOptions {
  /** First date of the range (inclusive). */
  readonly from: DateInput;
  /** Last date of the range (inclusive). */
  readonly to: DateInput;
  /** Language of event names (default `'zh'`). */
  readonly lang?: "zh" | "en";
  /**
   * The DTSTAMP of every event, as an instant. Defaults to midnight UTC of the latest publication date among the
   * notices used, so the output never depends on a clock.
   */
  readonly dtstamp?: Date;
  /** Include make-up working days as events (default `true`). */
  readonly makeupDays?: boolean;
  /** Calendar name (X-WR-CALNAME). */
  readonly name?: string;
  /** The calendar to export (default: the mainland calendar). */
  readonly calendar?: Calendar;
}

/** A working-day calendar. Every date argument is a {@link DateInput}; every date result is an ISO string. */
export interface Calendar {
  /** See {@link isWorkingDay}. */
  isWorkingDay(date: DateInput): boolean;
  /** See {@link getDayInfo}. */
  getDayInfo(date: DateInput): DayInfo;
  /** See {@link addWorkingDays}. */
  addWorkingDays(date: DateInput, amount: number): string;
  /** `addWorkingDays` with a provisional flag. */
  addWorkingDaysDetailed(date: DateInput, amount: number): DetailedDate;
  /** See {@link subWorkingDays}. */
  subWorkingDays(date: DateInput, amount: number): string;
  /** See {@link nextWorkingDay}. */
  nextWorkingDay(date: DateInput): string;
  /** See {@link previousWorkingDay}. */
  previousWorkingDay(date: DateInput): string;
  /** See {@link countWorkingDays}. */
  countWorkingDays(from: DateInput, to: DateInput): number;
  /** `countWorkingDays` with a provisional flag. */
  countWorkingDaysDetailed(from: DateInput, to: DateInput): DetailedCount;
  /** See {@link differenceInWorkingDays}. */
  differenceInWorkingDays(later: DateInput, earlier: DateInput): number;
  /** See {@link getHolidays}. */
  getHolidays(year: number): HolidayBreak[];
  /** The covered range and fallback policy. */
  readonly coverage: CalendarCoverage;
  /** The notices in effect (bundled and added), amendments included. */
  readonly notices: readonly HolidayNoticeData[];
}
