import { describe, expect, it } from "vitest";
import { nextWorkingDay, previousWorkingDay } from "./next-working-day";

describe("nextWorkingDay", () => {
  it("jumps the 8-day National Day break", () => {
    expect(nextWorkingDay("2024-09-30")).toBe("2024-10-08");
  });

  it("lands on a make-up Sunday", () => {
    expect(nextWorkingDay("2024-09-27")).toBe("2024-09-29");
  });

  it("crosses into the next year over the New Year break", () => {
    expect(nextWorkingDay("2018-12-28")).toBe("2018-12-29");
    expect(nextWorkingDay("2018-12-29")).toBe("2019-01-02");
  });
});

describe("previousWorkingDay", () => {
  it("goes back over a break", () => {
    expect(previousWorkingDay("2024-10-08")).toBe("2024-09-30");
    expect(previousWorkingDay("2025-02-05")).toBe("2025-01-27");
  });
});
