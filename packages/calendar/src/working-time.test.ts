import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { InvalidArgumentError, InvalidDateError } from "./calendar-error";
import { isWithinOfficeHours, nextOpening, OFFICE_HOURS_PRESETS, type OfficeHoursSchedule } from "./office-hours";
import { addWorkingTime, differenceInWorkingMinutes } from "./working-time";

const lunch = OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak;
const daily = OFFICE_HOURS_PRESETS.dailyEightToSix;
const seasonal = OFFICE_HOURS_PRESETS.workingDaysSummerWinter;
const schedules: readonly OfficeHoursSchedule[] = [lunch, daily, seasonal, OFFICE_HOURS_PRESETS.workingDaysEightToSix];

/** Instants from 2024-01-01 to 2026-10-31 (Shanghai), at whole minutes. */
const instants = fc
  .record({ day: fc.integer({ min: 0, max: 1034 }), minute: fc.integer({ min: 0, max: 1439 }) })
  .map(({ day, minute }) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000 + minute * 60_000 - 8 * 3_600_000));

describe("addWorkingTime", () => {
  it("skips the lunch break", () => {
    expect(addWorkingTime("2024-10-14T11:00", { hours: 2 }, lunch)).toBe("2024-10-14T15:30:00+08:00");
  });

  it("skips the night and the National Day break (2024-10-01..07)", () => {
    expect(addWorkingTime("2024-09-30T17:00+08:00", { hours: 2 }, lunch)).toBe("2024-10-08T09:30:00+08:00");
  });

  it("works on a make-up Saturday (2024-10-12) and not on the Sunday after", () => {
    expect(addWorkingTime("2024-10-11T17:30", { hours: 1 }, lunch)).toBe("2024-10-12T09:00:00+08:00");
    expect(addWorkingTime("2024-10-12T17:30", { hours: 1 }, lunch)).toBe("2024-10-14T09:00:00+08:00");
  });

  it("ends exactly at closing time when the amount runs out there", () => {
    expect(addWorkingTime("2024-10-14T11:00", { minutes: 60 }, lunch)).toBe("2024-10-14T12:00:00+08:00");
    expect(addWorkingTime("2024-10-14T17:00", { minutes: 60 }, lunch)).toBe("2024-10-14T18:00:00+08:00");
    expect(addWorkingTime("2024-10-14T17:00", { minutes: 61 }, lunch)).toBe("2024-10-15T08:31:00+08:00");
  });

  it("starts counting at the opening when started before it; adding zero gives the next opening", () => {
    expect(addWorkingTime("2024-10-14T07:00", { minutes: 30 }, lunch)).toBe("2024-10-14T09:00:00+08:00");
    expect(addWorkingTime("2024-10-14T07:00", { minutes: 0 }, lunch)).toBe("2024-10-14T08:30:00+08:00");
    expect(addWorkingTime("2024-10-14T12:10", { minutes: 0 }, lunch)).toBe("2024-10-14T14:30:00+08:00");
  });

  it("uses the winter hours on the last day of the season and the summer hours the next working day", () => {
    // winter 10-01..04-30 closes at 17:30; summer closes at 18:00. 2025-04-30 is a Wednesday, May 1–5 the Labour Day break.
    expect(addWorkingTime("2025-04-30T17:00", { minutes: 60 }, seasonal)).toBe("2025-05-06T09:00:00+08:00");
    expect(addWorkingTime("2025-05-06T17:00", { minutes: 60 }, seasonal)).toBe("2025-05-06T18:00:00+08:00");
  });

  it("counts every day on an every-day schedule, holidays included", () => {
    expect(addWorkingTime("2024-09-30T17:00", { hours: 2 }, daily)).toBe("2024-10-01T09:00:00+08:00");
  });

  it("reads a Date in Asia/Shanghai whatever the host zone", () => {
    // 2024-10-14T02:00Z is 10:00 in Beijing
    expect(addWorkingTime(new Date("2024-10-14T02:00:00Z"), { hours: 1 }, lunch)).toBe("2024-10-14T11:00:00+08:00");
  });

  it("rejects negative or fractional amounts, bad instants and schedules that never open", () => {
    expect(() => addWorkingTime("2024-10-14T07:00", { hours: -1 }, lunch)).toThrow(InvalidArgumentError);
    expect(() => addWorkingTime("2024-10-14T07:00", { minutes: 1.5 }, lunch)).toThrow(InvalidArgumentError);
    expect(() => addWorkingTime("2024-10-14", { minutes: 1 }, lunch)).toThrow(InvalidDateError);
    const never: OfficeHoursSchedule = { days: "every-day", segments: [] };
    expect(() => addWorkingTime("2024-10-14T07:00", { minutes: 1 }, never)).toThrow(/opens within/);
  });

  it("honours a calendar with a local closure", () => {
    const calendar = createCalendar({ overlays: [{ name: "本单位", reason: "停电检修", closures: ["2024-10-15"] }] });
    expect(addWorkingTime("2024-10-14T17:00", { hours: 2 }, lunch, { calendar })).toBe("2024-10-16T09:30:00+08:00");
  });
});

