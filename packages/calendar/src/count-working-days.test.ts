import { describe, expect, it } from "vitest";
import { CoverageError, InvalidArgumentError } from "./calendar-error";
import { countWorkingDays } from "./count-working-days";

describe("countWorkingDays", () => {
  it("counts the closed range", () => {
    expect(countWorkingDays("2024-10-12", "2025-01-07")).toBe(62);
  });

  it("includes both ends", () => {
    expect(countWorkingDays("2024-10-12", "2024-10-12")).toBe(1);
    expect(countWorkingDays("2024-10-07", "2024-10-07")).toBe(0);
  });

  it("gives the yearly totals, including the 2025 change to 13 statutory days", () => {
    expect(countWorkingDays("2024-01-01", "2024-12-31")).toBe(251);
    expect(countWorkingDays("2025-01-01", "2025-12-31")).toBe(248);
    expect(countWorkingDays("2026-01-01", "2026-12-31")).toBe(248);
    expect(countWorkingDays("2020-01-01", "2020-12-31")).toBe(249);
  });

  it("counts the whole covered range in one step", () => {
    const years = Array.from({ length: 23 }, (_, i) => countWorkingDays(`${2004 + i}-01-01`, `${2004 + i}-12-31`));
    expect(countWorkingDays("2004-01-01", "2026-12-31")).toBe(years.reduce((a, b) => a + b, 0));
  });

  it("rejects a reversed range and uncovered dates", () => {
    expect(() => countWorkingDays("2025-01-07", "2024-10-12")).toThrow(InvalidArgumentError);
    expect(() => countWorkingDays("2026-12-01", "2027-01-31")).toThrow(CoverageError);
  });
});
