import { InvalidArgumentError } from "./calendar-error";
import type { Calendar } from "./calendar-types";
import { formatIsoDate, fromEpochDay } from "./internal/civil-date";
import { defaultCalendar } from "./internal/default-calendar";
import { formatShanghaiInstant, toShanghaiMoment } from "./internal/office-hours-instant";

/** A span of a day during which a desk is open, as wall-clock times in Asia/Shanghai (`"08:30"`–`"12:00"`). */
export interface TimeSegment {
  /** Opening time, `HH:MM` (inclusive). */
  readonly start: string;
  /** Closing time, `HH:MM` (exclusive); `"24:00"` is allowed. */
  readonly end: string;
}

/** Other hours for part of the year (summer and winter hours, common in northern provinces). */
export interface OfficeHoursSeason {
  /** Name, e.g. `"summer"` or `"夏季作息"`. */
  readonly name: string;
  /** First day of the season, `MM-DD` (inclusive). A season may wrap the year end (`"10-01"` to `"04-30"`). */
  readonly from: string;
  /** Last day of the season, `MM-DD` (inclusive). */
  readonly to: string;
  /** The hours during the season. */
  readonly segments: readonly TimeSegment[];
}

/** A dated exception: a day closed, or open at other hours. */
export interface OfficeHoursException {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** `true`: closed all day. */
  readonly closed?: boolean;
  /** The hours of that day (opens the desk even on a rest day). */
  readonly segments?: readonly TimeSegment[];
  /** Why (e.g. the round's announcement). */
  readonly reason?: string;
}

/**
 * When a desk or hotline is open: time segments per day (lunch breaks are gaps between segments), on working days only
 * (`"working-days"`, per the working-day calendar, make-up Saturdays included) or every day (`"every-day"`), with
 * seasonal variants and dated exceptions. All times are wall-clock times in Asia/Shanghai.
 */
export interface OfficeHoursSchedule {
  /** Optional name, e.g. `"巡视组值班电话"`. */
  readonly name?: string;
  /** `"working-days"`: open on the calendar's working days only; `"every-day"`: open every day. */
  readonly days: "working-days" | "every-day";
  /** The daily hours, in order, not overlapping. */
  readonly segments: readonly TimeSegment[];
  /** Seasonal hours replacing `segments` on the days they cover. */
  readonly seasons?: readonly OfficeHoursSeason[];
  /** Dated exceptions; they win over everything else. */
  readonly exceptions?: readonly OfficeHoursException[];
}

/** Options of the office-hours functions. */
export interface OfficeHoursOptions {
  /** The working-day calendar for `"working-days"` schedules (default: the mainland calendar). */
  readonly calendar?: Calendar;
}

/**
 * Ready-made schedules seen in inspection announcements (reference.md §1.8).
 *
 * @example
 * isWithinOfficeHours("2024-10-13T09:00", OFFICE_HOURS_PRESETS.dailyEightToSix)
 * //=> true (central teams answer every day 8:00–18:00)
 */
export const OFFICE_HOURS_PRESETS = {
  /** Central and provincial teams: every day 8:00–18:00 (e.g. the central 2020 round). */
  dailyEightToSix: {
    name: "每天 8:00–18:00",
    days: "every-day",
    segments: [{ start: "08:00", end: "18:00" }],
  },
  /** Every day 10:00–20:00 (Beijing time): the Xinjiang hours of the central 2020 round. */
  dailyTenToEight: {
    name: "每天 10:00–20:00",
    days: "every-day",
    segments: [{ start: "10:00", end: "20:00" }],
  },
  /** Working days 8:00–18:00 (e.g. a district 巡察, Henan 2020). */
  workingDaysEightToSix: {
    name: "工作日 8:00–18:00",
    days: "working-days",
    segments: [{ start: "08:00", end: "18:00" }],
  },
  /** Working days with a lunch break: 8:30–12:00 and 14:30–18:00 (e.g. a district 巡察, Shaanxi 2022). */
  workingDaysWithLunchBreak: {
    name: "工作日 8:30–12:00, 14:30–18:00",
    days: "working-days",
    segments: [
      { start: "08:30", end: "12:00" },
      { start: "14:30", end: "18:00" },
    ],
  },
  /** Working days 9:00–12:00 and 14:00–18:00 (e.g. a city special 巡察, Xi'an 2020). */
  workingDaysNineToSixWithLunchBreak: {
    name: "工作日 9:00–12:00, 14:00–18:00",
    days: "working-days",
    segments: [
      { start: "09:00", end: "12:00" },
      { start: "14:00", end: "18:00" },
    ],
  },
  /** Working days with summer and winter hours, as many northern units keep them. */
  workingDaysSummerWinter: {
    name: "工作日 夏季/冬季作息",
    days: "working-days",
    segments: [
      { start: "08:30", end: "12:00" },
      { start: "14:30", end: "18:00" },
    ],
    seasons: [
      {
        name: "winter",
        from: "10-01",
        to: "04-30",
        segments: [
          { start: "08:30", end: "12:00" },
          { start: "14:00", end: "17:30" },
        ],
      },
    ],
  },
} as const satisfies Record<string, OfficeHoursSchedule>;