describe("differenceInWorkingMinutes", () => {
  it("measures open minutes between two instants, signed", () => {
    expect(differenceInWorkingMinutes("2024-10-08T09:30+08:00", "2024-09-30T17:00+08:00", lunch)).toBe(120);
    expect(differenceInWorkingMinutes("2024-09-30T17:00+08:00", "2024-10-08T09:30+08:00", lunch)).toBe(-120);
  });

  it("counts a full working day with a lunch break as 7 hours", () => {
    expect(differenceInWorkingMinutes("2024-10-14T18:00", "2024-10-14T08:30", lunch)).toBe(420);
    expect(differenceInWorkingMinutes("2024-10-15T00:00", "2024-10-14T00:00", lunch)).toBe(420);
  });

  it("is zero inside a closed stretch, in either direction (never -0)", () => {
    expect(differenceInWorkingMinutes("2024-10-14T14:00", "2024-10-14T12:00", lunch)).toBe(0);
    expect(differenceInWorkingMinutes("2024-10-14T12:00", "2024-10-14T14:00", lunch)).toBe(0);
    expect(differenceInWorkingMinutes("2024-10-07T18:00", "2024-10-01T08:00", lunch)).toBe(0);
  });
});

describe("working time laws", () => {
  it("round-trips: the open time from a to addWorkingTime(a, m) is m", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 3000 }), (start, minutes) => {
        for (const schedule of schedules) {
          const end = addWorkingTime(start, { minutes }, schedule);
          expect(differenceInWorkingMinutes(end, start, schedule)).toBe(minutes);
          expect(Date.parse(end)).toBeGreaterThanOrEqual(start.getTime() - 59_999);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("is monotonic in the amount", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 600 }), (start, m, k) => {
        for (const schedule of schedules) {
          expect(Date.parse(addWorkingTime(start, { minutes: m }, schedule))).toBeLessThanOrEqual(
            Date.parse(addWorkingTime(start, { minutes: m + k }, schedule)),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("adds up: d(c, a) = d(c, b) + d(b, a)", () => {
    fc.assert(
      fc.property(instants, instants, instants, (a, b, c) => {
        for (const schedule of schedules) {
          expect(differenceInWorkingMinutes(c, a, schedule)).toBe(
            differenceInWorkingMinutes(c, b, schedule) + differenceInWorkingMinutes(b, a, schedule),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it("the next opening is open, not before the instant, and nothing is open in between", () => {
    fc.assert(
      fc.property(instants, (at) => {
        for (const schedule of schedules) {
          const opening = nextOpening(at, schedule);
          expect(isWithinOfficeHours(opening, schedule)).toBe(true);
          expect(Date.parse(opening)).toBeGreaterThanOrEqual(at.getTime() - 59_999);
          expect(differenceInWorkingMinutes(opening, at, schedule)).toBe(0);
          expect(addWorkingTime(at, { minutes: 0 }, schedule)).toBe(opening);
        }
      }),
      { numRuns: 80 },
    );
  });
});
