import { describe, expect, it } from "vitest";
import { CalendarError, InvalidDateError } from "./calendar-error";
import { type DateInput, parseDate } from "./parse-date";

describe("parseDate", () => {
  it("accepts ISO strings, civil objects and instants", () => {
    expect(parseDate("2024-10-12")).toBe("2024-10-12");
    expect(parseDate({ year: 2024, month: 2, day: 29 })).toBe("2024-02-29");
    expect(parseDate(new Date("2024-10-12T00:00:00+08:00"))).toBe("2024-10-12");
  });

  it("reads a Date in Asia/Shanghai, never in the host zone", () => {
    // 23:30 UTC on Oct 11 is 07:30 on Oct 12 in Beijing.
    expect(parseDate(new Date("2024-10-11T23:30:00Z"))).toBe("2024-10-12");
    // 15:59 UTC is 23:59 in Beijing, still the same day.
    expect(parseDate(new Date("2024-10-12T15:59:59Z"))).toBe("2024-10-12");
    expect(parseDate(new Date("2024-10-12T16:00:00Z"))).toBe("2024-10-13");
  });

  it.each<[DateInput, RegExp]>([
    ["2024-02-30", /received "2024-02-30".*1 to 29/],
    ["2023-02-29", /1 to 28/],
    ["garbage", /expected an ISO date 'YYYY-MM-DD'.*received "garbage"/],
    ["2024-1-5", /received "2024-1-5"/],
    ["2024-10-12T00:00", /received "2024-10-12T00:00"/],
    [{ year: 2024, month: 13, day: 1 }, /month must be an integer from 1 to 12, got 13/],
    [{ year: 2024, month: 1.5, day: 1 }, /month/],
    [new Date(Number.NaN), /received an invalid Date/],
  ])("rejects %j with a typed error saying what it expected", (input, message) => {
    let caught: unknown;
    try {
      parseDate(input);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidDateError);
    expect(CalendarError.isInstance(caught)).toBe(true);
    expect((caught as InvalidDateError).code).toBe("INVALID_DATE");
    expect((caught as Error).message).toMatch(message);
  });

  it("rejects values that are not dates at all", () => {
    expect(() => parseDate(20241012 as unknown as DateInput)).toThrow(InvalidDateError);
    expect(() => parseDate(null as unknown as DateInput)).toThrow(/received null/);
  });
});
