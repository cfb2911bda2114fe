import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { DomainError } from "./domain-error";
import { shanxi2024Round6 } from "./fixtures/shanxi-2024-round-6";
import { parseRound, safeParseRound } from "./parse-round";

const base = JSON.parse(JSON.stringify(shanxi2024Round6));
const clone = () => JSON.parse(JSON.stringify(base));

function issueCodes(input: unknown): string[] {
  const r = safeParseRound(input, { locale: "en" });
  return r.success ? [] : r.error.issues.map((i) => i.code);
}
function issuePaths(input: unknown): string[] {
  const r = safeParseRound(input, { locale: "en" });
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
}

describe("the Shanxi 2024 round-6 fixture", () => {
  it("validates", () => {
    const round = parseRound(shanxi2024Round6);
    expect(round.teams).toHaveLength(13);
    expect(round.focusAreas).toHaveLength(6);
    expect(round.specialChecks).toHaveLength(4);
    expect(round.targetGroups?.find((g) => g.id === "universities")).toMatchObject({
      count: 17,
      named: ["tyut", "sxnu"],
    });
  });

  it("represents count-only targets honestly: 12 + 17 + 1 + 8 targets, only the named ones listed", () => {
    const round = parseRound(shanxi2024Round6);
    expect(round.assignments.map((a) => [a.id, a.teams.length, a.kind, a.targetCount])).toEqual([
      ["cities-and-counties", 4, "regular", 12],
      ["universities", 6, "regular", 17],
      ["sasac", 3, "regular", 1],
      ["enterprises", 3, "mobile", 8],
    ]);
    expect(round.targets).toHaveLength(8);
  });
});

