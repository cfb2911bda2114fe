import { defaultCalendar } from "./internal/default-calendar";
import type { DateInput } from "./parse-date";

/**
 * Whether a date is a working day in mainland China: a Monday–Friday that no holiday notice gives off, or a
 * Saturday/Sunday a notice makes a working day (调休上班). Uses the default calendar (bundled notices 2004–2026,
 * no fallback); see {@link createCalendar} for other policies.
 *
 * @param date - an ISO date, a `{ year, month, day }` or a `Date` (read in Asia/Shanghai)
 * @returns `true` for a working day
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {CoverageError} when no notice covers `date`
 * @example
 * isWorkingDay("2024-10-12") // a Saturday, worked for National Day
 * //=> true
 * isWorkingDay("2024-10-07") // a Monday inside the National Day break
 * //=> false
 */
export function isWorkingDay(date: DateInput): boolean {
  return defaultCalendar().isWorkingDay(date);
}
