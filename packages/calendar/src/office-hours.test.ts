import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { InvalidArgumentError, InvalidDateError } from "./calendar-error";
import {
  isWithinOfficeHours,
  nextOpening,
  OFFICE_HOURS_PRESETS,
  type OfficeHoursSchedule,
  validateOfficeHoursSchedule,
} from "./office-hours";

const lunch = OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak;
const daily = OFFICE_HOURS_PRESETS.dailyEightToSix;
const seasonal = OFFICE_HOURS_PRESETS.workingDaysSummerWinter;

describe("isWithinOfficeHours", () => {
  it("opens at the opening minute and closes at the closing minute", () => {
    expect(isWithinOfficeHours("2024-10-14T08:29", lunch)).toBe(false);
    expect(isWithinOfficeHours("2024-10-14T08:30", lunch)).toBe(true);
    expect(isWithinOfficeHours("2024-10-14T11:59", lunch)).toBe(true);
    expect(isWithinOfficeHours("2024-10-14T12:00", lunch)).toBe(false);
    expect(isWithinOfficeHours("2024-10-14T14:30", lunch)).toBe(true);
    expect(isWithinOfficeHours("2024-10-14T17:59", lunch)).toBe(true);
    expect(isWithinOfficeHours("2024-10-14T18:00", lunch)).toBe(false);
  });

  it("is closed during the lunch break", () => {
    expect(isWithinOfficeHours("2024-10-14T13:00+08:00", lunch)).toBe(false);
  });

  it("opens on a make-up working Saturday and stays closed on a holiday weekday", () => {
    expect(isWithinOfficeHours("2024-10-12T09:00+08:00", lunch)).toBe(true);
    expect(isWithinOfficeHours("2024-10-13T09:00+08:00", lunch)).toBe(false);
    expect(isWithinOfficeHours("2024-10-07T09:00+08:00", lunch)).toBe(false);
    expect(isWithinOfficeHours("2024-10-07T09:00+08:00", daily)).toBe(true);
  });

  it("reads instants in Asia/Shanghai whatever the host zone", () => {
    // 01:00Z is 09:00 in Beijing; 23:30Z on Oct 11 is 07:30 on Oct 12 in Beijing
    expect(isWithinOfficeHours(new Date("2024-10-14T01:00:00Z"), lunch)).toBe(true);
    expect(isWithinOfficeHours("2024-10-11T23:30:00Z", lunch)).toBe(false);
    expect(isWithinOfficeHours("2024-10-12T00:45:00Z", lunch)).toBe(true);
  });

  it("switches to the season's hours on its first and last day", () => {
    // winter 10-01..04-30: afternoon 14:00–17:30; summer: 14:30–18:00
    expect(isWithinOfficeHours("2025-04-30T14:10", seasonal)).toBe(true);
    expect(isWithinOfficeHours("2025-04-30T17:45", seasonal)).toBe(false);
    expect(isWithinOfficeHours("2025-05-06T14:10", seasonal)).toBe(false);
    expect(isWithinOfficeHours("2025-05-06T17:45", seasonal)).toBe(true);
    expect(isWithinOfficeHours("2025-09-30T17:45", seasonal)).toBe(true);
    expect(isWithinOfficeHours("2025-10-09T17:45", seasonal)).toBe(false);
    expect(isWithinOfficeHours("2026-01-05T14:10", seasonal)).toBe(true); // a season wrapping the year end
  });

  it("applies dated exceptions before anything else", () => {
    const schedule: OfficeHoursSchedule = {
      ...lunch,
      exceptions: [
        { date: "2024-10-15", closed: true, reason: "全组集中学习" },
        { date: "2024-10-13", segments: [{ start: "09:00", end: "11:00" }], reason: "周日特别接访" },
      ],
    };
    expect(isWithinOfficeHours("2024-10-15T09:00", schedule)).toBe(false);
    expect(isWithinOfficeHours("2024-10-13T10:00", schedule)).toBe(true);
    expect(isWithinOfficeHours("2024-10-13T11:00", schedule)).toBe(false);
  });

  it("uses the given calendar's working days (a local closure)", () => {
    const calendar = createCalendar({ overlays: [{ name: "本单位", reason: "停电检修", closures: ["2024-10-14"] }] });
    expect(isWithinOfficeHours("2024-10-14T09:00", lunch, { calendar })).toBe(false);
  });

  it("rejects bad schedules and instants with typed errors", () => {
    expect(() => validateOfficeHoursSchedule({ days: "weekdays" } as never)).toThrow(/schedule.days/);
    expect(() =>
      validateOfficeHoursSchedule({ days: "every-day", segments: [{ start: "18:00", end: "08:00" }] }),
    ).toThrow(/after the start 18:00/);
    expect(() =>
      validateOfficeHoursSchedule({
        days: "every-day",
        segments: [
          { start: "08:00", end: "12:00" },
          { start: "11:00", end: "13:00" },
        ],
      }),
    ).toThrow(/not overlapping/);
    expect(() =>
      validateOfficeHoursSchedule({ days: "every-day", segments: [{ start: "8:00", end: "12:00" }] }),
    ).toThrow(InvalidArgumentError);
    expect(() => isWithinOfficeHours("2024-10-14T25:00", lunch)).toThrow(InvalidDateError);
    expect(() => isWithinOfficeHours("garbage", lunch)).toThrow(InvalidDateError);
    expect(() => isWithinOfficeHours(new Date(Number.NaN), lunch)).toThrow(InvalidDateError);
  });
});

describe("OFFICE_HOURS_PRESETS", () => {
  it("are valid schedules with the announced hours", () => {
    for (const schedule of Object.values(OFFICE_HOURS_PRESETS))
      expect(validateOfficeHoursSchedule(schedule)).toBe(schedule);
    expect(isWithinOfficeHours("2024-10-01T19:30", OFFICE_HOURS_PRESETS.dailyTenToEight)).toBe(true);
    expect(isWithinOfficeHours("2024-10-01T09:30", OFFICE_HOURS_PRESETS.dailyTenToEight)).toBe(false);
    expect(isWithinOfficeHours("2024-10-14T13:30", OFFICE_HOURS_PRESETS.workingDaysNineToSixWithLunchBreak)).toBe(
      false,
    );
    expect(isWithinOfficeHours("2024-10-14T14:00", OFFICE_HOURS_PRESETS.workingDaysNineToSixWithLunchBreak)).toBe(true);
  });
});

describe("nextOpening", () => {
  it("returns the instant itself when open", () => {
    expect(nextOpening("2024-10-14T09:15:00+08:00", lunch)).toBe("2024-10-14T09:15:00+08:00");
  });
  it("skips the lunch break, the night and the National Day break", () => {
    expect(nextOpening("2024-10-14T12:00", lunch)).toBe("2024-10-14T14:30:00+08:00");
    expect(nextOpening("2024-10-14T18:00", lunch)).toBe("2024-10-15T08:30:00+08:00");
    expect(nextOpening("2024-09-30T18:30+08:00", lunch)).toBe("2024-10-08T08:30:00+08:00");
    expect(nextOpening("2024-10-11T19:00", lunch)).toBe("2024-10-12T08:30:00+08:00"); // make-up Saturday
  });
  it("throws for a schedule that never opens", () => {
    const never: OfficeHoursSchedule = {
      days: "every-day",
      segments: [],
    };
    expect(() => nextOpening("2024-10-14T09:00", never)).toThrow(InvalidArgumentError);
  });
});
