import { defaultCalendar } from "./internal/default-calendar";
import type { DateInput } from "./parse-date";

/**
 * The number of working days in the closed range [`from`, `to`]. O(1).
 *
 * @param from - first date of the range
 * @param to - last date of the range (on or after `from`)
 * @returns the number of working days, both ends included
 * @throws {InvalidDateError} when a date is not valid
 * @throws {InvalidArgumentError} when `to` is before `from`
 * @throws {CoverageError} when a day of the range is not covered by a notice
 * @example
 * countWorkingDays("2024-10-12", "2025-01-07")
 * //=> 62
 */
export function countWorkingDays(from: DateInput, to: DateInput): number {
  return defaultCalendar().countWorkingDays(from, to);
}
