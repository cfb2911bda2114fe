import { describe, expect, it } from "vitest";
import { ANONYMOUS, NAMED, ROUND_RULES } from "../test/fixtures";
import { aggregateComplaints } from "./aggregate";
import { assessScope } from "./assess-scope";

describe("aggregateComplaints", () => {
  it("counts by category, channel, team, target and scope", () => {
    const lateLetter = {
      ...ANONYMOUS,
      id: "x3",
      channel: "letter" as const,
      receivedAt: "2025-01-09T09:00:00+08:00",
      teamNumber: 2,
    };
    const all = [NAMED, ANONYMOUS, lateLetter];
    const scope = new Map(all.map((c) => [c.id, assessScope(c, ROUND_RULES)]));
    const a = aggregateComplaints(all, scope);
    expect(a.total).toBe(3);
    expect(a.byTopLevel).toEqual({ integrity: 3 });
    expect(a.byChannel).toEqual({ phone: 2, letter: 1 });
    expect(a.byTeam).toEqual({ "1": 2, "2": 1 });
    expect(a.byScope).toEqual({ inScope: 2, outOfScope: 1, unassessed: 0 });
    expect(a.byDestination).toEqual({ "inspection-team": 2, "discipline-commission": 1 });
    expect([a.named, a.anonymous, a.repeats]).toEqual([1, 2, 0]);
    expect(a.subjectsByRankLevel).toEqual({ "department-bureau": 3 });
    expect(a.subjectsByRole).toEqual({ "leadership-team": 3 });
    expect(a.byCategory).toEqual({ "integrity.public-funds-banquets": 3 });
    expect(a.byTarget).toEqual({ "city-a": 3 });
    expect(aggregateComplaints([]).byScope).toEqual({ inScope: 0, outOfScope: 0, unassessed: 0 });
    const { categorization: _, teamNumber: __, targetId: ___, ...bare } = ANONYMOUS;
    const b = aggregateComplaints([{ ...bare, subjects: [{ role: "other" }] }]);
    expect([b.byCategory, b.byTeam, b.byTarget, b.subjectsByRankLevel]).toEqual([
      { uncategorized: 1 },
      { unassigned: 1 },
      { unassigned: 1 },
      { unknown: 1 },
    ]);
    expect(b.byScope.unassessed).toBe(1);
  });
});
