import { describe, expect, it } from "vitest";
import { crossCheckHolidayCn, loadHolidayCnFacts } from "../scripts/verify-notices";
import { createCalendar } from "./calendar";
import { InvalidCalendarDataError } from "./calendar-error";
import { fromHolidayCn, type HolidayCnYear } from "./from-holiday-cn";
import type { HolidayNoticeData } from "./holiday-notice";

const holidayCn = loadHolidayCnFacts();
const file = (year: number): HolidayCnYear => {
  const y = holidayCn.years[String(year)] ?? { papers: [], days: [] };
  return { year, papers: y.papers, days: y.days.map(([date, isOffDay, name]) => ({ date, isOffDay, name })) };
};

describe("fromHolidayCn", () => {
  it("adds back the weekend days joined to a break and attaches make-up days", () => {
    const n = fromHolidayCn(file(2024), { number: "国办发明电〔2023〕7号", published: "2023-10-25" });
    expect(n?.breaks[0]).toMatchObject({ festivals: ["new-year"], from: "2023-12-30", to: "2024-01-01", makeup: [] });
    expect(n?.breaks.find((b) => b.festivals.includes("national-day"))).toMatchObject({
      from: "2024-10-01",
      to: "2024-10-07",
      makeup: ["2024-09-29", "2024-10-12"],
    });
    expect(n).toMatchObject({ id: "2024", number: "国办发明电〔2023〕7号", verified: true });
  });

  it("marks a notice without a number or date as unverified", () => {
    expect(fromHolidayCn(file(2024))).toMatchObject({ number: "unknown", published: "unknown", verified: false });
  });

  it("returns undefined for a year with no notice yet (2027.json)", () => {
    expect(fromHolidayCn(file(2027))).toBeUndefined();
  });

  it("builds, from holiday-cn alone, a calendar that agrees with the bundled one on every date of 2007–2026", () => {
    const notices = Array.from({ length: 20 }, (_, i) => fromHolidayCn(file(2007 + i))).filter(
      (n): n is HolidayNoticeData => n !== undefined,
    );
    const imported = createCalendar({ builtIn: false, notices });
    const bundled = createCalendar();
    expect(crossCheckHolidayCn(holidayCn, (d) => imported.isWorkingDay(d))).toEqual([]);
    for (let y = 2007; y <= 2026; y++) {
      expect(imported.countWorkingDays(`${y}-01-01`, `${y}-12-31`)).toBe(
        bundled.countWorkingDays(`${y}-01-01`, `${y}-12-31`),
      );
    }
  });

  it("rejects malformed files", () => {
    expect(() =>
      fromHolidayCn({ year: 2030, papers: ["x"], days: [{ name: "春节", date: "2030-02-30", isOffDay: true }] }),
    ).toThrow(InvalidCalendarDataError);
    expect(() =>
      fromHolidayCn({ year: 2030, papers: ["x"], days: [{ name: "圣诞节", date: "2030-12-25", isOffDay: true }] }),
    ).toThrow(/holiday name/);
    expect(() => fromHolidayCn(null as unknown as HolidayCnYear)).toThrow(InvalidCalendarDataError);
  });
});
