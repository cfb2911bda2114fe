import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { CoverageError, InvalidDateError } from "./calendar-error";
import { formatIsoDate, toEpochDay } from "./internal/civil-date";
import { isWorkingDay } from "./is-working-day";

describe("isWorkingDay", () => {
  it("counts a make-up Saturday as a working day (2024 National Day)", () => {
    expect(isWorkingDay("2024-10-12")).toBe(true);
    expect(isWorkingDay("2024-09-29")).toBe(true); // Sunday, make-up
  });

  it("counts a weekday inside a break as a rest day", () => {
    expect(isWorkingDay("2024-10-07")).toBe(false);
    expect(isWorkingDay("2024-10-01")).toBe(false);
  });

  it("follows the Monday–Friday rule outside the breaks", () => {
    expect(isWorkingDay("2024-10-08")).toBe(true);
    expect(isWorkingDay("2024-10-13")).toBe(false); // ordinary Sunday
  });

  it("keeps 除夕 2024 a working day: the notice only encouraged rest", () => {
    expect(isWorkingDay("2024-02-09")).toBe(true);
  });

  it("knows cross-year December make-up days", () => {
    expect(isWorkingDay("2018-12-29")).toBe(true); // for New Year 2019
    expect(isWorkingDay("2018-12-31")).toBe(false);
    expect(isWorkingDay("2006-12-30")).toBe(true); // for New Year 2007
    expect(isWorkingDay("2011-12-31")).toBe(true); // for New Year 2012
    expect(isWorkingDay("2005-12-31")).toBe(true); // for New Year 2006
    expect(isWorkingDay("2022-12-31")).toBe(false); // Saturday, part of New Year 2023
  });

  it("applies the mid-year amendments", () => {
    expect(isWorkingDay("2015-09-03")).toBe(false); // victory day
    expect(isWorkingDay("2015-09-04")).toBe(false);
    expect(isWorkingDay("2015-09-06")).toBe(true); // Sunday worked
    expect(isWorkingDay("2019-05-02")).toBe(false); // May Day 2019 extended
    expect(isWorkingDay("2019-05-05")).toBe(true);
    expect(isWorkingDay("2020-01-31")).toBe(false); // COVID extension
    expect(isWorkingDay("2020-02-01")).toBe(false); // cancelled make-up Saturday
    expect(isWorkingDay("2020-02-03")).toBe(true);
  });

  it("covers 2004–2006 from their notices", () => {
    expect(isWorkingDay("2004-01-17")).toBe(true);
    expect(isWorkingDay("2004-01-28")).toBe(false);
    expect(isWorkingDay("2005-05-08")).toBe(true);
    expect(isWorkingDay("2006-10-06")).toBe(false);
  });

  it("reads Date instants in Asia/Shanghai", () => {
    // 2024-10-11T16:30Z is 00:30 on Saturday Oct 12 in Beijing: a make-up working day.
    expect(isWorkingDay(new Date("2024-10-11T16:30:00Z"))).toBe(true);
    // 2024-10-07T15:00Z is 23:00 on Monday Oct 7 in Beijing: a holiday.
    expect(isWorkingDay(new Date("2024-10-07T15:00:00Z"))).toBe(false);
  });

  it("throws a coverage error outside 2004–2026", () => {
    expect(() => isWorkingDay("2027-10-04")).toThrow(CoverageError);
    expect(() => isWorkingDay("2003-12-31")).toThrow(/outside the covered range 2004-01-01..2026-12-31/);
  });

  it("throws a typed error for an invalid date", () => {
    expect(() => isWorkingDay("2024-02-30")).toThrow(InvalidDateError);
  });
});

describe("isWorkingDay's lean table", () => {
  it("answers exactly like the full default calendar on every covered date", () => {
    const full = createCalendar();
    for (let e = toEpochDay(2004, 1, 1); e <= toEpochDay(2026, 12, 31); e++) {
      const d = formatIsoDate(e);
      if (isWorkingDay(d) !== full.isWorkingDay(d)) expect.fail(`${d} differs`);
    }
    expect(() => full.isWorkingDay("2027-01-01")).toThrow(CoverageError);
  });
});
