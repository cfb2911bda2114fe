import { describe, expect, it } from "vitest";
import { addWorkingDays, subWorkingDays } from "./add-working-days";
import { CoverageError, InvalidArgumentError } from "./calendar-error";

describe("addWorkingDays", () => {
  it("excludes the start day and skips holidays (15 working days from 2024-12-30)", () => {
    expect(addWorkingDays("2024-12-30", 15)).toBe("2025-01-21");
  });

  it("returns the date itself for 0, even on a rest day", () => {
    expect(addWorkingDays("2024-10-05", 0)).toBe("2024-10-05");
  });

  it("crosses the National Day break and counts the make-up Saturday", () => {
    expect(addWorkingDays("2024-09-30", 1)).toBe("2024-10-08");
    expect(addWorkingDays("2024-10-11", 1)).toBe("2024-10-12");
  });

  it("goes back for a negative amount", () => {
    expect(addWorkingDays("2024-10-08", -1)).toBe("2024-09-30");
    expect(addWorkingDays("2025-01-21", -15)).toBe("2024-12-30");
  });

  it("spans years in one step", () => {
    expect(addWorkingDays("2004-01-02", 2500)).toBe(addWorkingDays(addWorkingDays("2004-01-02", 1250), 1250));
  });

  it("counts the 2020 extension: 5 working days after 2020-01-23", () => {
    // Jan 23 (Thu) → rest Jan 24 – Feb 2 → Feb 3, 4, 5, 6, 7.
    expect(addWorkingDays("2020-01-23", 5)).toBe("2020-02-07");
  });

  it("throws when the count leaves the covered years", () => {
    expect(() => addWorkingDays("2026-12-20", 20)).toThrow(CoverageError);
    expect(() => addWorkingDays("2026-12-20", 20)).toThrow(/2027-01-01/);
    expect(() => addWorkingDays("2004-01-05", -5)).toThrow(/2003-12-31/);
  });

  it("rejects a non-integer amount", () => {
    expect(() => addWorkingDays("2024-10-08", 1.5)).toThrow(InvalidArgumentError);
    expect(() => addWorkingDays("2024-10-08", Number.NaN)).toThrow(/safe integer/);
  });
});

describe("subWorkingDays", () => {
  it("is addWorkingDays with the amount negated", () => {
    expect(subWorkingDays("2024-10-08", 1)).toBe("2024-09-30");
    expect(subWorkingDays("2024-10-08", -1)).toBe("2024-10-09");
  });
});
