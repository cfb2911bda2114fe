import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./add-working-days";
import { createCalendar } from "./calendar";
import { CalendarError, InvalidArgumentError } from "./calendar-error";
import { computeDeadline } from "./compute-deadline";
import { getDeadlineRule } from "./get-deadline-rule";
import { isWorkingDay } from "./is-working-day";
import { nextWorkingDay } from "./next-working-day";
import { OFFICE_HOURS_PRESETS } from "./office-hours";

describe("computeDeadline", () => {
  it("pins the issue's examples", () => {
    expect(computeDeadline("2024-09-21", { days: 10 }).dueDate).toBe("2024-10-08");
    expect(computeDeadline("2024-12-30", { days: 15 }).dueDate).toBe("2025-01-14");
    expect(computeDeadline("2024-12-30", { workingDays: 15 }).dueDate).toBe("2025-01-21");
    expect(computeDeadline("2024-01-31", { months: 1 }).dueDate).toBe("2024-02-29");
    expect(computeDeadline("2024-10-02", { days: 10 }).dueDate).toBe("2024-10-12");
  });

  it("explains a roll-forward over the National Day break in both languages", () => {
    const d = computeDeadline("2024-09-21", { days: 10 });
    expect(d.explanation.en).toContain("10 days after 2024-09-21 is 2024-10-01, a National Day holiday");
    expect(d.explanation.en).toContain("the period ends on the next working day, 2024-10-08");
    expect(d.explanation.zh).toContain("顺延至休息日后的第一日2024-10-08");
    expect(d.steps.map((s) => s.code)).toEqual(["start", "count", "roll-forward", "end"]);
    expect(d.dueInstant).toBe("2024-10-08T23:59:59.999+08:00");
  });

  it("does not roll from a make-up working Saturday", () => {
    const d = computeDeadline("2024-10-02", { days: 10 });
    expect(d.dueDate).toBe("2024-10-12");
    expect(d.steps.some((s) => s.code === "roll-forward")).toBe(false);
  });

  it("does not extend a calendar-day period for a holiday in the middle", () => {
    // reference.md §5.4: 60 days from acceptance on 2025-01-20 is 2025-03-21, the Spring Festival inside it notwithstanding.
    expect(computeDeadline("2025-01-20", { days: 60 }).dueDate).toBe("2025-03-21");
  });

  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-08-31", 2, "2024-10-31"],
    ["2024-12-31", 2, "2025-02-28"],
  ])("ends a month period on the corresponding day or the month's last day (%s + %i months)", (start, months, due) => {
    expect(computeDeadline(start, { months }, { rollForward: false }).dueDate).toBe(due);
  });

  it("ends a year period on Feb 28 for a Feb 29 start, then rolls from the weekend", () => {
    expect(computeDeadline("2024-02-29", { years: 1 }, { rollForward: false }).dueDate).toBe("2025-02-28");
    expect(computeDeadline("2020-02-29", { years: 1 }, { rollForward: false }).dueDate).toBe("2021-02-28");
    expect(computeDeadline("2020-02-29", { years: 1 }).dueDate).toBe("2021-03-01"); // 2021-02-28 was a Sunday
  });

  it.each([
    // [start, days, last day before roll, due] — one per holiday break of 2024–2026
    ["2023-12-22", 9, "2023-12-31", "2024-01-02"], // New Year 2024 (Jan 1)
    ["2024-02-01", 10, "2024-02-11", "2024-02-18"], // Spring Festival 2024 (Feb 10–17); Sun Feb 18 was a make-up day
    ["2024-04-01", 4, "2024-04-05", "2024-04-07"], // Qingming 2024 (Apr 4–6); Sun Apr 7 was a make-up day
    ["2024-04-25", 7, "2024-05-02", "2024-05-06"], // Labour Day 2024 (May 1–5)
    ["2024-06-01", 9, "2024-06-10", "2024-06-11"], // Dragon Boat 2024 (Jun 8–10)
    ["2024-09-10", 5, "2024-09-15", "2024-09-18"], // Mid-Autumn 2024 (Sep 15–17)
    ["2025-01-20", 10, "2025-01-30", "2025-02-05"], // Spring Festival 2025 (Jan 28–Feb 4)
    ["2025-09-25", 10, "2025-10-05", "2025-10-09"], // National Day + Mid-Autumn 2025 (Oct 1–8)
    ["2026-02-10", 10, "2026-02-20", "2026-02-24"], // Spring Festival 2026 (Feb 15–23)
    ["2026-09-28", 5, "2026-10-03", "2026-10-08"], // National Day 2026 (Oct 1–7)
  ])("rolls forward over a holiday break: %s + %i days", (start, days, lastDay, due) => {
    const d = computeDeadline(start, { days });
    expect(d.steps.find((s) => s.code === "count")?.en).toContain(`is ${lastDay}`);
    expect(d.dueDate).toBe(due);
    expect(isWorkingDay(d.dueDate)).toBe(true);
  });

  it("keeps the rest day with rollForward: false", () => {
    expect(computeDeadline("2024-09-21", { days: 10 }, { rollForward: false }).dueDate).toBe("2024-10-01");
  });

  it("rolls only from holiday-break days when weekends are not treated as rest days", () => {
    // 2024-12-21 + 15 days = 2025-01-05, a plain Sunday
    expect(computeDeadline("2024-12-21", { days: 15 }).dueDate).toBe("2025-01-06");
    expect(computeDeadline("2024-12-21", { days: 15 }, { weekendIsRestDay: false }).dueDate).toBe("2025-01-05");
    // but a holiday still rolls, and a weekend inside the break too
    expect(computeDeadline("2024-09-21", { days: 10 }, { weekendIsRestDay: false }).dueDate).toBe("2024-10-08");
  });

  it("counts the start day when asked (自收到之日起)", () => {
    expect(computeDeadline("2024-12-30", { days: 15 }, { includeStartDay: true }).dueDate).toBe("2025-01-13");
    expect(computeDeadline("2024-12-30", { workingDays: 15 }, { includeStartDay: true }).dueDate).toBe("2025-01-20");
    // a start on a rest day is not a working day to count
    expect(computeDeadline("2024-10-05", { workingDays: 1 }, { includeStartDay: true }).dueDate).toBe("2024-10-08");
  });

  it("counts working days across make-up days", () => {
    // 2024-10-08 .. 10-12: Tue, Wed, Thu, Fri, Sat (make-up) → 5 working days after 10-07 is 10-12
    expect(computeDeadline("2024-10-07", { workingDays: 5 }).dueDate).toBe("2024-10-12");
    expect(computeDeadline("2024-10-12", { workingDays: 0 }).dueDate).toBe("2024-10-12");
  });

  it("applies a rule with its source and id", () => {
    const d = computeDeadline("2024-12-30", getDeadlineRule("accusation.acceptance-notice"));
    expect(d.dueDate).toBe("2025-01-21");
    expect(d.rule?.id).toBe("accusation.acceptance-notice");
    expect(d.explanation.zh).toContain("纪检监察机关处理检举控告工作规则");
    const report = computeDeadline("2025-03-31", getDeadlineRule("inspection.rectification-report"));
    expect(report.dueDate).toBe("2025-06-03"); // 2025-05-31 opens the Dragon Boat break (May 31–Jun 2)
  });

  it("extends a period by granted extensions within the rule's maximum", () => {
    const d = computeDeadline("2025-01-20", getDeadlineRule("petition.handling"), { extensions: [{ days: 30 }] });
    expect(d.dueDate).toBe("2025-04-21"); // 03-21 + 30 = 04-20, a Sunday
    expect(d.steps.map((s) => s.code)).toContain("extension");
    expect(() =>
      computeDeadline("2025-01-20", getDeadlineRule("petition.handling"), { extensions: [{ days: 20 }, { days: 11 }] }),
    ).toThrow(/at most 30 days/);
    expect(() =>
      computeDeadline("2024-12-30", getDeadlineRule("petition.registration"), { extensions: [{ days: 5 }] }),
    ).toThrow(InvalidArgumentError);
  });

  it("excludes paused days (hearing time in 复核)", () => {
    const base = computeDeadline("2025-03-03", getDeadlineRule("petition.reexamination-decision"));
    expect(base.dueDate).toBe("2025-04-02");
    const paused = computeDeadline("2025-03-03", getDeadlineRule("petition.reexamination-decision"), {
      pauses: [{ from: "2025-03-10", to: "2025-03-14", reason: "听证" }],
    });
    expect(paused.dueDate).toBe("2025-04-07"); // +5 days = 04-07 (04-04..06 is the Qingming break, 04-07 a Monday)
    expect(paused.steps.map((s) => s.code)).toContain("pause");
    // a pause outside the period changes nothing
    expect(
      computeDeadline("2025-03-03", { days: 30 }, { pauses: [{ from: "2025-06-01", to: "2025-06-05" }] }).dueDate,
    ).toBe("2025-04-02");
    // working-day periods pause by working days
    expect(
      computeDeadline("2024-12-30", { workingDays: 15 }, { pauses: [{ from: "2025-01-06", to: "2025-01-12" }] })
        .dueDate,
    ).toBe("2025-01-27"); // 5 working days paused: 01-21 + 5 wd, counting the make-up Sunday 2025-01-26
  });

  it("ends at closing time with office hours, and treats an after-hours receipt as received at the next opening", () => {
    const hours = OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak;
    expect(computeDeadline("2024-12-30", { workingDays: 15 }, { officeHours: hours }).dueInstant).toBe(
      "2025-01-21T18:00:00+08:00",
    );
    const late = computeDeadline(
      "2024-09-30T19:00+08:00",
      { workingDays: 5 },
      {
        officeHours: hours,
        receivedAfterHours: "next-opening",
      },
    );
    expect(late.startDate).toBe("2024-10-08");
    expect(late.dueDate).toBe("2024-10-14");
    expect(late.steps[0]?.code).toBe("after-hours");
    const inHours = computeDeadline(
      "2024-09-30T10:00+08:00",
      { workingDays: 5 },
      {
        officeHours: hours,
        receivedAfterHours: "next-opening",
      },
    );
    expect(inHours.startDate).toBe("2024-09-30");
    expect(() => computeDeadline("2024-09-30", { days: 1 }, { receivedAfterHours: "next-opening" })).toThrow(
      InvalidArgumentError,
    );
  });

  it("counts hours from the start instant, whatever the host zone", () => {
    const d = computeDeadline(new Date("2024-09-30T16:30:00Z"), { hours: 24 });
    expect(d.dueInstant).toBe("2024-10-02T00:30:00+08:00");
    expect(d.dueDate).toBe("2024-10-02");
  });

  it("rejects bad input with typed errors", () => {
    expect(() => computeDeadline("2024-02-30", { days: 1 })).toThrow(CalendarError);
    expect(() => computeDeadline("2024-10-01", { days: -1 })).toThrow(/non-negative integer/);
    expect(() => computeDeadline("2024-10-01", { days: 1, months: 1 } as never)).toThrow(/exactly one of/);
    expect(() => computeDeadline("2024-10-01", { weeks: 1 } as never)).toThrow(InvalidArgumentError);
    expect(() =>
      computeDeadline("2024-10-01", { days: 1 }, { pauses: [{ from: "2024-10-05", to: "2024-10-01" }] }),
    ).toThrow(/on or after 2024-10-05/);
    expect(() => computeDeadline("2030-06-01", { days: 1 })).toThrow(/outside the covered range/);
  });

  it("marks answers that rely on a fallback as provisional", () => {
    const calendar = createCalendar({ fallback: "weekdays" });
    expect(computeDeadline("2026-12-20", { days: 30 }, { calendar }).provisional).toBe(true);
    expect(computeDeadline("2024-12-20", { days: 30 }, { calendar }).provisional).toBe(false);
  });
});

