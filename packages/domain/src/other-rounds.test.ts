// Rounds other than the motivating one, to show that the model is not shaped by one example. The documents are
// illustrative (invented units), built on the patterns of reference.md §1.3 and §1.8.
import { describe, expect, it } from "vitest";
import { findConflicts } from "./find-conflicts";
import { phaseOn } from "./lifecycle";
import { parseRound, safeParseRound } from "./parse-round";
import type { RoundInput } from "./round-schema";
import { deriveSchedule, isAcceptingAt, toAcceptanceRules } from "./schedule";

const leader = (roundId: string) => ({ title: "组长", authorization: { roundId } });

/** A county 巡察 round: 3 teams, "一托三" over 9 townships, working days 8:30–12:00 and 14:30–18:00. */
const countyRound = {
  id: "some-county-2025-round-2",
  name: { zh: "某县委第二轮巡察", en: "A county committee's 2nd patrol round" },
  level: "county",
  dispatchingBody: { name: { zh: "中共某县委", en: "A county party committee" } },
  term: 15,
  roundNumber: 2,
  kinds: ["regular"],
  focusAreas: [{ custom: { zh: "乡村振兴", en: "Rural revitalization" } }],
  specialChecks: [{ code: "personnel-selection" }],
  keyDates: { stationing: { from: "2025-04-07", to: "2025-04-08" }, onSiteDuration: { days: 40 } },
  teams: [1, 2, 3].map((number) => ({ number, leader: leader("some-county-2025-round-2") })),
  targets: [],
  targetGroups: [
    {
      id: "townships",
      label: { zh: "9个乡镇党委", en: "9 township committees" },
      kind: "township",
      count: 9,
      named: [],
    },
  ],
  assignments: [{ id: "townships", teams: [1, 2, 3], kind: "regular", groups: ["townships"], oneToN: 3 }],
  acceptance: {
    start: "2025-04-07",
    cutoff: "2025-05-09",
    officeHours: {
      days: "working-days",
      segments: [
        { start: "08:30", end: "12:00" },
        { start: "14:30", end: "18:00" },
      ],
    },
    channels: [{ kind: "hotline" }, { kind: "sms" }, { kind: "suggestion-box" }, { kind: "online-platform" }],
    scope: { subjectRoles: ["leadership-team", "key-post"], matters: ["integrity", "mass", "work"] },
  },
} satisfies RoundInput;

/** A central round: provinces and a ministry, every day 8:00–18:00, retired and transferred cadres included. */
const centralRound = {
  id: "central-20-round-x",
  name: { zh: "二十届中央某轮巡视", en: "A round of the 20th Central Committee" },
  level: "central",
  dispatchingBody: { name: { zh: "中共中央", en: "CPC Central Committee" } },
  term: 20,
  roundNumber: 9,
  kinds: ["regular", "elevated", "look-back"],
  focusAreas: [{ code: "reform" }, { code: "major-risks" }],
  specialChecks: [],
  keyDates: {
    mobilization: "2026-03-02",
    stationing: { from: "2026-03-05", to: "2026-03-06" },
    onSiteEnd: "2026-05-05",
  },
  teams: [1, 2].map((number) => ({
    number,
    leader: { name: "某某", ...leader("central-20-round-x") },
    deputies: [{ title: "副组长", authorization: { roundId: "central-20-round-x" } }],
  })),
  targets: [
    {
      id: "province-a",
      name: { zh: "甲省", en: "Province A" },
      kind: "province",
      partyOrganizationType: "party-committee",
    },
    { id: "city-a", name: { zh: "甲省乙市", en: "City B of Province A" }, kind: "city", parentId: "province-a" },
    {
      id: "ministry-c",
      name: { zh: "丙部", en: "Ministry C" },
      kind: "agency",
      partyOrganizationType: "leading-party-group",
    },
  ],
  assignments: [
    { id: "province-a", teams: [1], kind: "regular", targets: ["province-a"] },
    { id: "city-a", teams: [1], kind: "elevated", targets: ["city-a"] },
    { id: "ministry-c", teams: [2], kind: "look-back", targets: ["ministry-c"] },
  ],
  events: [
    { phase: "mobilization", from: "2026-03-02" },
    { phase: "stationing", from: "2026-03-05", to: "2026-03-06" },
  ],
  acceptance: {
    start: "2026-03-05",
    cutoff: "2026-04-30",
    officeHours: { days: "every-day", segments: [{ start: "08:00", end: "18:00" }] },
    channels: [
      { kind: "hotline", address: "010-00000000" },
      { kind: "postal-box", address: "北京市A000信箱" },
    ],
    scope: {
      subjectRoles: ["leadership-team", "next-level-principal", "key-post"],
      includesRetiredOrTransferred: true,
      matters: ["political", "organizational", "integrity", "mass", "work", "life", "rectification"],
    },
  },
} satisfies RoundInput;