describe("round invariants (one valid and one invalid case each)", () => {
  it("team numbers are unique", () => {
    expect(issueCodes(base)).toEqual([]);
    const r = clone();
    r.teams[12].number = 1;
    expect(issueCodes(r)).toContain("duplicate-team-number");
    expect(issuePaths(r)).toContain("teams.12.number");
  });

  it("leaders are authorized for this round (一次一授权)", () => {
    const r = clone();
    r.teams[0].leader.authorization.roundId = "shanxi-2024-round-5";
    expect(issuePaths(r)).toContain("teams.0.leader.authorization.roundId");
  });

  it("every named target is assigned to exactly one team block per kind", () => {
    const twice = clone();
    twice.assignments[2].targets.push("jinzhong");
    twice.assignments[2].targetCount = 2;
    expect(issueCodes(twice)).toContain("target-assigned-twice");
    const never = clone();
    never.targets.push({ id: "extra", name: { zh: "某厅", en: "A department" }, kind: "department" });
    expect(issueCodes(never)).toContain("target-unassigned");
    // the same target under another kind (a mobile look after a regular one) is allowed when the round has that kind
    const both = clone();
    both.assignments[3].targets.push("sasac");
    both.assignments[3].targetCount = 9;
    expect(issueCodes(both)).toEqual([]);
  });

  it("assignments refer to existing teams, targets and groups", () => {
    const r = clone();
    r.assignments[0].teams.push(14);
    r.assignments[1].groups.push("nope");
    expect(issueCodes(r)).toEqual(expect.arrayContaining(["unknown-team", "unknown-group"]));
  });

  it("counts are consistent (4 teams → 3 cities + 9 counties = 12; 一托N)", () => {
    const r = clone();
    r.assignments[0].targetCount = 13;
    expect(issuePaths(r)).toContain("assignments.0.targetCount");
    const oneToThree = clone();
    oneToThree.assignments[0].oneToN = 3;
    expect(issueCodes(oneToThree)).toEqual([]);
    oneToThree.assignments[0].oneToN = 4;
    expect(issueCodes(oneToThree)).toContain("count-mismatch");
    const group = clone();
    group.targetGroups[1].count = 1;
    expect(issueCodes(group)).toContain("group-count");
  });

  it("the acceptance cut-off falls inside the on-site period", () => {
    const r = clone();
    r.acceptance.cutoff = "2025-02-01"; // after 2024-10-12 + 3 months
    expect(issuePaths(r)).toContain("acceptance.cutoff");
    const early = clone();
    early.acceptance.cutoff = "2024-10-01";
    expect(issueCodes(early)).toContain("cutoff-outside-on-site");
  });

  it("phases are in order; stationing may span a rest day", () => {
    const ok = clone();
    ok.events.push({ phase: "report", from: "2025-02-20" }, { phase: "feedback", from: "2025-04-10" });
    expect(issueCodes(ok)).toEqual([]);
    const r = clone();
    r.events.push({ phase: "report", from: "2025-04-20" }, { phase: "feedback", from: "2025-04-10" });
    expect(issueCodes(r)).toContain("phase-order");
  });

  it("targets' parents exist", () => {
    const r = clone();
    r.targets[0].parentId = "nowhere";
    expect(issuePaths(r)).toContain("targets.0.parentId");
  });

  it("target ids are unique, and groups name targets of their kind, each in one group", () => {
    const dup = clone();
    dup.targets.push({ ...dup.targets[0] });
    expect(issuePaths(dup)).toContain("targets.8.id");
    const kind = clone();
    kind.targetGroups[1].named.push("jinzhong");
    expect(issueCodes(kind)).toContain("group-kind");
    const twoGroups = clone();
    twoGroups.targetGroups.push({ ...twoGroups.targetGroups[1], id: "universities-again", named: ["tyut"] });
    expect(issueCodes(twoGroups)).toContain("target-in-two-groups");
    const direct = clone();
    direct.assignments[1].targets = ["sxnu"];
    expect(issueCodes(direct)).toContain("target-assigned-twice");
  });

  it("a context-only parent (inspected: false) needs no team, and must not get one", () => {
    const countiesOnly = clone();
    countiesOnly.targets[0].inspected = false; // 晋中 as the parent of inspected counties only
    countiesOnly.assignments[0].targets = ["changzhi", "jincheng"];
    countiesOnly.assignments[0].targetCount = 11;
    expect(issueCodes(countiesOnly)).toEqual([]);
    const assigned = clone();
    assigned.targets[0].inspected = false;
    expect(issueCodes(assigned)).toEqual(["target-not-inspected"]);
  });

  it("assignments have unique ids, at least one target or group, and a kind the round uses", () => {
    const dup = clone();
    dup.assignments[3].id = "sasac";
    expect(issueCodes(dup)).toContain("duplicate-assignment-id");
    const empty = clone();
    empty.assignments.push({ id: "nothing", teams: [1], kind: "regular" });
    expect(issueCodes(empty)).toEqual(["empty-assignment"]);
    const special = clone();
    special.assignments[2].kind = "special";
    expect(issuePaths(special)).toEqual(["assignments.2.kind"]);
  });

  it("key dates are in order: mobilization, stationing, on-site end, feedback; acceptance from mobilization on", () => {
    const stationing = clone();
    stationing.keyDates.stationing.to = "2024-10-11";
    expect(issuePaths(stationing)).toContain("keyDates.stationing.to");
    const mobilization = clone();
    mobilization.keyDates.mobilization = "2024-10-13";
    mobilization.events[0].from = "2024-10-13";
    expect(issuePaths(mobilization)).toContain("keyDates.mobilization");
    const feedback = clone();
    feedback.keyDates.feedback = "2025-01-10"; // before the end of about 3 months on site (2025-01-12)
    expect(issuePaths(feedback)).toEqual(["keyDates.feedback"]);
    feedback.keyDates.feedback = "2025-03-31";
    expect(issueCodes(feedback)).toEqual([]);
    const start = clone();
    start.acceptance.start = "2024-10-09";
    expect(issuePaths(start)).toEqual(["acceptance.start"]);
    const reversed = clone();
    reversed.acceptance.start = "2024-10-14";
    reversed.acceptance.cutoff = "2024-10-13";
    expect(issuePaths(reversed)).toContain("acceptance.cutoff");
  });

  it("an explicit on-site end wins over the duration", () => {
    const r = clone();
    r.keyDates.onSiteEnd = "2025-01-05";
    expect(issueCodes(r)).toContain("cutoff-outside-on-site");
    r.keyDates.onSiteEnd = "2025-01-07";
    expect(issueCodes(r)).toEqual([]);
  });

  it("represents a count-only group with no named member", () => {
    const r = clone();
    r.targetGroups[1].named = [];
    r.targets = r.targets.filter((t: { id: string }) => t.id !== "tyut" && t.id !== "sxnu");
    expect(issueCodes(r)).toEqual([]);
  });

  it("reports in Chinese by default, in English on request, as a typed error", () => {
    const r = clone();
    r.teams[12].number = 1;
    const zh = safeParseRound(r);
    expect(!zh.success && zh.error.issues[0]).toEqual({
      path: ["teams", 12, "number"],
      code: "duplicate-team-number",
      message: "巡视组编号重复：第1组出现两次",
    });
    const en = safeParseRound(r, { locale: "en" });
    expect(!en.success && en.error.issues[0]?.message).toBe(
      "team number 1 is used twice: expected unique team numbers",
    );
    expect(!en.success && en.error.code).toBe("INVALID_ROUND");
    expect(!en.success && DomainError.isInstance(en.error)).toBe(true);
    expect(!en.success && (en.error.cause as Error).name).toBe("ZodError");
    const zhBuiltIn = safeParseRound({ ...base, level: "planetary" });
    expect(!zhBuiltIn.success && zhBuiltIn.error.issues[0]?.message).toMatch(/无效选项/);
    expect(() => parseRound(r, { locale: "en" })).toThrow(DomainError);
    expect(() => parseRound(r)).toThrow(/Invalid round/);
    const wrongType = safeParseRound({ ...base, level: "planetary" }, { locale: "en" });
    expect(!wrongType.success && wrongType.error.issues[0]?.message).toMatch(/Invalid option/);
  });

  it("never changes zod's global configuration", () => {
    safeParseRound({ ...base, level: "planetary" }); // a Chinese parse
    const plain = z.string().min(5).safeParse("a");
    expect(plain.error?.issues[0]?.message).toMatch(/^Too small/);
  });
});

