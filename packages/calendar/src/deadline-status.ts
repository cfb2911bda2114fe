import { InvalidArgumentError } from "./calendar-error";
import type { Calendar } from "./calendar-types";
import { formatIsoDate } from "./internal/civil-date";
import { defaultCalendar } from "./internal/default-calendar";
import { toShanghaiMoment } from "./internal/office-hours-instant";
import type { OfficeHoursSchedule } from "./office-hours";
import { toEpochDayInput } from "./parse-date";
import { differenceInWorkingMinutes } from "./working-time";

/** Where a deadline stands at a given instant. */
export interface DeadlineStatus {
  /** `pending` before the due date, `due-today` on it (until the due instant), `overdue` after the due instant. */
  readonly status: "pending" | "due-today" | "overdue";
  /** Calendar days from today (in Shanghai) to the due date; negative when past. */
  readonly calendarDaysLeft: number;
  /** Working days after today up to and including the due date; negative when past. */
  readonly workingDaysLeft: number;
  /** Open minutes left until the due instant, when `officeHours` is given (negative when past). */
  readonly workingMinutesLeft?: number;
  /** `workingMinutesLeft` in hours, rounded down to 0.1 h. */
  readonly workingHoursLeft?: number;
}

/** Options of {@link deadlineStatus}. */
export interface DeadlineStatusOptions {
  /** The working-day calendar (default: mainland). */
  readonly calendar?: Calendar;
  /** Office hours, to report the working time left. */
  readonly officeHours?: OfficeHoursSchedule;
}

/**
 * Where a deadline stands at `now` — which is always an argument, never read from a clock.
 *
 * @param deadline - a deadline from {@link computeDeadline} (or any `{ dueDate, dueInstant }`)
 * @param now - the instant to judge at (`Date` or ISO date-time; read in Asia/Shanghai)
 * @param options - `calendar`, and `officeHours` for the working time left
 * @returns the status with calendar days, working days and (with office hours) working time left
 * @throws {InvalidDateError} for an invalid `now` or deadline
 * @example
 * deadlineStatus(computeDeadline("2024-12-30", { workingDays: 15 }), "2025-01-20T10:00+08:00")
 * //=> { status: "pending", calendarDaysLeft: 1, workingDaysLeft: 1 }
 */
export function deadlineStatus(
  deadline: { readonly dueDate: string; readonly dueInstant: string },
  now: Date | string,
  options: DeadlineStatusOptions = {},
): DeadlineStatus {
  if (typeof deadline !== "object" || deadline === null)
    throw new InvalidArgumentError("deadline", "a deadline with dueDate and dueInstant", deadline);
  const calendar = options.calendar ?? defaultCalendar();
  const due = toEpochDayInput(deadline.dueDate);
  const dueAt = toShanghaiMoment(deadline.dueInstant, "deadline.dueInstant");
  const at = toShanghaiMoment(now, "now");
  const today = at.epochDay;
  const passed = at.epochDay > dueAt.epochDay || (at.epochDay === dueAt.epochDay && at.minuteOfDay > dueAt.minuteOfDay);
  const status = passed ? "overdue" : today === due ? "due-today" : "pending";
  const workingDaysLeft = calendar.differenceInWorkingDays(formatIsoDate(due), formatIsoDate(today));
  const result: DeadlineStatus = { status, calendarDaysLeft: due - today, workingDaysLeft };
  if (!options.officeHours) return result;
  const minutes = differenceInWorkingMinutes(deadline.dueInstant, now, options.officeHours, { calendar });
  // `+ 0` turns a -0 (less than 6 minutes overdue) into 0
  return { ...result, workingMinutesLeft: minutes, workingHoursLeft: Math.trunc(minutes / 6) / 10 + 0 };
}