describe("a county 巡察 round", () => {
  const round = parseRound(countyRound);

  it("validates a count-only group with 一托三, and rejects 一托四", () => {
    expect(round.assignments[0]?.oneToN).toBe(3);
    const wrong = { ...countyRound, assignments: [{ ...countyRound.assignments[0], oneToN: 4 }] };
    const result = safeParseRound(wrong, { locale: "en" });
    expect(!result.success && result.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["count-mismatch", "assignments.0.oneToN"],
    ]);
  });

  it("derives a 40-day on-site period and its acceptance window", () => {
    const s = deriveSchedule(round);
    expect(s.onSite).toMatchObject({ from: "2025-04-07", to: "2025-05-17" });
    // 2025-04-07..2025-05-09: Qingming (Apr 4–6) is before; the May Day break (May 1–5) falls inside, Apr 27 is a make-up working Sunday.
    expect(s.acceptance).toEqual({ from: "2025-04-07", to: "2025-05-09", calendarDays: 33, workingDays: 23 });
  });

  it("is closed during the May Day break and at lunch", () => {
    expect(isAcceptingAt(round, "2025-05-02T09:00:00+08:00")).toMatchObject({
      code: "outside-office-hours",
      nextOpening: "2025-05-06T08:30:00+08:00",
    });
    expect(isAcceptingAt(round, "2025-04-27T09:00:00+08:00").accepting).toBe(true); // make-up working Sunday
    expect(isAcceptingAt(round, "2025-04-28T12:10:00+08:00").nextOpening).toBe("2025-04-28T14:30:00+08:00");
  });

  it("maps its channels for intake", () => {
    expect(toAcceptanceRules(round).channels).toEqual(["phone", "sms", "suggestion-box", "online"]);
  });
});

describe("a central round", () => {
  const round = parseRound(centralRound);

  it("validates provinces, an elevated inspection of a city under one, and a look-back", () => {
    expect(round.assignments.map((a) => a.kind)).toEqual(["regular", "elevated", "look-back"]);
    expect(round.acceptance.scope.includesRetiredOrTransferred).toBe(true);
  });

  it("answers every day, weekends included", () => {
    expect(isAcceptingAt(round, "2026-03-08T10:00:00+08:00").accepting).toBe(true); // a Sunday
    expect(isAcceptingAt(round, "2026-03-04T10:00:00+08:00")).toMatchObject({
      code: "before-window",
      nextOpening: "2026-03-05T08:00:00+08:00",
    });
    expect(phaseOn(round, "2026-03-04")).toBe("mobilization");
  });

  it("flags a deputy whose relative works in a city under the inspected province", () => {
    const conflicts = findConflicts(round, [
      { teamNumber: 1, person: "副组长甲", relativesUnits: [{ unit: "甲省", relation: "子女" }] },
      { teamNumber: 2, person: "组员乙", pastUnits: ["甲省乙市"] },
    ]);
    expect(conflicts.map((c) => [c.person, c.targetId, c.assignmentId])).toEqual([
      ["副组长甲", "province-a", "province-a"],
      ["副组长甲", "city-a", "city-a"],
    ]);
  });

  it("rejects a deputy authorized for another round", () => {
    const [first, ...rest] = centralRound.teams;
    const other = {
      ...centralRound,
      teams: [{ ...first, deputies: [{ title: "副组长", authorization: { roundId: "central-20-round-8" } }] }, ...rest],
    };
    const result = safeParseRound(other);
    expect(!result.success && result.error.issues[0]).toMatchObject({
      path: ["teams", 0, "deputies", 0, "authorization", "roundId"],
      code: "authorization-other-round",
    });
  });
});
