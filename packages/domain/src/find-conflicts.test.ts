import { describe, expect, it } from "vitest";
import { DomainError } from "./domain-error";
import { findConflicts } from "./find-conflicts";
import { shanxi2024Round6 } from "./fixtures/shanxi-2024-round-6";
import { parseRound } from "./parse-round";

const round = parseRound(shanxi2024Round6);

describe("findConflicts (回避)", () => {
  it("lists the assignments a member must stay out of: a past unit, by name or id", () => {
    const c = findConflicts(round, [{ teamNumber: 2, person: "甲", pastUnits: ["晋中市"] }]);
    expect(c.map((x) => [x.targetId, x.assignmentId])).toEqual([
      ["jinzhong", "cities-and-counties"],
      ["counties", "cities-and-counties"],
    ]);
    expect(c[0]?.reason.zh).toBe("曾在晋中市工作");
  });

  it("covers relatives' units, and named members of a group", () => {
    const c = findConflicts(round, [
      { teamNumber: 5, person: "乙", relativesUnits: [{ unit: "tyut", relation: "配偶" }] },
    ]);
    expect(c).toEqual([
      {
        teamNumber: 5,
        person: "乙",
        targetId: "tyut",
        assignmentId: "universities",
        reason: { zh: "配偶在tyut工作", en: "a relative (配偶) works at tyut" },
      },
    ]);
  });

  it("finds nothing when the units are not the team's", () => {
    expect(findConflicts(round, [{ teamNumber: 11, person: "丙", pastUnits: ["晋中市", "某不存在单位"] }])).toEqual([]);
  });

  it("rejects a declaration for a team that does not exist", () => {
    expect(() => findConflicts(round, [{ teamNumber: 99, person: "丁" }])).toThrow(DomainError);
  });
});
