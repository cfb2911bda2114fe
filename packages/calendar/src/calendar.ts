import { InvalidArgumentError } from "./calendar-error";
import type { Calendar, CreateCalendarOptions, FallbackPolicy } from "./calendar-types";
import { buildCalendar } from "./internal/build-calendar";
import { forecastYear } from "./internal/forecast";
import { LUNAR_TABLE_LAST_YEAR } from "./internal/lunar-table";
import { BUILT_IN_NOTICES } from "./internal/notices-data";
import { observancesOn } from "./internal/observances";
import { statutoryDaysOf } from "./internal/regulation";

const FALLBACKS: readonly FallbackPolicy[] = ["none", "weekdays", "provisional"];

/**
 * Creates a working-day calendar: the bundled State Council notices (2004–2026), plus any notices you add, a
 * fallback policy for years without a notice, and local overlays.
 *
 * @param options - added notices, `builtIn: false` to start empty, `fallback`, `overlays`, `partialPopulation`
 * @returns a {@link Calendar}; the index is built once here (a few milliseconds), every query is then O(1) or
 *   O(log n)
 * @throws {InvalidCalendarDataError} when a notice or an overlay is malformed (bad date, a make-up day that is not
 *   a weekend, an amendment of an unknown notice)
 * @throws {InvalidArgumentError} when `fallback` is not one of `'none' | 'weekdays' | 'provisional'`
 * @example
 * const cal = createCalendar({
 *   fallback: "provisional",
 *   overlays: [{ name: "Unit A", reason: "Move to new offices", closures: ["2024-06-14"] }],
 * });
 * cal.isWorkingDay("2024-06-14")
 * //=> false
 * cal.getDayInfo("2027-10-04").provisional
 * //=> true
 */
export function createCalendar(options: CreateCalendarOptions = {}): Calendar {
  const fallback = options.fallback ?? "none";
  if (!FALLBACKS.includes(fallback)) {
    throw new InvalidArgumentError("fallback", "'none', 'weekdays' or 'provisional'", fallback);
  }
  if (options.notices !== undefined && !Array.isArray(options.notices)) {
    throw new InvalidArgumentError("notices", "an array of notices", options.notices);
  }
  const notices = [...(options.builtIn === false ? [] : BUILT_IN_NOTICES), ...(options.notices ?? [])];
  return buildCalendar(notices, options, {
    statutoryDaysOf,
    forecastYear,
    forecastLastYear: LUNAR_TABLE_LAST_YEAR,
    observancesOn,
  });
}
