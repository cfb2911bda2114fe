import { defaultCalendar } from "./internal/default-calendar";
import type { DateInput } from "./parse-date";

/**
 * The `amount`-th working day after `date` (the start day is not counted, as in 民法典 art. 201); a negative
 * amount goes back, 0 returns `date` itself.
 *
 * Law: for `amount >= 0`, `differenceInWorkingDays(addWorkingDays(d, amount), d) === amount`.
 *
 * @param date - the start date (ISO, `{ year, month, day }` or a `Date` read in Asia/Shanghai)
 * @param amount - a whole number of working days
 * @returns the resulting date as `YYYY-MM-DD`
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {InvalidArgumentError} when `amount` is not a safe integer
 * @throws {CoverageError} when a day the count passes over is not covered by a notice
 * @example
 * addWorkingDays("2024-12-30", 15)
 * //=> "2025-01-21"
 */
export function addWorkingDays(date: DateInput, amount: number): string {
  return defaultCalendar().addWorkingDays(date, amount);
}

/**
 * The `amount`-th working day before `date`: `subWorkingDays(d, n) === addWorkingDays(d, -n)`.
 *
 * @param date - the start date
 * @param amount - a whole number of working days
 * @returns the resulting date as `YYYY-MM-DD`
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {InvalidArgumentError} when `amount` is not a safe integer
 * @throws {CoverageError} when a day the count passes over is not covered by a notice
 * @example
 * subWorkingDays("2024-10-08", 1)
 * //=> "2024-09-30"
 */
export function subWorkingDays(date: DateInput, amount: number): string {
  return defaultCalendar().subWorkingDays(date, amount);
}
