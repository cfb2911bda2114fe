import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "./compute-deadline";
import { deadlineStatus } from "./deadline-status";
import { OFFICE_HOURS_PRESETS } from "./office-hours";

const due = computeDeadline("2024-12-30", { workingDays: 15 }); // 2025-01-21, 24:00

describe("deadlineStatus", () => {
  it("is pending before the due date, with days left", () => {
    expect(deadlineStatus(due, "2025-01-20T10:00+08:00")).toEqual({
      status: "pending",
      calendarDaysLeft: 1,
      workingDaysLeft: 1,
    });
    expect(deadlineStatus(due, "2025-01-10T10:00+08:00").workingDaysLeft).toBe(7);
  });

  it("is due today on the due date until 24:00, read in Beijing time", () => {
    expect(deadlineStatus(due, "2025-01-21T23:59:00+08:00").status).toBe("due-today");
    // 2025-01-20T16:30Z is 00:30 on Jan 21 in Beijing
    expect(deadlineStatus(due, new Date("2025-01-20T16:30:00Z")).status).toBe("due-today");
  });

  it("is overdue after the due instant, with negative counts", () => {
    const s = deadlineStatus(due, "2025-01-23T09:00+08:00");
    expect(s.status).toBe("overdue");
    expect(s.calendarDaysLeft).toBe(-2);
    expect(s.workingDaysLeft).toBe(-2);
  });

  it("reports working time left against office hours (closing time ends the day)", () => {
    const hours = OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak;
    const d = computeDeadline("2024-12-30", { workingDays: 15 }, { officeHours: hours });
    const s = deadlineStatus(d, "2025-01-21T16:00+08:00", { officeHours: hours });
    expect(s).toMatchObject({ status: "due-today", workingMinutesLeft: 120, workingHoursLeft: 2 });
    expect(deadlineStatus(d, "2025-01-21T18:30+08:00", { officeHours: hours }).status).toBe("overdue");
  });

  it("rejects an invalid now", () => {
    expect(() => deadlineStatus(due, "yesterday")).toThrow(/Invalid date/);
  });

  it("counts working time left across nights, the lunch break and a make-up Saturday", () => {
    const hours = OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak;
    // due 2024-10-12 (a make-up Saturday) at 18:00; from Friday 10-11 17:00: 1 h on Friday + 7 h on Saturday
    const d = computeDeadline("2024-10-11", { workingDays: 1 }, { officeHours: hours });
    expect(d.dueInstant).toBe("2024-10-12T18:00:00+08:00");
    expect(deadlineStatus(d, "2024-10-11T17:00+08:00", { officeHours: hours })).toEqual({
      status: "pending",
      calendarDaysLeft: 1,
      workingDaysLeft: 1,
      workingMinutesLeft: 480,
      workingHoursLeft: 8,
    });
    // overdue on Monday 10-14 at 09:30: one open hour past the due instant
    expect(deadlineStatus(d, "2024-10-14T09:30+08:00", { officeHours: hours })).toMatchObject({
      status: "overdue",
      workingMinutesLeft: -60,
      workingHoursLeft: -1,
    });
  });

  it("at the start of an N-working-day period, N working days are left", () => {
    const dates = fc
      .integer({ min: Date.UTC(2004, 0, 1) / 86_400_000, max: Date.UTC(2026, 5, 30) / 86_400_000 })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const s = deadlineStatus(computeDeadline(start, { workingDays: n }), `${start}T12:00+08:00`);
        expect(s.status).toBe("pending");
        expect(s.workingDaysLeft).toBe(n);
      }),
    );
  });
});
