import type { DayInfo } from "./calendar-types";
import { defaultCalendar } from "./internal/default-calendar";
import type { DateInput } from "./parse-date";

/**
 * Explains a day: its kind (`workday`, `weekend`, `statutory-holiday`, `in-lieu-rest`, `makeup-workday`), the
 * holiday break it belongs to (Chinese and English names), the notice it comes from, and whether it is provisional.
 *
 * @param date - an ISO date, a `{ year, month, day }` or a `Date` (read in Asia/Shanghai)
 * @returns the day's {@link DayInfo}
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {CoverageError} when no notice covers `date`
 * @example
 * getDayInfo("2024-10-12")
 * //=> { date: "2024-10-12", weekday: 6, kind: "makeup-workday", isWorkingDay: true, provisional: false,
 * //     holiday: { key: "national-day", name: { zh: "国庆节", en: "National Day" } },
 * //     notice: { id: "2024", number: "国办发明电〔2023〕7号", published: "2023-10-25", url: "https://www.gov.cn/…" } }
 */
export function getDayInfo(date: DateInput): DayInfo {
  return defaultCalendar().getDayInfo(date);
}
