import { defaultCalendar } from "./internal/default-calendar";
import type { DateInput } from "./parse-date";

/**
 * The signed number of working days from `earlier` to `later`: the working days in (earlier, later] — the start
 * day excluded, the end day included, as `addWorkingDays` counts — negated when `later` is before `earlier`.
 *
 * Laws: `differenceInWorkingDays(addWorkingDays(d, n), d) === n` for n ≥ 0 (and for n < 0 when `d` is a working
 * day); `addWorkingDays(b, differenceInWorkingDays(a, b)) === a` when a ≥ b and `a` is a working day;
 * `differenceInWorkingDays(a, b) === -differenceInWorkingDays(b, a)`.
 *
 * @param later - the end date
 * @param earlier - the start date
 * @returns the signed working-day difference
 * @throws {InvalidDateError} when a date is not valid
 * @throws {CoverageError} when a day between them is not covered by a notice
 * @example
 * differenceInWorkingDays("2025-01-21", "2024-12-30")
 * //=> 15
 */
export function differenceInWorkingDays(later: DateInput, earlier: DateInput): number {
  return defaultCalendar().differenceInWorkingDays(later, earlier);
}
