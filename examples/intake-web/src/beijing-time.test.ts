import { describe, expect, it } from "vitest";
import { beijingDate, formatBeijing, fromBeijingInputValue, pinnedNow, toBeijingInputValue } from "./beijing-time";

describe("Beijing time for the form", () => {
  it("shows an instant as Beijing wall-clock time whatever the host zone", () => {
    expect(toBeijingInputValue(Date.parse("2024-10-14T02:05:00Z"))).toBe("2024-10-14T10:05");
    expect(toBeijingInputValue(Date.parse("2024-12-31T16:30:00Z"))).toBe("2025-01-01T00:30");
  });

  it("reads a datetime-local value as Beijing time, with seconds or without", () => {
    expect(fromBeijingInputValue("2024-10-14T10:05")).toBe("2024-10-14T10:05:00+08:00");
    expect(fromBeijingInputValue("2024-10-14T10:05:30")).toBe("2024-10-14T10:05:30+08:00");
  });

  it("leaves anything else unchanged for the schema to report", () => {
    expect(fromBeijingInputValue("")).toBe("");
    expect(fromBeijingInputValue("14/10/2024 10:05")).toBe("14/10/2024 10:05");
  });

  it("round-trips an instant through the input value (minute precision)", () => {
    const ms = Date.parse("2024-10-12T00:30:00+08:00");
    expect(Date.parse(fromBeijingInputValue(toBeijingInputValue(ms)))).toBe(ms);
  });

  it("gives the Beijing civil date and a readable time", () => {
    expect(beijingDate(Date.parse("2024-10-11T16:30:00Z"))).toBe("2024-10-12");
    expect(formatBeijing("2024-10-14T02:05:00Z")).toBe("2024-10-14 10:05");
    expect(formatBeijing("not a time")).toBe("not a time");
  });

  it("pins the clock only to an instant with an offset", () => {
    expect(pinnedNow("?now=2024-10-14T10:00:00%2B08:00", 5)).toEqual({
      epochMs: Date.parse("2024-10-14T02:00:00Z"),
      pinned: true,
    });
    expect(pinnedNow("?now=2024-10-14T10:00:00", 5)).toEqual({ epochMs: 5, pinned: false });
    expect(pinnedNow("", 7)).toEqual({ epochMs: 7, pinned: false });
  });
});
