import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar";
import { formatIsoDate, toEpochDay } from "./civil-date";
import { forecastYear } from "./forecast";
import { statutoryDaysOf } from "./regulation";

/** Days of `year` on which a forecast made before the notice disagrees with the notice. */
function misses(year: number): string[] {
  const official = createCalendar();
  const before = createCalendar({
    builtIn: false,
    notices: official.notices.filter((n) => n.year < year),
    fallback: "provisional",
  });
  const out: string[] = [];
  for (let e = toEpochDay(year, 1, 1); e <= toEpochDay(year, 12, 31); e++) {
    const d = formatIsoDate(e);
    if (official.isWorkingDay(d) !== before.isWorkingDay(d)) out.push(d);
  }
  return out;
}

describe("provisional forecast", () => {
  it("reproduces the 2025 notice exactly from the rules it set out", () => {
    expect(misses(2025)).toEqual([]);
  });

  it("misses 2026 only where the notice departed from the rules (a 9-day Spring Festival)", () => {
    expect(misses(2026)).toEqual(["2026-02-14", "2026-02-15"]);
  });

  it("gives the regulation's 13 statutory days (fewer distinct ones when 中秋 falls on 10月1–3日) and no breaks beyond the lunar table", () => {
    for (let y = 2027; y <= 2035; y++) {
      const breaks = forecastYear(y) ?? [];
      const regulation = [...(statutoryDaysOf(y)?.values() ?? [])].flat();
      expect(regulation).toHaveLength(13);
      expect(new Set(breaks.flatMap((b) => b.statutory))).toEqual(new Set(regulation));
    }
    expect(forecastYear(2036)).toBeUndefined();
  });

  it("merges Mid-Autumn into National Day when they are close (2028: 中秋 10月3日)", () => {
    expect(forecastYear(2028)?.find((b) => b.festivals.includes("national-day"))?.festivals).toEqual([
      "mid-autumn",
      "national-day",
    ]);
  });
});