describe("round invariants (properties)", () => {
  const withBlock = (teams: number, perTeam: number, count: number) => {
    const r = clone();
    r.teams = Array.from({ length: teams }, (_, i) => ({
      number: i + 1,
      leader: { authorization: { roundId: r.id } },
    }));
    r.targets = [];
    r.targetGroups = [{ id: "units", label: { zh: "若干单位", en: "Some units" }, kind: "other", count, named: [] }];
    r.assignments = [
      {
        id: "units",
        teams: r.teams.map((t: { number: number }) => t.number),
        kind: "regular",
        groups: ["units"],
        oneToN: perTeam,
      },
    ];
    return r;
  };

  it("一托N holds exactly when teams × N equals the number of targets", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: -2, max: 2 }),
        (teams, n, off) => {
          const count = teams * n + off;
          fc.pre(count > 0);
          const ok = safeParseRound(withBlock(teams, n, count)).success;
          return ok === (off === 0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("the order of teams, targets and assignments does not change validity", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const r = clone();
        const rotate = <T>(xs: T[]) => xs.slice(seed % xs.length).concat(xs.slice(0, seed % xs.length));
        r.teams = rotate(r.teams);
        r.targets = rotate(r.targets);
        r.assignments = rotate(r.assignments);
        return safeParseRound(r).success;
      }),
      { numRuns: 30 },
    );
  });
});
