// biome-ignore-all assist/source/organizeImports: the public API is grouped by concept, not sorted by path
// @xunshi/calendar — China's working-day calendar. The public API, listed explicitly.

// ── Default mainland calendar (bundled notices 2004–2026, no fallback) ──
export { isWorkingDay } from "./is-working-day";
export { getDayInfo } from "./get-day-info";
export { addWorkingDays, subWorkingDays } from "./add-working-days";
export { nextWorkingDay, previousWorkingDay } from "./next-working-day";
export { countWorkingDays } from "./count-working-days";
export { differenceInWorkingDays } from "./difference-in-working-days";
export { getHolidays } from "./get-holidays";
export { toICS } from "./to-ics";

// ── Calendars with added notices, fallbacks and overlays ──
export { createCalendar } from "./calendar";
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

// ── Dates ──
export { type DateInput, parseDate } from "./parse-date";

// ── Data: the notice format and the holiday-cn importer ──
export {
  FESTIVAL_NAMES,
  type FestivalKey,
  type HolidayBreakData,
  type HolidayName,
  type HolidayNoticeData,
} from "./holiday-notice";
export { type FromHolidayCnOptions, fromHolidayCn, type HolidayCnYear } from "./from-holiday-cn";

// ── Errors ──
export {
  CalendarError,
  type CalendarErrorCode,
  CoverageError,
  InvalidArgumentError,
  InvalidCalendarDataError,
  InvalidDateError,
} from "./calendar-error";

// ── Deadlines and office hours ──
export {
  type ComputeDeadlineOptions,
  computeDeadline,
  type Deadline,
  type DeadlinePause,
  type DeadlineStep,
} from "./compute-deadline";
export {
  type DeadlineCounting,
  type DeadlineExtension,
  type DeadlinePeriod,
  type DeadlineRule,
  type DeadlineRuleSet,
  type DeadlineRuleSource,
  type DefineDeadlineRulesOptions,
  defineDeadlineRules,
  validateDeadlineRule,
} from "./deadline-rule";
export { type DeadlineStatus, type DeadlineStatusOptions, deadlineStatus } from "./deadline-status";
export { getBuiltInDeadlineRules, getDeadlineRule } from "./get-deadline-rule";
export {
  isWithinOfficeHours,
  nextOpening,
  OFFICE_HOURS_PRESETS,
  type OfficeHoursException,
  type OfficeHoursOptions,
  type OfficeHoursSchedule,
  type OfficeHoursSeason,
  type TimeSegment,
  validateOfficeHoursSchedule,
} from "./office-hours";
export { addWorkingTime, differenceInWorkingMinutes, type WorkingTimeAmount } from "./working-time";
