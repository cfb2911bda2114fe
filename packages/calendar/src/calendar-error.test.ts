import { describe, expect, it } from "vitest";
import {
  CalendarError,
  CoverageError,
  InvalidArgumentError,
  InvalidCalendarDataError,
  InvalidDateError,
} from "./calendar-error";

describe("CalendarError", () => {
  it("gives every subclass a stable code and name", () => {
    const errors = [
      new InvalidDateError("x", "a date"),
      new CoverageError("2031-01-01", { from: "2004-01-01", to: "2026-12-31" }),
      new InvalidArgumentError("amount", "an integer", 1.5),
      new InvalidCalendarDataError("notices[0]", "a notice", null),
    ];
    expect(errors.map((e) => [e.name, e.code])).toEqual([
      ["InvalidDateError", "INVALID_DATE"],
      ["CoverageError", "OUT_OF_COVERAGE"],
      ["InvalidArgumentError", "INVALID_ARGUMENT"],
      ["InvalidCalendarDataError", "INVALID_DATA"],
    ]);
    for (const e of errors) {
      expect(e).toBeInstanceOf(CalendarError);
      expect(CalendarError.isInstance(e)).toBe(true);
    }
  });

  it("recognises errors from another copy of the package by the Symbol.for marker", () => {
    const foreign = Object.assign(new Error("x"), { [Symbol.for("@xunshi/calendar.error")]: true });
    expect(CalendarError.isInstance(foreign)).toBe(true);
    expect(CalendarError.isInstance(new Error("x"))).toBe(false);
    expect(CalendarError.isInstance("INVALID_DATE")).toBe(false);
  });

  it("names the date and the covered range in a coverage error", () => {
    const e = new CoverageError("2027-10-04", { from: "2004-01-01", to: "2026-12-31" });
    expect(e.date).toBe("2027-10-04");
    expect(e.covered).toEqual({ from: "2004-01-01", to: "2026-12-31" });
    expect(e.message).toContain("2027-10-04");
    expect(e.message).toContain("2004-01-01..2026-12-31");
    expect(e.message).toContain("fallback");
  });

  it("keeps the cause", () => {
    const cause = new Error("inner");
    expect(new InvalidCalendarDataError("p", "q", "r", { cause }).cause).toBe(cause);
  });
});