describe("computeDeadline laws", () => {
  const dates = fc
    .integer({ min: Date.UTC(2004, 0, 1) / 86_400_000, max: Date.UTC(2026, 5, 30) / 86_400_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

  it("a working-day period agrees with addWorkingDays", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (start, n) => {
        expect(computeDeadline(start, { workingDays: n }).dueDate).toBe(addWorkingDays(start, n));
      }),
    );
  });

  it("a day period ends on the first working day on or after start + n", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 90 }), (start, n) => {
        const due = computeDeadline(start, { days: n }).dueDate;
        const raw = new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(isWorkingDay(due)).toBe(true);
        expect(due >= raw).toBe(true);
        expect(due).toBe(isWorkingDay(raw) ? raw : nextWorkingDay(raw));
      }),
    );
  });

  it("is monotonic in the amount and in the start", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), (start, n, k) => {
        for (const unit of ["days", "workingDays"] as const) {
          const a = computeDeadline(start, { [unit]: n } as never).dueDate;
          const b = computeDeadline(start, { [unit]: n + k } as never).dueDate;
          expect(a <= b).toBe(true);
        }
        const later = addWorkingDays(start, 1);
        expect(computeDeadline(start, { days: n }).dueDate <= computeDeadline(later, { days: n }).dueDate).toBe(true);
      }),
    );
  });
});
