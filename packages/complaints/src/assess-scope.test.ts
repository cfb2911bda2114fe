import { CoverageError, createCalendar } from "@xunshi/calendar";
import { describe, expect, it } from "vitest";
import { NAMED, ROUND, ROUND_RULES } from "../test/fixtures";
import { type AcceptanceRules, assessScope } from "./assess-scope";
import { type Complaint, SUBJECT_ROLES } from "./complaint-schema";
import { ComplaintArgumentError } from "./complaints-error";

const withCategory = (primary: string, patch: Partial<Complaint> = {}): Complaint => ({
  ...NAMED,
  ...patch,
  categorization: { primary, taxonomyVersion: "2024.1", setBy: "staff" },
});

describe("assessScope with the motivating round", () => {
  it("takes a discipline matter about a leadership-team member, by phone in office hours", () => {
    const a = assessScope(NAMED, ROUND_RULES);
    expect(a.inScope).toBe(true);
    expect(a.destination.code).toBe("inspection-team");
    expect(a.reasons.map((r) => r.code)).toEqual(["in-scope", "in-window"]);
    expect(a.category).toEqual({
      code: "integrity.public-funds-banquets",
      topLevel: "integrity",
      source: "categorization",
    });
  });

  it("accepts on a make-up working Saturday (2024-10-12)", () => {
    expect(assessScope({ ...NAMED, receivedAt: "2024-10-12T09:00:00+08:00" }, ROUND_RULES).inScope).toBe(true);
  });

  it("refers a phone call outside office hours, with a destination", () => {
    const lunch = assessScope({ ...NAMED, receivedAt: "2024-12-30T12:30:00+08:00" }, ROUND_RULES);
    expect(lunch.inScope).toBe(false);
    expect(lunch.reasons[0]?.code).toBe("outside-office-hours");
    expect(lunch.destination.code).toBe("discipline-commission");
    // a Sunday rest day, read in Beijing time (2024-10-13T01:00Z is 09:00 on Sunday Oct 13)
    expect(assessScope({ ...NAMED, receivedAt: "2024-10-13T01:00:00Z" }, ROUND_RULES).reasons[0]?.code).toBe(
      "outside-office-hours",
    );
  });

  it("accepts a letter any day, and judges a late letter by its postmark", () => {
    const letter = { ...NAMED, channel: "letter" as const, receivedAt: "2025-01-09T10:00:00+08:00" };
    expect(assessScope({ ...letter, postmarkDate: "2025-01-06" }, ROUND_RULES).inScope).toBe(true);
    const late = assessScope({ ...letter, postmarkDate: "2025-01-08" }, ROUND_RULES);
    expect(late.inScope).toBe(false);
    expect(late.reasons[0]?.code).toBe("after-cutoff");
    expect(late.reasons[0]?.en).toContain("postmark 2025-01-08");
    expect(late.destination.code).toBe("discipline-commission");
  });

  it("refers anything received after the cut-off", () => {
    const a = assessScope({ ...NAMED, receivedAt: "2025-01-08T10:00:00+08:00" }, ROUND_RULES);
    expect(a.reasons[0]?.code).toBe("after-cutoff");
    expect(assessScope({ ...NAMED, receivedAt: "2024-10-11T10:00:00+08:00" }, ROUND_RULES).reasons[0]?.code).toBe(
      "before-start",
    );
  });

  it("redirects a channel the round did not open", () => {
    const a = assessScope({ ...NAMED, channel: "online" }, ROUND_RULES);
    expect(a.reasons[0]?.code).toBe("channel-not-offered");
    expect(a.destination.code).toBe("discipline-commission");
  });

  it.each([
    ["litigation.court-case", "court"],
    ["litigation.police-and-prosecution", "procuratorate"],
    ["litigation.arbitration", "arbitration-body"],
    ["litigation.administrative-review", "administrative-review-body"],
    ["personal-grievance.employment", "petition-bureau"],
    ["other.no-public-role", "public-security"],
    ["other.suggestion", "petition-bureau"],
  ])("refers an out-of-scope matter %s to %s", (code, destination) => {
    const a = assessScope(withCategory(code), ROUND_RULES);
    expect(a.inScope).toBe(false);
    expect(a.reasons[0]?.code).toBe("matter");
    expect(a.destination.code).toBe(destination);
  });

  it("refers a subject outside the accepted roles to the discipline commission (personnel matters: organization dept.)", () => {
    const clerk = [{ name: "某科员", role: "other" as const }];
    const a = assessScope({ ...NAMED, subjects: clerk }, ROUND_RULES);
    expect(a.reasons[0]?.code).toBe("subject-role");
    expect(a.destination.code).toBe("discipline-commission");
    expect(
      assessScope(withCategory("organizational.personnel-selection", { subjects: clerk }), ROUND_RULES).destination
        .code,
    ).toBe("organization-department");
  });

  it("sends a complaint about the head of the receiving body to the level above", () => {
    const a = assessScope({ ...NAMED, subjects: [{ role: "other", isHeadOfReceivingBody: true }] }, ROUND_RULES);
    expect(a.destination.code).toBe("higher-discipline-commission");
    expect(a.reasons[0]?.zh).toContain("上一级");
  });

  it("notes a missing subject but still takes a discipline matter", () => {
    const a = assessScope({ ...NAMED, subjects: [] }, ROUND_RULES);
    expect(a.inScope).toBe(true);
    expect(a.reasons.map((r) => r.code)).toContain("no-subject-named");
  });

  it("falls back to the suggestion when nothing is categorized", () => {
    const { categorization: _, ...uncategorized } = NAMED;
    const a = assessScope(
      { ...uncategorized, content: "我不服法院的判决，要求重审，请巡视组督促法院改判。" },
      ROUND_RULES,
    );
    expect(a.category.source).toBe("suggestion");
    expect(a.category.topLevel).toBe("litigation");
    expect(a.inScope).toBe(false);
    expect(assessScope(uncategorized, ROUND_RULES, { category: "mass.extortion" }).category.source).toBe("option");
    expect(() => assessScope(uncategorized, ROUND_RULES, { category: "nope" })).toThrow(ComplaintArgumentError);
  });

  it("accepts a visit in office hours but refers one at the weekend", () => {
    const visit = { ...NAMED, channel: "visit" as const };
    expect(assessScope({ ...visit, receivedAt: "2024-11-18T15:00:00+08:00" }, ROUND_RULES).inScope).toBe(true);
    const saturday = assessScope({ ...visit, receivedAt: "2024-11-16T15:00:00+08:00" }, ROUND_RULES);
    expect(saturday.reasons[0]?.code).toBe("outside-office-hours");
  });

  it("takes letters (and SMS where a round opens it) at any hour; only calls and visits keep office hours", () => {
    const sunday = "2024-10-13T23:00:00+08:00";
    expect(assessScope({ ...NAMED, channel: "letter", receivedAt: sunday }, ROUND_RULES).inScope).toBe(true);
    const withSms = { ...ROUND_RULES, channels: [...(ROUND_RULES.channels ?? []), "sms" as const] };
    expect(assessScope({ ...NAMED, channel: "sms", receivedAt: sunday }, withSms).inScope).toBe(true);
    // The motivating round announced a hotline, a postal box and visits only.
    expect(assessScope({ ...NAMED, channel: "sms" }, ROUND_RULES).reasons[0]?.code).toBe("channel-not-offered");
  });

  it("takes the round of @xunshi/domain itself, with the same decisions as its acceptance rules", () => {
    for (const receivedAt of ["2024-12-30T10:00:00+08:00", "2024-12-30T12:30:00+08:00", "2025-01-08T10:00:00+08:00"])
      expect(assessScope({ ...NAMED, receivedAt }, ROUND)).toEqual(assessScope({ ...NAMED, receivedAt }, ROUND_RULES));
    expect(() => assessScope(NAMED, { ...ROUND, acceptance: undefined } as never)).toThrow(ComplaintArgumentError);
    // A complaint made to another round is not judged by this one.
    expect(() => assessScope({ ...NAMED, roundId: "shanxi-2024-round-5" }, ROUND)).toThrow(/round-5/);
  });

  it("judges the last day by Beijing time: a call at 17:30 on the cut-off day is in, the next morning is out", () => {
    expect(assessScope({ ...NAMED, receivedAt: "2025-01-07T09:30:00Z" }, ROUND_RULES).inScope).toBe(true);
    expect(assessScope({ ...NAMED, receivedAt: "2025-01-08T00:30:00Z" }, ROUND_RULES).reasons[0]?.code).toBe(
      "after-cutoff",
    );
  });

  it("refers a letter without a postmark that arrives after the cut-off", () => {
    const a = assessScope({ ...NAMED, channel: "letter", receivedAt: "2025-01-08T09:00:00+08:00" }, ROUND_RULES);
    expect(a.reasons[0]?.code).toBe("after-cutoff");
    expect(a.reasons[0]?.en).toContain("receipt date 2025-01-08");
    expect(a.reasons[0]?.zh).toContain("请录入邮戳日期");
  });

  it("sends a late litigation matter to the court, not the commission", () => {
    const late = withCategory("litigation.court-case", { receivedAt: "2025-01-08T10:00:00+08:00" });
    expect(assessScope(late, ROUND_RULES).destination.code).toBe("court");
  });

  it("uses the round's own roles: a round that also accepts other cadres takes a complaint about one", () => {
    const clerk = { ...NAMED, subjects: [{ role: "other" as const }] };
    expect(assessScope(clerk, { ...ROUND_RULES, subjectRoles: [...SUBJECT_ROLES] }).inScope).toBe(true);
  });

  it("reads office hours with the calendar the caller chooses", () => {
    const rules = { ...ROUND_RULES, start: "2031-01-01", cutoff: "2031-12-31" };
    const { roundId: _, ...withoutRound } = NAMED;
    const call: Complaint = { ...withoutRound, receivedAt: "2031-03-03T10:00:00+08:00" };
    expect(() => assessScope(call, rules)).toThrow(CoverageError);
    expect(assessScope(call, rules, { calendar: createCalendar({ fallback: "weekdays" }) }).inScope).toBe(true);
  });

  it.each([
    ["a start that is not a date", { start: "2024-10-32" }, "rules.start"],
    ["a cut-off before the start", { cutoff: "2024-10-01" }, "rules.cutoff"],
    ["an unknown channel", { channels: ["fax"] }, "rules.channels[0]"],
    ["an unknown role", { subjectRoles: ["boss"] }, "rules.subjectRoles[0]"],
    ["an unknown matter", { matters: ["sports"] }, "rules.matters[0]"],
    [
      "broken office hours",
      { officeHours: { days: "every-day", segments: [{ start: "18:00", end: "08:00" }] } },
      "rules.officeHours",
    ],
  ])("rejects rules with %s, naming the argument", (_what, patch, argument) => {
    const rules = { ...ROUND_RULES, ...patch } as AcceptanceRules;
    const before = JSON.stringify(rules);
    try {
      assessScope(NAMED, rules);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ComplaintArgumentError);
      expect((error as ComplaintArgumentError).argument).toBe(argument);
    }
    expect(JSON.stringify(rules)).toBe(before);
  });

  it("always names a destination and gives bilingual reasons", () => {
    for (const code of ["political.factions", "litigation.court-case", "other.inquiry"]) {
      const a = assessScope(withCategory(code), ROUND_RULES);
      expect(a.destination.zh.length).toBeGreaterThan(0);
      for (const r of a.reasons) expect(r.zh.length * r.en.length).toBeGreaterThan(0);
    }
  });
});
