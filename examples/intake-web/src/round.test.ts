import { describe, expect, it } from "vitest";
import { SHANXI_2024_ROUND_6 } from "./round";

describe("the desk's round", () => {
  it("labels each of the 13 teams with what its assignments inspect", () => {
    expect(SHANXI_2024_ROUND_6.teams.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(SHANXI_2024_ROUND_6.teams[0]?.zh).toContain("晋中市");
    expect(SHANXI_2024_ROUND_6.teams[4]?.zh).toContain("17所省管高校");
    expect(SHANXI_2024_ROUND_6.teams[12]?.en).toContain("Provincial SASAC");
  });

  it("takes the acceptance rules from the domain round", () => {
    const { acceptance } = SHANXI_2024_ROUND_6;
    expect([acceptance.start, acceptance.cutoff]).toEqual(["2024-10-12", "2025-01-07"]);
    expect([...(acceptance.channels ?? [])].sort()).toEqual(["letter", "phone", "visit"]);
    expect(acceptance.officeHours.days).toBe("working-days");
  });
});
