import { describe, expect, it } from "vitest";
import { CoverageError } from "./calendar-error";
import { getHolidays } from "./get-holidays";

describe("getHolidays", () => {
  it("lists the 2024 breaks with their days and make-up days", () => {
    const breaks = getHolidays(2024);
    expect(breaks.map((b) => [b.key, b.from, b.to, b.makeupWorkdays])).toEqual([
      ["new-year", "2023-12-30", "2024-01-01", []],
      ["spring-festival", "2024-02-10", "2024-02-17", ["2024-02-04", "2024-02-18"]],
      ["qingming", "2024-04-04", "2024-04-06", ["2024-04-07"]],
      ["labour-day", "2024-05-01", "2024-05-05", ["2024-04-28", "2024-05-11"]],
      ["dragon-boat", "2024-06-08", "2024-06-10", []],
      ["mid-autumn", "2024-09-15", "2024-09-17", ["2024-09-14"]],
      ["national-day", "2024-10-01", "2024-10-07", ["2024-09-29", "2024-10-12"]],
    ]);
    const nd = breaks[6];
    expect(nd?.statutoryDays).toEqual(["2024-10-01", "2024-10-02", "2024-10-03"]);
    expect(nd?.inLieuDays).toEqual(["2024-10-04", "2024-10-07"]);
    expect(nd?.days).toHaveLength(7);
    expect(nd?.notice?.number).toBe("国办发明电〔2023〕7号");
  });

  it("has 13 statutory days from 2025 and 11 before", () => {
    const count = (y: number) => new Set(getHolidays(y).flatMap((b) => b.statutoryDays)).size;
    expect(count(2025)).toBe(13);
    expect(count(2026)).toBe(13);
    expect(count(2024)).toBe(11);
    expect(count(2007)).toBe(10);
  });

  it("reflects the 2020 extension", () => {
    const sf = getHolidays(2020).find((b) => b.key === "spring-festival");
    expect(sf).toMatchObject({ from: "2020-01-24", to: "2020-02-02", makeupWorkdays: ["2020-01-19"] });
  });

  it("merges Mid-Autumn into National Day when the notice does", () => {
    expect(getHolidays(2025).find((b) => b.festivals.includes("national-day"))).toMatchObject({
      key: "mid-autumn+national-day",
      from: "2025-10-01",
      to: "2025-10-08",
      makeupWorkdays: ["2025-09-28", "2025-10-11"],
    });
  });

  it("throws for a year without a notice", () => {
    expect(() => getHolidays(2027)).toThrow(CoverageError);
  });
});