type Span = readonly [number, number];
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validated = new WeakSet<object>();

function minutes(time: string): number {
  return time === "24:00" ? 1440 : Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function checkSegments(segments: unknown, path: string): void {
  if (!Array.isArray(segments)) throw new InvalidArgumentError(path, "an array of { start, end } segments", segments);
  let previousEnd = -1;
  segments.forEach((segment: unknown, i) => {
    const here = `${path}[${i}]`;
    const s = segment as Partial<TimeSegment> | null;
    if (typeof s?.start !== "string" || !TIME.test(s.start) || s.start === "24:00")
      throw new InvalidArgumentError(`${here}.start`, "a time HH:MM from 00:00 to 23:59", s?.start);
    if (typeof s.end !== "string" || !TIME.test(s.end))
      throw new InvalidArgumentError(`${here}.end`, "a time HH:MM from 00:01 to 24:00", s.end);
    const start = minutes(s.start);
    const end = minutes(s.end);
    if (end <= start) throw new InvalidArgumentError(`${here}.end`, `a time after the start ${s.start}`, s.end);
    if (start < previousEnd)
      throw new InvalidArgumentError(`${here}.start`, "segments in order and not overlapping", s.start);
    previousEnd = end;
  });
}

/**
 * Checks an office-hours schedule and returns it unchanged.
 *
 * @param schedule - the schedule to check
 * @returns the same schedule
 * @throws {InvalidArgumentError} naming the path of the first problem (`schedule.segments[1].end`, …)
 * @example
 * validateOfficeHoursSchedule({ days: "every-day", segments: [{ start: "18:00", end: "08:00" }] })
 * //=> throws InvalidArgumentError: Invalid schedule.segments[0].end: expected a time after the start 18:00, received string 08:00.
 */
export function validateOfficeHoursSchedule<T extends OfficeHoursSchedule>(schedule: T): T {
  if (typeof schedule !== "object" || schedule === null)
    throw new InvalidArgumentError("schedule", "an office-hours schedule object", schedule);
  if (validated.has(schedule)) return schedule;
  if (schedule.days !== "working-days" && schedule.days !== "every-day")
    throw new InvalidArgumentError("schedule.days", '"working-days" or "every-day"', schedule.days);
  checkSegments(schedule.segments, "schedule.segments");
  (schedule.seasons ?? []).forEach((season, i) => {
    const here = `schedule.seasons[${i}]`;
    if (typeof season?.name !== "string" || season.name === "")
      throw new InvalidArgumentError(`${here}.name`, "a non-empty name", season?.name);
    if (typeof season.from !== "string" || !MONTH_DAY.test(season.from))
      throw new InvalidArgumentError(`${here}.from`, "a month-day MM-DD", season.from);
    if (typeof season.to !== "string" || !MONTH_DAY.test(season.to))
      throw new InvalidArgumentError(`${here}.to`, "a month-day MM-DD", season.to);
    checkSegments(season.segments, `${here}.segments`);
  });
  (schedule.exceptions ?? []).forEach((exception, i) => {
    const here = `schedule.exceptions[${i}]`;
    if (typeof exception?.date !== "string" || !ISO_DATE.test(exception.date))
      throw new InvalidArgumentError(`${here}.date`, "a date YYYY-MM-DD", exception?.date);
    if (exception.closed !== true && exception.segments === undefined)
      throw new InvalidArgumentError(here, "closed: true or segments", exception);
    if (exception.segments !== undefined) checkSegments(exception.segments, `${here}.segments`);
  });
  validated.add(schedule);
  return schedule;
}

function inSeason(monthDay: string, season: OfficeHoursSeason): boolean {
  return season.from <= season.to
    ? monthDay >= season.from && monthDay <= season.to
    : monthDay >= season.from || monthDay <= season.to;
}

function toSpans(segments: readonly TimeSegment[]): Span[] {
  return segments.map((s) => [minutes(s.start), minutes(s.end)] as const);
}

/**
 * The open spans (minutes of the day) of a civil day under a schedule.
 * @internal
 */
export function openSpansOn(epochDay: number, schedule: OfficeHoursSchedule, calendar: Calendar): Span[] {
  const iso = formatIsoDate(epochDay);
  const exception = schedule.exceptions?.find((e) => e.date === iso);
  if (exception) return exception.closed === true ? [] : toSpans(exception.segments ?? []);
  if (schedule.days === "working-days" && !calendar.isWorkingDay(iso)) return [];
  const { month, day } = fromEpochDay(epochDay);
  const monthDay = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const season = schedule.seasons?.find((s) => inSeason(monthDay, s));
  return toSpans(season ? season.segments : schedule.segments);
}

/**
 * How far ahead (in days) the office-hours searches look before concluding a schedule never opens.
 * @internal
 */
export const SEARCH_LIMIT_DAYS = 400;

/**
 * Validates a schedule and picks the calendar.
 * @internal
 */
export function prepareSchedule(schedule: OfficeHoursSchedule, options: OfficeHoursOptions | undefined): Calendar {
  validateOfficeHoursSchedule(schedule);
  return options?.calendar ?? defaultCalendar();
}

/**
 * Whether the desk is open at an instant. Instants are read in Asia/Shanghai whatever the host zone; an ISO date-time
 * without offset is Shanghai wall-clock time. Opening times are inclusive, closing times exclusive.
 *
 * @param instant - a `Date` or an ISO date-time
 * @param schedule - the office-hours schedule
 * @param options - `calendar`: the working-day calendar (default: mainland)
 * @returns `true` when the instant falls in an open segment of an open day
 * @throws {InvalidDateError} for an invalid instant
 * @throws {InvalidArgumentError} for an invalid schedule
 * @throws {CoverageError} when a `"working-days"` schedule needs a date the calendar does not cover
 * @example
 * isWithinOfficeHours("2024-10-12T09:00+08:00", OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak)
 * //=> true (a make-up working Saturday)
 * isWithinOfficeHours("2024-10-14T12:30", OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak)
 * //=> false (lunch break)
 */
export function isWithinOfficeHours(
  instant: Date | string,
  schedule: OfficeHoursSchedule,
  options?: OfficeHoursOptions,
): boolean {
  const calendar = prepareSchedule(schedule, options);
  const { epochDay, minuteOfDay } = toShanghaiMoment(instant);
  return openSpansOn(epochDay, schedule, calendar).some(([start, end]) => minuteOfDay >= start && minuteOfDay < end);
}

/**
 * The first moment, at or after `instant`, at which the desk is open: the instant itself when it is open, else the
 * next opening. Returned as an ISO instant with `+08:00`.
 *
 * @param instant - a `Date` or an ISO date-time
 * @param schedule - the office-hours schedule
 * @param options - `calendar`: the working-day calendar (default: mainland)
 * @returns the ISO instant of the next opening, e.g. `"2024-10-08T08:30:00+08:00"`
 * @throws {InvalidArgumentError} when the schedule does not open within 400 days
 * @throws {CoverageError} when the search reaches a date the calendar does not cover
 * @example
 * nextOpening("2024-09-30T18:30+08:00", OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak)
 * //=> "2024-10-08T08:30:00+08:00" (after the National Day break)
 */
export function nextOpening(
  instant: Date | string,
  schedule: OfficeHoursSchedule,
  options?: OfficeHoursOptions,
): string {
  const calendar = prepareSchedule(schedule, options);
  const { epochDay, minuteOfDay } = toShanghaiMoment(instant);
  for (let day = epochDay; day <= epochDay + SEARCH_LIMIT_DAYS; day++) {
    for (const [start, end] of openSpansOn(day, schedule, calendar)) {
      if (day === epochDay && minuteOfDay >= end) continue;
      const at = day === epochDay ? Math.max(start, minuteOfDay) : start;
      return formatShanghaiInstant(day, at);
    }
  }
  throw new InvalidArgumentError("schedule", `a schedule that opens within ${SEARCH_LIMIT_DAYS} days`, schedule.name);
}
