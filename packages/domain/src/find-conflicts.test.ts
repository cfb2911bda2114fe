import { describe, expect, it } from "vitest";
import { DomainError } from "./domain-error";
import { findConflicts } from "./find-conflicts";
import { shanxi2024Round6 } from "./fixtures/shanxi-2024-round-6";
import { parseRound } from "./parse-round";

const round = parseRound(shanxi2024Round6);

describe("findConflicts (回避)", () => {
  it("lists the assignments a member must stay out of: a past unit, by Chinese name, and the counties under it", () => {
    const c = findConflicts(round, [{ teamNumber: 2, person: "甲", pastUnits: ["晋中市"] }]);
    expect(c.map((x) => [x.targetId, x.assignmentId])).toEqual([
      ["jinzhong", "cities-and-counties"],
      ["counties", "cities-and-counties"],
    ]);
    expect(c[0]?.reason).toEqual({ zh: "曾在晋中市工作", en: "worked at Jinzhong" });
    expect(c[1]?.reason.zh).toBe("曾在晋中市工作（3个市所辖9个县（市、区）属其下辖）");
  });

  it("covers relatives' units, by id or English name, and named members of a group", () => {
    const byId = findConflicts(round, [
      { teamNumber: 5, person: "乙", relativesUnits: [{ unit: "tyut", relation: "配偶" }] },
    ]);
    expect(byId).toEqual([
      {
        teamNumber: 5,
        person: "乙",
        targetId: "tyut",
        assignmentId: "universities",
        reason: { zh: "配偶在太原理工大学工作", en: "a relative (配偶) works at Taiyuan University of Technology" },
      },
    ]);
    const byEnglish = findConflicts(round, [
      { teamNumber: 12, person: "丙", pastUnits: ["shanxi publishing and media group"] },
    ]);
    expect(byEnglish.map((x) => [x.targetId, x.assignmentId])).toEqual([["publishing-media", "enterprises"]]);
  });

  it("finds nothing when the units are not the team's, or not in the round", () => {
    expect(findConflicts(round, [{ teamNumber: 11, person: "丁", pastUnits: ["晋中市", "某不存在单位"] }])).toEqual([]);
    expect(findConflicts(round, [])).toEqual([]);
  });

  it("follows parents down more than one level", () => {
    const nested = parseRound({
      ...shanxi2024Round6,
      targets: [
        ...shanxi2024Round6.targets,
        { id: "yuci", name: { zh: "榆次区", en: "Yuci" }, kind: "district", parentId: "jinzhong" },
        { id: "yuci-town", name: { zh: "某镇", en: "A town" }, kind: "other", parentId: "yuci" },
      ],
      assignments: [
        ...shanxi2024Round6.assignments,
        { id: "towns", teams: [3], kind: "mobile", targets: ["yuci", "yuci-town"] },
      ],
    });
    const c = findConflicts(nested, [{ teamNumber: 3, person: "戊", pastUnits: ["jinzhong"] }]);
    expect(c.map((x) => x.targetId)).toEqual(["jinzhong", "counties", "yuci", "yuci-town"]);
  });

  it("rejects declarations that are not an array, and a round that was not validated", () => {
    expect(() => findConflicts(round, { teamNumber: 1, person: "庚" } as never)).toThrow(DomainError);
    expect(() => findConflicts({ teams: [] } as never, [])).toThrow(/findConflicts: expected a round validated/);
  });

  it("rejects a declaration for a team that does not exist", () => {
    expect(() => findConflicts(round, [{ teamNumber: 99, person: "己" }])).toThrow(DomainError);
    expect(() => findConflicts(round, [{ teamNumber: 99, person: "己" }])).toThrow(/received 99/);
  });
});
