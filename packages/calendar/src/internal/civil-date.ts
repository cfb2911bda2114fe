/**
 * Civil-date arithmetic on "epoch days" (days since 1970-01-01 in the proleptic Gregorian calendar).
 *
 * Everything here is integer arithmetic: no `Date` object is created on the hot path, and nothing depends on the
 * host time zone. The algorithms are Howard Hinnant's `days_from_civil` / `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html), valid for every year representable here.
 */
import { tzOffset } from "@date-fns/tz/tzOffset";

/** A civil (calendar) date with no time and no zone. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 of the civil date `y-m-d` (month 1–12). Does not validate its input. */
export function toEpochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of an epoch day. */
export function fromEpochDay(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function pad4(n: number): string {
  if (n >= 0 && n <= 9999) return `000${n}`.slice(-4);
  return n < 0 ? `-${`00000${-n}`.slice(-6)}` : `+${`00000${n}`.slice(-6)}`;
}

/** Formats a civil date (or an epoch day) as ISO 8601 `YYYY-MM-DD`. */
export function formatIsoDate(date: CivilDate | number): string {
  const { year, month, day } = typeof date === "number" ? fromEpochDay(date) : date;
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Whether an epoch day is a Saturday or a Sunday. */
export function isWeekendEpochDay(n: number): boolean {
  return weekdayOfEpochDay(n) >= 6;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? Number.NaN;
}

/**
 * Number of Monday–Friday days in the epoch-day range [0, n) (negative for n < 0), so that
 * `weekdaysBefore(b) - weekdaysBefore(a)` counts the weekdays in [a, b). O(1).
 */
export function weekdaysBefore(n: number): number {
  const q = Math.floor(n / 7);
  // Day 0 is a Thursday: Thu, Fri count, Sat, Sun don't, Mon, Tue, Wed count.
  return 5 * q + (WEEKDAYS_IN_PREFIX[n - 7 * q] as number);
}
const WEEKDAYS_IN_PREFIX = [0, 1, 2, 2, 2, 3, 4] as const;
const SMALLEST_PREFIX_FOR = [0, 1, 2, 5, 6, 7] as const;

/** The smallest epoch day `x` with `weekdaysBefore(x) >= t` (the inverse of {@link weekdaysBefore}). O(1). */
export function smallestWithWeekdaysBefore(t: number): number {
  const q = Math.floor(t / 5);
  return 7 * q + (SMALLEST_PREFIX_FOR[t - 5 * q] as number);
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** 1991-09-14T17:00:00Z: the end of the last daylight-saving period in China (02:00 CDT → 01:00 CST). */
const LAST_DST_END_MS = 684_867_600_000;
const SHANGHAI_OFFSET_MINUTES = 480;

/**
 * Reads an instant as a civil date and a minute of the day in Asia/Shanghai.
 *
 * China has used UTC+8 without daylight saving since 1991-09-15, so instants from then on use a fixed +08:00
 * (exact, and fast); older instants ask the runtime's time-zone database through `@date-fns/tz` (which knows the
 * 1986–1991 DST periods and the pre-1949 offsets). The host zone is never consulted.
 * Returns `undefined` for an invalid `Date`.
 */
export function instantToShanghai(date: Date): { epochDay: number; minuteOfDay: number } | undefined {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return undefined;
  const offset = ms >= LAST_DST_END_MS ? SHANGHAI_OFFSET_MINUTES : tzOffset("Asia/Shanghai", date);
  const local = ms + offset * MS_PER_MINUTE;
  const epochDay = Math.floor(local / MS_PER_DAY);
  const minuteOfDay = Math.floor((local - epochDay * MS_PER_DAY) / MS_PER_MINUTE);
  return { epochDay, minuteOfDay };
}
