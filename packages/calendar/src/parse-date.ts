import { InvalidDateError } from "./calendar-error";
import { daysInMonth, formatIsoDate, instantToShanghai, toEpochDay } from "./internal/civil-date";

/**
 * A civil date as accepted by every function of this package:
 * - an ISO 8601 calendar date string `YYYY-MM-DD`;
 * - a `{ year, month, day }` object (month 1–12);
 * - a `Date` instant, read as the civil date it is in Asia/Shanghai (never in the host's time zone).
 */
export type DateInput = string | { readonly year: number; readonly month: number; readonly day: number } | Date;

const EXPECTED = "an ISO date 'YYYY-MM-DD', a { year, month, day } object or a valid Date";

function checkedEpochDay(input: DateInput, year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new InvalidDateError(input, EXPECTED, `year must be an integer from 1 to 9999, got ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidDateError(input, EXPECTED, `month must be an integer from 1 to 12, got ${month}`);
  }
  const dim = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > dim) {
    throw new InvalidDateError(
      input,
      EXPECTED,
      `day must be an integer from 1 to ${dim} for ${year}-${month < 10 ? "0" : ""}${month}, got ${day}`,
    );
  }
  return toEpochDay(year, month, day);
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * Converts a date input to an epoch day (days since 1970-01-01). Internal fast path of every query.
 * @internal
 */
export function toEpochDayInput(input: DateInput): number {
  if (typeof input === "string") {
    if (input.length === 10 && input.charCodeAt(4) === 45 && input.charCodeAt(7) === 45) {
      const year = digit(input, 0) * 1000 + digit(input, 1) * 100 + digit(input, 2) * 10 + digit(input, 3);
      const month = digit(input, 5) * 10 + digit(input, 6);
      const day = digit(input, 8) * 10 + digit(input, 9);
      if (!Number.isNaN(year + month + day)) {
        // Fast path for well-formed dates in the common range.
        if (month >= 1 && month <= 12 && day >= 1 && day <= 28 && year >= 1) return toEpochDay(year, month, day);
        return checkedEpochDay(input, year, month, day);
      }
    }
    throw new InvalidDateError(input, EXPECTED);
  }
  if (input instanceof Date) {
    const local = instantToShanghai(input);
    if (local === undefined) throw new InvalidDateError(input, EXPECTED);
    return local.epochDay;
  }
  if (typeof input === "object" && input !== null) {
    return checkedEpochDay(input, input.year, input.month, input.day);
  }
  throw new InvalidDateError(input, EXPECTED);
}

/**
 * Validates a date input and returns it as an ISO `YYYY-MM-DD` string.
 *
 * A `Date` is an instant: it is read as the civil date it is in Asia/Shanghai (UTC+8), whatever the host's zone.
 *
 * @param input - an ISO date string, a `{ year, month, day }` object or a `Date`
 * @returns the civil date as `YYYY-MM-DD`
 * @throws {InvalidDateError} when the input is not a real calendar date (`'2024-02-30'`, `'garbage'`, month 13,
 *   an invalid `Date`)
 * @example
 * parseDate({ year: 2024, month: 10, day: 12 })
 * //=> "2024-10-12"
 * parseDate(new Date("2024-10-11T16:30:00Z")) // 00:30 on Oct 12 in Beijing
 * //=> "2024-10-12"
 */
export function parseDate(input: DateInput): string {
  return formatIsoDate(toEpochDayInput(input));
}
