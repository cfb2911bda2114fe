import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { CoverageError, InvalidArgumentError, InvalidCalendarDataError } from "./calendar-error";
import type { HolidayNoticeData } from "./holiday-notice";

/** A made-up 2027 notice for the tests (the real one is not published yet). */
const notice2027: HolidayNoticeData = {
  id: "2027",
  year: 2027,
  number: "国办发明电〔2026〕99号",
  published: "2026-11-01",
  url: "https://example.org/2027",
  breaks: [
    { festivals: ["new-year"], from: "2027-01-01", to: "2027-01-03" },
    { festivals: ["spring-festival"], from: "2027-02-05", to: "2027-02-12", makeup: ["2027-02-13"] },
    { festivals: ["national-day"], from: "2027-10-01", to: "2027-10-07", makeup: ["2027-09-26", "2027-10-09"] },
  ],
};

describe("createCalendar", () => {
  it("reports its coverage", () => {
    expect(createCalendar().coverage).toEqual({
      from: "2004-01-01",
      to: "2026-12-31",
      years: Array.from({ length: 23 }, (_, i) => 2004 + i),
      fallback: "none",
    });
  });

  it("accepts next year's notice the day it is published", () => {
    const cal = createCalendar({ notices: [notice2027] });
    expect(cal.coverage.to).toBe("2027-12-31");
    expect(cal.isWorkingDay("2027-10-09")).toBe(true);
    expect(cal.isWorkingDay("2027-10-04")).toBe(false);
    expect(cal.getDayInfo("2027-10-09").notice?.number).toBe("国办发明电〔2026〕99号");
    expect(cal.addWorkingDays("2026-12-30", 2)).toBe("2027-01-04");
  });

  it("lets a notice replace a bundled one of the same year", () => {
    const cal = createCalendar({
      notices: [
        {
          ...notice2027,
          id: "2024-fixed",
          year: 2024,
          breaks: [{ festivals: ["national-day"], from: "2024-10-01", to: "2024-10-03" }],
        },
      ],
    });
    expect(cal.isWorkingDay("2024-10-07")).toBe(true);
    expect(cal.isWorkingDay("2024-10-12")).toBe(false);
  });

  it("applies an amendment to an added notice", () => {
    const cal = createCalendar({
      notices: [
        notice2027,
        {
          id: "2027-amendment",
          year: 2027,
          amends: "2027",
          number: "国办发明电〔2027〕1号",
          published: "2027-03-01",
          url: "https://example.org/2027-amendment",
          breaks: [{ festivals: ["labour-day"], from: "2027-05-01", to: "2027-05-05", makeup: ["2027-04-25"] }],
        },
      ],
    });
    expect(cal.isWorkingDay("2027-05-04")).toBe(false);
    expect(cal.isWorkingDay("2027-04-25")).toBe(true);
    expect(cal.getHolidays(2027).map((b) => b.key)).toEqual([
      "new-year",
      "spring-festival",
      "labour-day",
      "national-day",
    ]);
  });

  it("rejects malformed notices with the path of the problem", () => {
    const bad = {
      ...notice2027,
      breaks: [{ festivals: ["national-day"], from: "2027-10-01", to: "2027-10-07", makeup: ["2027-10-08"] }],
    };
    expect(() => createCalendar({ notices: [bad] })).toThrow(InvalidCalendarDataError);
    expect(() => createCalendar({ notices: [bad] })).toThrow(/makeup\[0\].*Saturday or Sunday/);
    expect(() => createCalendar({ notices: [{ ...notice2027, amends: "nope" }] })).toThrow(/amends/);
    expect(() =>
      createCalendar({
        notices: [{ ...notice2027, breaks: [{ festivals: ["x"], from: "2027-13-01", to: "2027-10-07" }] }],
      }),
    ).toThrow(/from/);
  });

  it("rejects an unknown fallback", () => {
    expect(() => createCalendar({ fallback: "guess" as "none" })).toThrow(InvalidArgumentError);
  });

  describe("fallback 'none'", () => {
    it("names the date and the covered range", () => {
      const cal = createCalendar();
      try {
        cal.isWorkingDay("2027-02-08");
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CoverageError);
        expect((e as CoverageError).date).toBe("2027-02-08");
        expect((e as CoverageError).covered).toEqual({ from: "2004-01-01", to: "2026-12-31" });
      }
    });

    it("reports a gap year between notices as uncovered", () => {
      const cal = createCalendar({ notices: [{ ...notice2027, id: "2028", year: 2028, breaks: [] }] });
      expect(() => cal.isWorkingDay("2027-06-01")).toThrow(/in a year without a holiday notice/);
      expect(cal.isWorkingDay("2028-06-01")).toBe(true);
    });
  });

  describe("fallback 'weekdays'", () => {
    const cal = createCalendar({ fallback: "weekdays" });

    it("answers with the Monday–Friday rule and marks it provisional", () => {
      expect(cal.isWorkingDay("2027-02-08")).toBe(true);
      expect(cal.getDayInfo("2027-10-04")).toMatchObject({ kind: "workday", provisional: true });
      expect(cal.getDayInfo("1999-10-02")).toMatchObject({ kind: "weekend", provisional: true });
      expect(cal.getDayInfo("2024-10-04").provisional).toBe(false);
    });

    it("flags add and count results that used the fallback", () => {
      expect(cal.addWorkingDaysDetailed("2026-12-30", 5)).toEqual({ date: "2027-01-06", provisional: true });
      expect(cal.addWorkingDaysDetailed("2026-12-01", 5)).toEqual({ date: "2026-12-08", provisional: false });
      expect(cal.countWorkingDaysDetailed("2026-12-28", "2027-01-08")).toEqual({ count: 10, provisional: true });
      expect(cal.countWorkingDays("2100-01-01", "2100-12-31")).toBe(261);
    });

    it("is consistent far outside the data", () => {
      expect(cal.addWorkingDays("1990-01-01", 5)).toBe("1990-01-08");
      expect(cal.addWorkingDays("2100-01-04", -1)).toBe("2100-01-01");
    });
  });

  describe("fallback 'provisional'", () => {
    const cal = createCalendar({ fallback: "provisional" });

    it("forecasts 2027 from the 2025 regulation's rules", () => {
      expect(cal.getDayInfo("2027-02-09")).toMatchObject({
        kind: "in-lieu-rest",
        provisional: true,
        holiday: { key: "spring-festival" },
      });
      expect(cal.getDayInfo("2027-10-01")).toMatchObject({ kind: "statutory-holiday", provisional: true });
      expect(cal.getDayInfo("2027-10-01").notice).toBeUndefined();
      const breaks = cal.getHolidays(2027);
      expect(breaks.every((b) => b.provisional)).toBe(true);
      expect(new Set(breaks.flatMap((b) => b.statutoryDays)).size).toBe(13);
    });

    it("never overrides official data", () => {
      expect(cal.isWorkingDay("2024-10-12")).toBe(true);
      expect(cal.getDayInfo("2026-10-01").provisional).toBe(false);
    });

    it("keeps official notices authoritative when one is added", () => {
      const withNotice = createCalendar({ fallback: "provisional", notices: [notice2027] });
      expect(withNotice.getDayInfo("2027-10-09")).toMatchObject({ kind: "makeup-workday", provisional: false });
      expect(withNotice.getDayInfo("2028-01-01").provisional).toBe(true);
    });
  });

  describe("overlays", () => {
    const cal = createCalendar({
      overlays: [
        {
          name: "Unit A",
          reason: "Office move (内部通知 2024-1)",
          closures: ["2024-06-14"],
          extraWorkingDays: [{ year: 2024, month: 6, day: 15 }],
        },
      ],
    });

    it("adds named closures and working days", () => {
      expect(cal.isWorkingDay("2024-06-14")).toBe(false);
      expect(cal.getDayInfo("2024-06-14")).toMatchObject({ kind: "in-lieu-rest", overlay: { name: "Unit A" } });
      expect(cal.getDayInfo("2024-06-15")).toMatchObject({ kind: "makeup-workday", isWorkingDay: true });
      expect(cal.countWorkingDays("2024-06-10", "2024-06-16")).toBe(4); // Mon–Thu, Sat
    });

    it("rejects malformed overlays", () => {
      expect(() => createCalendar({ overlays: [{ name: "x", reason: "y", closures: ["2024-02-30"] }] })).toThrow(
        InvalidCalendarDataError,
      );
    });
  });

  describe("partial-population days", () => {
    it("are reported only on request and never change the working-day answer", () => {
      const cal = createCalendar({ partialPopulation: true });
      expect(cal.getDayInfo("2024-03-08")).toMatchObject({
        isWorkingDay: true,
        observances: [{ key: "womens-day", audience: "women", duration: "half-day" }],
      });
      expect(createCalendar().getDayInfo("2024-03-08").observances).toBeUndefined();
    });
  });

  it("builds with no data at all", () => {
    const empty = createCalendar({ builtIn: false });
    expect(empty.coverage.years).toEqual([]);
    expect(() => empty.isWorkingDay("2024-10-12")).toThrow(CoverageError);
    expect(createCalendar({ builtIn: false, fallback: "weekdays" }).isWorkingDay("2024-10-12")).toBe(false);
  });
});
