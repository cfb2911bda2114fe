import { InvalidArgumentError } from "./calendar-error";
import { formatShanghaiInstant, momentToEpochMs, toShanghaiMoment } from "./internal/office-hours-instant";
import {
  type OfficeHoursOptions,
  type OfficeHoursSchedule,
  openSpansOn,
  prepareSchedule,
  SEARCH_LIMIT_DAYS,
} from "./office-hours";

/** An amount of working time: hours or minutes (whole minutes in total). */
export type WorkingTimeAmount = { readonly hours: number } | { readonly minutes: number };

function amountInMinutes(amount: WorkingTimeAmount): number {
  const total: unknown =
    typeof amount !== "object" || amount === null
      ? Number.NaN
      : "hours" in amount
        ? amount.hours * 60
        : (amount as { minutes?: unknown }).minutes;
  if (typeof total !== "number" || !Number.isInteger(total) || total < 0)
    throw new InvalidArgumentError(
      "amount",
      "a non-negative whole number of minutes ({ hours } or { minutes })",
      amount,
    );
  return total;
}

/**
 * Adds working time: the instant at which `amount` of open time has passed, counting only open segments of open days
 * (lunch breaks, nights, rest days and closed exceptions are skipped). The result is an ISO instant with `+08:00`; it
 * is the closing time of a segment when the amount ends exactly there.
 *
 * @param instant - the start (`Date` or ISO date-time)
 * @param amount - `{ hours }` or `{ minutes }`, non-negative, whole minutes
 * @param schedule - the office-hours schedule
 * @param options - `calendar`: the working-day calendar (default: mainland)
 * @returns the ISO instant when the working time has elapsed
 * @throws {InvalidDateError} for an invalid instant
 * @throws {InvalidArgumentError} for a negative or fractional amount, an invalid schedule, or one that never opens
 * @throws {CoverageError} when a `"working-days"` schedule needs a date the calendar does not cover
 * @example
 * addWorkingTime("2024-09-30T17:00+08:00", { hours: 2 }, OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak)
 * //=> "2024-10-08T09:30:00+08:00"
 */
export function addWorkingTime(
  instant: Date | string,
  amount: WorkingTimeAmount,
  schedule: OfficeHoursSchedule,
  options?: OfficeHoursOptions,
): string {
  const calendar = prepareSchedule(schedule, options);
  let remaining = amountInMinutes(amount);
  const { epochDay, minuteOfDay } = toShanghaiMoment(instant);
  let idleDays = 0;
  for (let day = epochDay; ; day++) {
    const spans = openSpansOn(day, schedule, calendar);
    if (spans.length === 0) {
      if (++idleDays > SEARCH_LIMIT_DAYS)
        throw new InvalidArgumentError(
          "schedule",
          `a schedule that opens within ${SEARCH_LIMIT_DAYS} days`,
          schedule.name,
        );
      continue;
    }
    idleDays = 0;
    for (const [start, end] of spans) {
      const from = day === epochDay ? Math.max(start, minuteOfDay) : start;
      if (from >= end) continue;
      if (remaining === 0) return formatShanghaiInstant(day, from);
      const available = end - from;
      if (remaining <= available) return formatShanghaiInstant(day, from + remaining);
      remaining -= available;
    }
  }
}

/**
 * The open time, in minutes, between two instants (`later − earlier`; negative when `later` is before `earlier`).
 *
 * @param later - the later instant
 * @param earlier - the earlier instant
 * @param schedule - the office-hours schedule
 * @param options - `calendar`: the working-day calendar (default: mainland)
 * @returns whole minutes of open time in between
 * @throws {InvalidDateError} for an invalid instant
 * @throws {InvalidArgumentError} for an invalid schedule
 * @throws {CoverageError} when a `"working-days"` schedule needs a date the calendar does not cover
 * @example
 * differenceInWorkingMinutes("2024-10-08T09:30+08:00", "2024-09-30T17:00+08:00", OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak)
 * //=> 120
 */
export function differenceInWorkingMinutes(
  later: Date | string,
  earlier: Date | string,
  schedule: OfficeHoursSchedule,
  options?: OfficeHoursOptions,
): number {
  const calendar = prepareSchedule(schedule, options);
  const a = toShanghaiMoment(later, "later");
  const b = toShanghaiMoment(earlier, "earlier");
  const aMs = momentToEpochMs(a.epochDay, a.minuteOfDay);
  const bMs = momentToEpochMs(b.epochDay, b.minuteOfDay);
  const [from, to, sign] = aMs >= bMs ? [b, a, 1] : [a, b, -1];
  let total = 0;
  for (let day = from.epochDay; day <= to.epochDay; day++) {
    for (const [start, end] of openSpansOn(day, schedule, calendar)) {
      const lo = day === from.epochDay ? Math.max(start, from.minuteOfDay) : start;
      const hi = day === to.epochDay ? Math.min(end, to.minuteOfDay) : end;
      if (hi > lo) total += hi - lo;
    }
  }
  return total === 0 ? 0 : sign * total; // never -0
}
