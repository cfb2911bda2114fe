import { InvalidDateError } from "../calendar-error";
import { daysInMonth, formatIsoDate, instantToShanghai, toEpochDay } from "./civil-date";

/** An instant as a civil date and minute of the day in Asia/Shanghai. */
export interface ShanghaiMoment {
  /** Days since 1970-01-01 of the civil date in Asia/Shanghai. */
  readonly epochDay: number;
  /** Minutes since 00:00 of that day (0–1439). */
  readonly minuteOfDay: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 60 * MS_PER_MINUTE;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;
const OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an instant: a `Date`, an ISO date-time with `Z` or an offset, or an ISO date-time without offset, which is read
 * as wall-clock time in Asia/Shanghai (never in the host zone).
 */
export function toShanghaiMoment(input: Date | string, argument = "instant"): ShanghaiMoment {
  if (input instanceof Date) {
    const moment = instantToShanghai(input);
    if (!moment) throw new InvalidDateError(input, "a valid Date instant", `argument ${argument}`);
    return moment;
  }
  if (typeof input === "string") {
    const local = LOCAL_DATE_TIME.exec(input);
    if (local) {
      const [, y, mo, d, h, mi, s] = local;
      const year = Number(y);
      const month = Number(mo);
      const day = Number(d);
      const hour = Number(h);
      const minute = Number(mi);
      const second = s === undefined ? 0 : Number(s);
      const valid =
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysInMonth(year, month) &&
        hour <= 23 &&
        minute <= 59 &&
        second <= 59;
      if (!valid)
        throw new InvalidDateError(
          input,
          "a real date-time such as 2024-10-12T09:30 or 2024-10-12T01:30:00Z",
          `argument ${argument}`,
        );
      return { epochDay: toEpochDay(year, month, day), minuteOfDay: hour * 60 + minute };
    }
    if (OFFSET_DATE_TIME.test(input)) {
      const date = new Date(input);
      const moment = Number.isNaN(date.getTime()) ? undefined : instantToShanghai(date);
      if (moment) return moment;
    }
  }
  throw new InvalidDateError(
    input,
    "a Date or an ISO date-time such as 2024-10-12T09:30:00+08:00",
    `argument ${argument}`,
  );
}

/** Milliseconds since the epoch of a Shanghai wall-clock moment (UTC+8, exact since 1991). */
export function momentToEpochMs(epochDay: number, minuteOfDay: number): number {
  return epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - SHANGHAI_OFFSET_MS;
}

/** Formats a Shanghai wall-clock moment as an ISO instant with `+08:00`, e.g. `2024-10-12T08:30:00+08:00`. */
export function formatShanghaiInstant(epochDay: number, minuteOfDay: number): string {
  let day = epochDay;
  let minute = minuteOfDay;
  if (minute >= 1440) {
    day += Math.floor(minute / 1440);
    minute %= 1440;
  }
  const hh = String(Math.floor(minute / 60)).padStart(2, "0");
  const mm = String(minute % 60).padStart(2, "0");
  return `${formatIsoDate(day)}T${hh}:${mm}:00+08:00`;
}

/** The last instant of a civil day in Shanghai (24:00, written as 23:59:59.999). */
export function formatEndOfShanghaiDay(epochDay: number): string {
  return `${formatIsoDate(epochDay)}T23:59:59.999+08:00`;
}
