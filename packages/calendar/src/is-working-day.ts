import { CoverageError } from "./calendar-error";
import { formatIsoDate, isWeekendEpochDay } from "./internal/civil-date";
import { FIRST_DAY, LAST_DAY, OFF_WEEKDAYS, ON_WEEKENDS } from "./internal/working-days-data";
import { type DateInput, toEpochDayInput } from "./parse-date";

/** Per covered day: 1 where the day is an exception to the Monday–Friday rule. Decoded on first use. */
let exceptions: Uint8Array | undefined;

function decode(): Uint8Array {
  const flags = new Uint8Array(LAST_DAY - FIRST_DAY + 1);
  for (const packed of [OFF_WEEKDAYS, ON_WEEKENDS]) {
    let e = FIRST_DAY;
    for (let i = 0; i < packed.length; i += 2) {
      e += Number.parseInt(packed.slice(i, i + 2), 36);
      flags[e - FIRST_DAY] = 1;
    }
  }
  return flags;
}

/**
 * Whether a date is a working day in mainland China: a Monday–Friday that no holiday notice gives off, or a
 * Saturday/Sunday a notice makes a working day (调休上班). Uses the bundled notices (2004–2026) with no fallback —
 * the same answer as `createCalendar().isWorkingDay` — through a dedicated table of the exceptions to the
 * Monday–Friday rule, so that importing it costs little; see {@link createCalendar} for added notices and fallbacks.
 *
 * @param date - an ISO date, a `{ year, month, day }` or a `Date` (read in Asia/Shanghai)
 * @returns `true` for a working day
 * @throws {InvalidDateError} when `date` is not a valid date
 * @throws {CoverageError} when no notice covers `date`
 * @example
 * isWorkingDay("2024-10-12") // a Saturday, worked for National Day
 * //=> true
 * isWorkingDay("2024-10-07") // a Monday inside the National Day break
 * //=> false
 */
export function isWorkingDay(date: DateInput): boolean {
  const e = toEpochDayInput(date);
  if (e < FIRST_DAY || e > LAST_DAY) {
    throw new CoverageError(formatIsoDate(e), { from: formatIsoDate(FIRST_DAY), to: formatIsoDate(LAST_DAY) });
  }
  exceptions ??= decode();
  return isWeekendEpochDay(e) === (exceptions[e - FIRST_DAY] === 1);
}
