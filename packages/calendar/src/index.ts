// @xunshi/calendar — China's working-day calendar. The public API, listed explicitly.

// ── Default mainland calendar ──
export { addWorkingDays, subWorkingDays } from "./add-working-days";
// ── Calendar ──
export { createCalendar } from "./calendar";
// ── Errors ──
export {
  CalendarError,
  type CalendarErrorCode,
  CoverageError,
  InvalidArgumentError,
  InvalidCalendarDataError,
  InvalidDateError,
} from "./calendar-error";
export type {
  Calendar,
  CalendarCoverage,
  CalendarOverlay,
  CreateCalendarOptions,
  DayInfo,
  DayKind,
  DetailedCount,
  DetailedDate,
  FallbackPolicy,
  HolidayBreak,
  NoticeReference,
  Observance,
  ToIcsOptions,
} from "./calendar-types";
export { countWorkingDays } from "./count-working-days";
export { differenceInWorkingDays } from "./difference-in-working-days";
// ── Data ──
export { type FromHolidayCnOptions, fromHolidayCn, type HolidayCnYear } from "./from-holiday-cn";
export { getDayInfo } from "./get-day-info";
export { getHolidays } from "./get-holidays";
export {
  FESTIVAL_NAMES,
  type FestivalKey,
  type HolidayBreakData,
  type HolidayName,
  type HolidayNoticeData,
} from "./holiday-notice";
export { isWorkingDay } from "./is-working-day";
export { nextWorkingDay, previousWorkingDay } from "./next-working-day";
// ── Dates ──
export { type DateInput, parseDate } from "./parse-date";
export { toICS } from "./to-ics";

// ── Deadlines and office hours (see deadline helper) ──
