import { CoverageError, createCalendar } from "@xunshi/calendar";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, NAMED } from "../test/fixtures";
import { ComplaintArgumentError, ComplaintValidationError } from "./complaints-error";
import { deadlinesFor, isNamedAccusation } from "./deadlines-for";

const accepted = { status: "accepted" as const, decidedAt: "2024-12-30T11:00:00+08:00" };

describe("deadlinesFor", () => {
  it("gives a named, non-repeat accusation the 15-working-day acceptance notice", () => {
    const clocks = deadlinesFor(NAMED, accepted);
    expect(clocks.map((c) => [c.ruleId, c.deadline.dueDate])).toEqual([["accusation.acceptance-notice", "2025-01-21"]]);
    expect(clocks[0]?.because.zh).toContain("15个工作日");
    expect(clocks[0]?.deadline.explanation.en).toContain("15 working days");
  });

  it("gives anonymous accusations and repeats no notice clocks", () => {
    expect(deadlinesFor(ANONYMOUS, accepted)).toEqual([]);
    expect(deadlinesFor({ ...NAMED, isRepeat: true }, accepted)).toEqual([]);
    // named without a contact is handled as anonymous (检举控告工作规则 art. 24)
    const noContact = { ...NAMED, complainant: { kind: "named" as const, name: "张某" } };
    expect(isNamedAccusation(noContact)).toBe(false);
    expect(deadlinesFor(noContact, accepted)).toEqual([]);
  });

  it("adds the result notice once a named accusation is closed", () => {
    const closed = {
      status: "closed" as const,
      decidedAt: "2025-02-10T10:00:00+08:00",
      closedAt: "2025-03-03T16:00:00+08:00",
    };
    const clocks = deadlinesFor(NAMED, closed);
    expect(clocks.map((c) => c.ruleId)).toEqual(["accusation.acceptance-notice", "accusation.result-notice"]);
    expect(clocks[1]?.deadline.dueDate).toBe("2025-03-24");
  });

  it("adds the 5-working-day forwarding clock when referred up or across", () => {
    const up = deadlinesFor(ANONYMOUS, {
      status: "referred",
      decidedAt: "2024-12-30T11:00:00+08:00",
      destination: "higher-discipline-commission",
    });
    expect(up.map((c) => [c.ruleId, c.deadline.dueDate])).toEqual([["accusation.forward-to-higher", "2025-01-07"]]);
    const across = deadlinesFor(ANONYMOUS, {
      status: "referred",
      decidedAt: "2024-12-30T11:00:00+08:00",
      destination: "discipline-commission",
    });
    expect(across[0]?.ruleId).toBe("accusation.forward-to-lower");
  });

  it("gives a personal grievance referred to the petition bureau the direct notice and the bureau's registration", () => {
    const grievance = {
      ...NAMED,
      categorization: { primary: "personal-grievance.employment", taxonomyVersion: "2024.1", setBy: "staff" as const },
    };
    const referred = { status: "referred" as const, destination: "petition-bureau" as const };
    const clocks = deadlinesFor(grievance, { ...referred, decidedAt: "2025-01-02T11:00:00+08:00" });
    // 15 calendar days from receipt on 2024-12-30 → 2025-01-14; from the referral on 2025-01-02 → 2025-01-17.
    expect(clocks.map((c) => [c.ruleId, c.deadline.dueDate])).toEqual([
      ["petition.notice-direct", "2025-01-14"],
      ["petition.registration", "2025-01-17"],
    ]);
    // Without an address there is no one to write to; anonymous complainants neither.
    const { address: _, ...noAddress } = NAMED.complainant as Extract<typeof NAMED.complainant, { kind: "named" }>;
    expect(
      deadlinesFor(
        { ...grievance, complainant: noAddress },
        { ...referred, decidedAt: "2025-01-02T11:00:00+08:00" },
      ).map((c) => c.ruleId),
    ).toEqual(["petition.registration"]);
  });

  it("gives a body a matter is transferred to its objection window and notice, counted from the referral", () => {
    const suggestion = {
      ...NAMED,
      categorization: { primary: "other.suggestion", taxonomyVersion: "2024.1", setBy: "staff" as const },
    };
    const clocks = deadlinesFor(suggestion, {
      status: "handed-over",
      decidedAt: "2025-01-02T11:00:00+08:00",
      destination: "competent-department",
    });
    expect(clocks.map((c) => [c.ruleId, c.deadline.dueDate])).toEqual([
      ["petition.notice-direct", "2025-01-14"],
      ["petition.objection", "2025-01-09"],
      ["petition.notice-transferred", "2025-01-17"],
    ]);
  });

  it("gives litigation sent to a court no petition clock beyond the direct notice (诉访分离)", () => {
    const appeal = {
      ...NAMED,
      categorization: { primary: "litigation.court-case", taxonomyVersion: "2024.1", setBy: "staff" as const },
    };
    const clocks = deadlinesFor(appeal, {
      status: "referred",
      decidedAt: "2024-12-30T11:00:00+08:00",
      destination: "court",
    });
    expect(clocks.map((c) => c.ruleId)).toEqual(["petition.notice-direct"]);
    expect(
      deadlinesFor(
        { ...appeal, complainant: { kind: "anonymous" } },
        { status: "referred", decidedAt: "2024-12-30T11:00:00+08:00", destination: "court" },
      ),
    ).toEqual([]);
  });

  it("rejects a disposition that breaks the schema or predates the complaint", () => {
    expect(() => deadlinesFor(NAMED, { status: "referred", decidedAt: "2024-12-30T11:00:00+08:00" })).toThrow(
      ComplaintValidationError,
    );
    expect(() => deadlinesFor(NAMED, { status: "accepted", decidedAt: "2024-12-29T11:00:00+08:00" })).toThrow(
      ComplaintArgumentError,
    );
  });

  it("counts across the Spring Festival break and the make-up Saturday (2025)", () => {
    // Received Friday 2025-01-24; Jan 26 (Sun) is worked, Jan 28–Feb 4 are off, Feb 8 (Sat) is worked.
    const clocks = deadlinesFor(
      { ...NAMED, receivedAt: "2025-01-24T09:00:00+08:00" },
      {
        status: "referred",
        decidedAt: "2025-01-24T10:00:00+08:00",
        destination: "higher-discipline-commission",
      },
    );
    // Working days after Jan 24: Jan 26, 27, Feb 5, 6, 7 (5th), Feb 8 (Sat, worked), 10, 11, 12, 13, 14, 17, 18, 19,
    // 20 (15th).
    expect(clocks.map((c) => [c.ruleId, c.deadline.dueDate])).toEqual([
      ["accusation.forward-to-higher", "2025-02-07"],
      ["accusation.acceptance-notice", "2025-02-20"],
    ]);
  });

  it("refuses to guess past the holiday data, and counts with a calendar the caller chooses", () => {
    const later = { ...NAMED, receivedAt: "2031-03-03T10:00:00+08:00" };
    const disposition = { status: "accepted" as const, decidedAt: "2031-03-03T11:00:00+08:00" };
    expect(() => deadlinesFor(later, disposition)).toThrow(CoverageError);
    const weekdays = createCalendar({ fallback: "weekdays" });
    // 15 weekdays after Monday 2031-03-03 → Monday 2031-03-24.
    expect(deadlinesFor(later, disposition, { calendar: weekdays })[0]?.deadline.dueDate).toBe("2031-03-24");
  });

  it("uses the complaint's own disposition by default", () => {
    expect(deadlinesFor({ ...NAMED, disposition: accepted }).length).toBe(1);
  });
});
