import { parseDate } from "@xunshi/calendar";
import { DomainError } from "../domain-error";

const LOCAL = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * The civil date in Asia/Shanghai of an instant: a `Date`, an ISO date-time with offset, or an ISO date-time without
 * offset read as Shanghai wall-clock time (as `@xunshi/calendar` reads it). Never the host's zone.
 *
 * @throws {DomainError} code `INVALID_ARGUMENT` for anything else
 */
export function shanghaiDay(instant: Date | string, what = "instant"): string {
  if (instant instanceof Date) {
    if (Number.isNaN(instant.getTime()))
      throw new DomainError("INVALID_ARGUMENT", `Invalid ${what}: expected a valid Date, received an invalid Date.`);
    return parseDate(instant);
  }
  if (typeof instant === "string") {
    const local = LOCAL.exec(instant);
    const valid =
      local?.[1] !== undefined
        ? isRealDate(local[1])
        : OFFSET.test(instant) && isRealDate(instant.slice(0, 10)) && !Number.isNaN(Date.parse(instant));
    if (valid) return local?.[1] ?? parseDate(new Date(instant));
  }
  throw new DomainError(
    "INVALID_ARGUMENT",
    `Invalid ${what}: expected a Date or an ISO date-time such as "2024-10-12T09:00:00+08:00", received ${describe(instant)}.`,
  );
}

function isRealDate(date: string): boolean {
  try {
    return parseDate(date) === date;
  } catch {
    return false;
  }
}

function describe(value: unknown): string {
  return typeof value === "string" ? `"${value.slice(0, 40)}"` : typeof value;
}
