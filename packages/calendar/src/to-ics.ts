import { InvalidArgumentError } from "./calendar-error";
import type { ToIcsOptions } from "./calendar-types";
import { defaultCalendar } from "./internal/default-calendar";
import { buildIcs } from "./internal/ics";
import { indexOf } from "./internal/registry";

/**
 * An RFC 5545 iCalendar of the holiday breaks and make-up working days between two dates, for calendar apps:
 * all-day events with an exclusive `DTEND`, CRLF line ends, folded lines, stable UIDs, and a DTSTAMP taken from
 * `options.dtstamp` or from the notices' publication dates (never from a clock).
 *
 * @param options - `from`, `to` (inclusive), `lang` (`'zh'` default or `'en'`), `dtstamp`, `makeupDays`, `name`,
 *   and `calendar` (default: the mainland calendar)
 * @returns the `text/calendar` document
 * @throws {InvalidDateError} when `from` or `to` is not a valid date
 * @throws {InvalidArgumentError} when `to` is before `from`, `lang` is unknown or `calendar` was not made by
 *   `createCalendar`
 * @throws {CoverageError} when the range leaves the covered years
 * @example
 * toICS({ from: "2024-10-01", to: "2024-10-31", lang: "en" }).split("\r\n").filter((l) => l.startsWith("SUMMARY"))
 * //=> ["SUMMARY:National Day (holiday)", "SUMMARY:National Day (make-up working day)"]
 */
export function toICS(options: ToIcsOptions): string {
  const calendar = options.calendar ?? defaultCalendar();
  const index = indexOf(calendar);
  if (index === undefined)
    throw new InvalidArgumentError("calendar", "a calendar made by createCalendar", "another object");
  return buildIcs(index, options);
}
