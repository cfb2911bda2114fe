import { countWorkingDays, createCalendar } from "@xunshi/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "./domain-error";
import { shanxi2024Round6 } from "./fixtures/shanxi-2024-round-6";
import { addDaysIso } from "./internal/iso-date";
import { parseRound } from "./parse-round";
import { deriveSchedule, isAcceptingAt, toAcceptanceRules } from "./schedule";

const round = parseRound(shanxi2024Round6);

describe("deriveSchedule", () => {
  it("derives the motivating round's schedule: 62 working days, 88 calendar days of acceptance", () => {
    const s = deriveSchedule(round);
    expect(s.acceptance).toEqual({ from: "2024-10-12", to: "2025-01-07", calendarDays: 88, workingDays: 62 });
    expect(s.stationing).toEqual({ from: "2024-10-12", to: "2024-10-14", calendarDays: 3, workingDays: 2 });
    expect(s.onSite?.to).toBe("2025-01-12");
    expect(s.mobilization).toBe("2024-10-10");
    expect(s.rectificationReportDue).toBeUndefined();
  });

  it("gives the rectification report's due date 2 months after feedback", () => {
    const withFeedback = parseRound({
      ...shanxi2024Round6,
      keyDates: { ...shanxi2024Round6.keyDates, feedback: "2025-03-31" },
    });
    const due = deriveSchedule(withFeedback).rectificationReportDue;
    expect(due?.dueDate).toBe("2025-06-03"); // 2025-05-31 opens the Dragon Boat break
    expect(due?.rule?.id).toBe("inspection.rectification-report");
  });

  it("uses the calendar it is given (a local closure)", () => {
    const calendar = createCalendar({ overlays: [{ name: "本地", reason: "test", closures: ["2024-10-14"] }] });
    expect(deriveSchedule(round, { calendar }).acceptance.workingDays).toBe(61);
  });
});

describe("isAcceptingAt", () => {
  it("is open in office hours on working days, a make-up Saturday included", () => {
    expect(isAcceptingAt(round, "2024-10-12T09:00:00+08:00").accepting).toBe(true);
    expect(isAcceptingAt(round, new Date("2024-12-30T02:00:00Z")).code).toBe("open");
  });

  it("is closed on a Sunday, at lunch and at night, with the next opening", () => {
    expect(isAcceptingAt(round, "2024-10-13T09:00:00+08:00")).toMatchObject({
      accepting: false,
      code: "outside-office-hours",
      nextOpening: "2024-10-14T08:00:00+08:00",
    });
    expect(isAcceptingAt(round, "2024-12-30T13:00:00+08:00").nextOpening).toBe("2024-12-30T14:30:00+08:00");
    expect(isAcceptingAt(round, "2024-12-31T19:00:00+08:00").nextOpening).toBe("2025-01-02T08:00:00+08:00");
  });

  it("is closed before the window and after the cut-off", () => {
    expect(isAcceptingAt(round, "2024-10-11T09:00:00+08:00")).toMatchObject({
      code: "before-window",
      nextOpening: "2024-10-12T08:00:00+08:00",
    });
    const after = isAcceptingAt(round, "2025-01-08T09:00:00+08:00");
    expect(after).toMatchObject({ accepting: false, code: "after-cutoff" });
    expect(after.nextOpening).toBeUndefined();
    expect(isAcceptingAt(round, "2025-01-07T17:59:00+08:00").accepting).toBe(true);
    expect(isAcceptingAt(round, "2025-01-07T18:00:00+08:00").nextOpening).toBeUndefined();
  });
});

describe("isAcceptingAt: instants and other schedules", () => {
  it("reads a Date in Asia/Shanghai whatever the host zone", () => {
    // 2024-10-11T16:30Z is 00:30 on Saturday 2024-10-12 in Beijing: inside the window, before the desk opens.
    expect(isAcceptingAt(round, new Date("2024-10-11T16:30:00Z"))).toMatchObject({
      code: "outside-office-hours",
      nextOpening: "2024-10-12T08:00:00+08:00",
    });
    // 2025-01-07T10:30Z is 18:30 in Beijing on the cut-off day: closed for good.
    expect(isAcceptingAt(round, new Date("2025-01-07T10:30:00Z")).nextOpening).toBeUndefined();
    // Without an offset, a date-time is Beijing wall-clock time.
    expect(isAcceptingAt(round, "2024-10-14T08:00").accepting).toBe(true);
  });

  it("states the reason with the round's hours", () => {
    expect(isAcceptingAt(round, "2024-10-13T09:00:00+08:00").reason).toEqual({
      zh: "不在受理时间内（工作日08:00–12:00, 14:30–18:00）。",
      en: "Outside the acceptance hours (working days, 08:00–12:00, 14:30–18:00).",
    });
  });

  it("is open on a Sunday when the round answers every day (central practice)", () => {
    const daily = parseRound({
      ...shanxi2024Round6,
      acceptance: {
        ...shanxi2024Round6.acceptance,
        officeHours: { days: "every-day", segments: [{ start: "08:00", end: "18:00" }] },
      },
    });
    expect(isAcceptingAt(daily, "2024-10-13T09:00:00+08:00").accepting).toBe(true);
    expect(isAcceptingAt(daily, "2024-10-13T19:00:00+08:00").nextOpening).toBe("2024-10-14T08:00:00+08:00");
  });

  it("rejects a value that is not a validated round", () => {
    expect(() => isAcceptingAt({} as never, "2024-10-12T09:00:00+08:00")).toThrow(DomainError);
    expect(() => deriveSchedule(null as never)).toThrow(
      "Invalid round for deriveSchedule: expected a round validated with parseRound, received null.",
    );
    expect(() => toAcceptanceRules(shanxi2024Round6.acceptance as never)).toThrow(/toAcceptanceRules/);
  });

  it("rejects an instant that is not a valid Date or ISO date-time", () => {
    expect(() => isAcceptingAt(round, "garbage")).toThrow(DomainError);
    expect(() => isAcceptingAt(round, "2024-02-30T09:00:00+08:00")).toThrow(/expected a Date or an ISO date-time/);
    expect(() => isAcceptingAt(round, new Date(Number.NaN))).toThrow(DomainError);
  });
});

describe("deriveSchedule laws", () => {
  it("counts each acceptance window's days consistently (property)", () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDaysIso("2024-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), (start, length) => {
        const cutoff = addDaysIso(start, length);
        const r = parseRound({
          ...shanxi2024Round6,
          keyDates: { stationing: { from: start, to: start }, onSiteEnd: cutoff },
          events: [],
          acceptance: { ...shanxi2024Round6.acceptance, start, cutoff },
        });
        const { acceptance } = deriveSchedule(r);
        return (
          acceptance.calendarDays === length + 1 &&
          acceptance.workingDays <= acceptance.calendarDays &&
          acceptance.workingDays === countWorkingDays(start, cutoff)
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe("toAcceptanceRules", () => {
  it("maps the round's window, hours, channels and scope", () => {
    const rules = toAcceptanceRules(round);
    expect(rules).toMatchObject({ start: "2024-10-12", cutoff: "2025-01-07", channels: ["phone", "letter", "visit"] });
    expect(rules.subjectRoles).toEqual(["leadership-team", "next-level-principal", "key-post"]);
    expect(rules.matters).toHaveLength(7);
  });
});
