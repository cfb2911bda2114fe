import { defaultCalendar } from "./internal/default-calendar";
import type { DateInput } from "./parse-date";

/**
 * The first working day after `date` (`addWorkingDays(date, 1)`).
 *
 * @param date - the date
 * @returns the next working day as `YYYY-MM-DD`
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {CoverageError} when the search needs a date no notice covers
 * @example
 * nextWorkingDay("2024-09-30")
 * //=> "2024-10-08"
 */
export function nextWorkingDay(date: DateInput): string {
  return defaultCalendar().nextWorkingDay(date);
}

/**
 * The last working day before `date` (`addWorkingDays(date, -1)`).
 *
 * @param date - the date
 * @returns the previous working day as `YYYY-MM-DD`
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {CoverageError} when the search needs a date no notice covers
 * @example
 * previousWorkingDay("2024-10-08")
 * //=> "2024-09-30"
 */
export function previousWorkingDay(date: DateInput): string {
  return defaultCalendar().previousWorkingDay(date);
}
