import type { HolidayBreak } from "./calendar-types";
import { defaultCalendar } from "./internal/default-calendar";

/**
 * The holiday breaks a year's notice arranges (amendments applied), each with its rest days, statutory days,
 * in-lieu days and make-up working days (which may lie in the previous December).
 *
 * @param year - the notice year
 * @returns the breaks in date order
 * @throws {InvalidArgumentError} when `year` is not an integer
 * @throws {CoverageError} when no notice covers `year`
 * @example
 * getHolidays(2024).map((b) => `${b.name.zh} ${b.from}..${b.to}`)
 * //=> ["元旦 2023-12-30..2024-01-01", "春节 2024-02-10..2024-02-17", …, "国庆节 2024-10-01..2024-10-07"]
 */
export function getHolidays(year: number): HolidayBreak[] {
  return defaultCalendar().getHolidays(year);
}
