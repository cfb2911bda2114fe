import { describe, expect, it } from "vitest";
import { differenceInWorkingDays } from "./difference-in-working-days";

describe("differenceInWorkingDays", () => {
  it("counts working days after the earlier date up to and including the later one", () => {
    expect(differenceInWorkingDays("2025-01-21", "2024-12-30")).toBe(15);
    expect(differenceInWorkingDays("2024-10-08", "2024-09-30")).toBe(1);
  });

  it("is antisymmetric and zero for the same day", () => {
    expect(differenceInWorkingDays("2024-12-30", "2025-01-21")).toBe(-15);
    expect(differenceInWorkingDays("2024-10-05", "2024-10-05")).toBe(0);
  });

  it("does not count rest days at the end", () => {
    expect(differenceInWorkingDays("2024-10-07", "2024-09-30")).toBe(0);
  });
});
