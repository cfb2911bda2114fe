import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./add-working-days";
import { createCalendar } from "./calendar";
import { CalendarError, InvalidArgumentError } from "./calendar-error";
import { computeDeadline } from "./compute-deadline";
import type { DeadlinePeriod } from "./deadline-rule";
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
    expect(d.explanation.en).toContain(
      "10 days after 2024-09-21 is 2024-10-01, a National Day holiday; the period ends on the next working day, 2024-10-08.",
    );
    expect(d.explanation.zh).toContain(
      "2024-09-21后10日为2024-10-01（国庆节法定节假日），期间顺延至休息日后的第一日2024-10-08。",
    );
    expect(d.steps[2]?.en).toBe(
      "2024-10-01 is a National Day holiday; the period ends on the next working day, 2024-10-08.",
    );
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

  // Every holiday break of 2024–2026, reached on its first and on its last rest day by a 10-day period
  // (State Council notices 国办发明电〔2023〕7号, 〔2024〕12号, 〔2025〕7号).
  it.each([
    ["new-year 2024", "2023-12-20", "2023-12-30", "2024-01-02"],
    ["new-year 2024", "2023-12-22", "2024-01-01", "2024-01-02"],
    ["spring-festival 2024", "2024-01-31", "2024-02-10", "2024-02-18"], // Sun Feb 18 was a make-up working day
    ["spring-festival 2024", "2024-02-07", "2024-02-17", "2024-02-18"],
    ["qingming 2024", "2024-03-25", "2024-04-04", "2024-04-07"], // Sun Apr 7 was a make-up working day
    ["qingming 2024", "2024-03-27", "2024-04-06", "2024-04-07"],
    ["labour-day 2024", "2024-04-21", "2024-05-01", "2024-05-06"],
    ["labour-day 2024", "2024-04-25", "2024-05-05", "2024-05-06"],
    ["dragon-boat 2024", "2024-05-29", "2024-06-08", "2024-06-11"],
    ["dragon-boat 2024", "2024-05-31", "2024-06-10", "2024-06-11"],
    ["mid-autumn 2024", "2024-09-05", "2024-09-15", "2024-09-18"],
    ["mid-autumn 2024", "2024-09-07", "2024-09-17", "2024-09-18"],
    ["national-day 2024", "2024-09-21", "2024-10-01", "2024-10-08"],
    ["national-day 2024", "2024-09-27", "2024-10-07", "2024-10-08"],
    ["new-year 2025", "2024-12-22", "2025-01-01", "2025-01-02"],
    ["spring-festival 2025", "2025-01-18", "2025-01-28", "2025-02-05"],
    ["spring-festival 2025", "2025-01-25", "2025-02-04", "2025-02-05"],
    ["qingming 2025", "2025-03-25", "2025-04-04", "2025-04-07"],
    ["qingming 2025", "2025-03-27", "2025-04-06", "2025-04-07"],
    ["labour-day 2025", "2025-04-21", "2025-05-01", "2025-05-06"],
    ["labour-day 2025", "2025-04-25", "2025-05-05", "2025-05-06"],
    ["dragon-boat 2025", "2025-05-21", "2025-05-31", "2025-06-03"],
    ["dragon-boat 2025", "2025-05-23", "2025-06-02", "2025-06-03"],
    ["mid-autumn+national-day 2025", "2025-09-21", "2025-10-01", "2025-10-09"],
    ["mid-autumn+national-day 2025", "2025-09-28", "2025-10-08", "2025-10-09"],
    ["new-year 2026", "2025-12-22", "2026-01-01", "2026-01-04"], // Sun Jan 4 is a make-up working day
    ["new-year 2026", "2025-12-24", "2026-01-03", "2026-01-04"],
    ["spring-festival 2026", "2026-02-05", "2026-02-15", "2026-02-24"],
    ["spring-festival 2026", "2026-02-13", "2026-02-23", "2026-02-24"],
    ["qingming 2026", "2026-03-25", "2026-04-04", "2026-04-07"],
    ["qingming 2026", "2026-03-27", "2026-04-06", "2026-04-07"],
    ["labour-day 2026", "2026-04-21", "2026-05-01", "2026-05-06"],
    ["labour-day 2026", "2026-04-25", "2026-05-05", "2026-05-06"],
    ["dragon-boat 2026", "2026-06-09", "2026-06-19", "2026-06-22"],
    ["dragon-boat 2026", "2026-06-11", "2026-06-21", "2026-06-22"],
    ["mid-autumn 2026", "2026-09-15", "2026-09-25", "2026-09-28"],
    ["mid-autumn 2026", "2026-09-17", "2026-09-27", "2026-09-28"],
    ["national-day 2026", "2026-09-21", "2026-10-01", "2026-10-08"],
    ["national-day 2026", "2026-09-27", "2026-10-07", "2026-10-08"],
  ])("rolls forward over the %s break: 10 days after %s is %s, due %s", (_, start, lastDay, due) => {
    const d = computeDeadline(start, { days: 10 });
    expect(d.steps.find((s) => s.code === "count")?.en).toContain(`is ${lastDay}`);
    expect(d.steps.find((s) => s.code === "roll-forward")?.en).toContain(`the next working day, ${due}`);
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
    expect(d.explanation.zh).toContain(
      "依据纪检监察机关处理检举控告工作规则（告知实名检举控告人受理情况，出处未经核实）",
    );
    expect(computeDeadline("2024-12-30", getDeadlineRule("petition.registration")).explanation.en).toContain(
      "Under rule petition.registration (Petition office registers and routes the matter; 信访工作条例 第二十二条), the period of 15 days",
    );
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
    expect(() => computeDeadline("2024-10-01", { days: 1 }, { extensions: { days: 3 } as never })).toThrow(
      /Invalid options.extensions: expected an array/,
    );
  });

  it("marks answers that rely on a fallback as provisional", () => {
    const calendar = createCalendar({ fallback: "weekdays" });
    expect(computeDeadline("2026-12-20", { days: 30 }, { calendar }).provisional).toBe(true);
    expect(computeDeadline("2024-12-20", { days: 30 }, { calendar }).provisional).toBe(false);
  });

  it("counts an extension from the last day before the roll-forward: the extended period is one period", () => {
    // 60 days after 2024-08-02 is 2024-10-01 (National Day); alone it rolls to 10-08, extended by 30 days it ends 10-31.
    const handling = getDeadlineRule("petition.handling");
    expect(computeDeadline("2024-08-02", handling).dueDate).toBe("2024-10-08");
    const extended = computeDeadline("2024-08-02", handling, { extensions: [{ days: 30 }] });
    expect(extended.dueDate).toBe("2024-10-31");
    expect(extended.steps.map((s) => s.code)).toEqual(["start", "count", "extension", "end"]);
    expect(extended.explanation.en).toContain("Extended by 30 days, counted from 2024-10-01, to 2024-10-31");
    // two extensions in a row, within the maximum of 30 days
    expect(computeDeadline("2024-08-02", handling, { extensions: [{ days: 10 }, { days: 20 }] }).dueDate).toBe(
      "2024-10-31",
    );
    // an extension must use the rule's unit
    expect(() => computeDeadline("2024-08-02", handling, { extensions: [{ workingDays: 5 }] })).toThrow(
      /an extension in days/,
    );
  });

  it("extends a plain period by any unit, and a pause inside the extension counts too", () => {
    // 15 days after 2024-12-30 is 2025-01-14; + 5 working days is 2025-01-21
    expect(computeDeadline("2024-12-30", { days: 15 }, { extensions: [{ workingDays: 5 }] }).dueDate).toBe(
      "2025-01-21",
    );
    // 30 days after 2025-03-03 is 04-02; + 30 days is 05-02 (Labour Day break) → paused 04-20..04-21 → 05-04 → 05-06
    const d = computeDeadline(
      "2025-03-03",
      { days: 30 },
      { extensions: [{ days: 30 }], pauses: [{ from: "2025-04-20", to: "2025-04-21" }] },
    );
    expect(d.dueDate).toBe("2025-05-06");
    expect(d.steps.map((s) => s.code)).toEqual(["start", "count", "extension", "pause", "roll-forward", "end"]);
  });

  it("makes up paused days after the end, skipping pauses met on the way", () => {
    // 10 days after 2025-03-03 is 03-13; the pause 03-12..03-20 covers 2 days of the period and 7 after it:
    // the 2 days are made up on 03-21 and 03-22 (a Saturday), which rolls to Monday 03-24.
    const d = computeDeadline(
      "2025-03-03",
      { days: 10 },
      { pauses: [{ from: "2025-03-12", to: "2025-03-20", reason: "听证" }] },
    );
    expect(d.dueDate).toBe("2025-03-24");
    expect(d.explanation.en).toContain(
      "9 days paused (听证) do not count; the period extends to 2025-03-22, a Saturday; the period ends on the next working day, 2025-03-24.",
    );
    // overlapping and adjacent pauses are merged
    const merged = computeDeadline(
      "2025-03-03",
      { days: 10 },
      {
        pauses: [
          { from: "2025-03-12", to: "2025-03-15" },
          { from: "2025-03-14", to: "2025-03-16" },
          { from: "2025-03-17", to: "2025-03-20" },
        ],
      },
    );
    expect(merged.dueDate).toBe("2025-03-24");
    expect(() =>
      computeDeadline("2025-03-03T09:00+08:00", { hours: 48 }, { pauses: [{ from: "2025-03-04", to: "2025-03-04" }] }),
    ).toThrow(/no pauses for an hour period/);
  });

  it("ends at a fixed closing time when one is given", () => {
    expect(computeDeadline("2024-12-30", { workingDays: 15 }, { closingTime: "17:00" }).dueInstant).toBe(
      "2025-01-21T17:00:00+08:00",
    );
    expect(computeDeadline("2024-12-30", { workingDays: 15 }, { closingTime: "24:00" }).dueInstant).toBe(
      "2025-01-21T23:59:59.999+08:00",
    );
    expect(() => computeDeadline("2024-12-30", { days: 1 }, { closingTime: "5pm" })).toThrow(/HH:MM/);
    expect(() =>
      computeDeadline(
        "2024-12-30",
        { days: 1 },
        { closingTime: "17:00", officeHours: OFFICE_HOURS_PRESETS.workingDaysWithLunchBreak },
      ),
    ).toThrow(/not both/);
  });

  it("ends at the closing time of the season on the last day", () => {
    // 2025-04-30 is the last day of winter hours (closing 17:30); 2025-05-06 is in summer hours (closing 18:00)
    const seasonal = OFFICE_HOURS_PRESETS.workingDaysSummerWinter;
    expect(computeDeadline("2025-04-29", { workingDays: 1 }, { officeHours: seasonal }).dueInstant).toBe(
      "2025-04-30T17:30:00+08:00",
    );
    expect(computeDeadline("2025-04-30", { workingDays: 1 }, { officeHours: seasonal }).dueInstant).toBe(
      "2025-05-06T18:00:00+08:00",
    );
  });

  it("takes the weekend flag from a rule, and options win over the rule", () => {
    const rule = {
      id: "local.reply",
      title: { zh: "答复", en: "Reply" },
      period: { days: 15 },
      startEvent: "received",
      counting: { weekendIsRestDay: false },
      source: { document: "某市规定", verified: false },
    };
    expect(computeDeadline("2024-12-21", rule).dueDate).toBe("2025-01-05"); // a plain Sunday does not roll
    expect(computeDeadline("2024-12-21", rule, { weekendIsRestDay: true }).dueDate).toBe("2025-01-06");
    expect(computeDeadline("2024-12-21", rule).counting).toEqual({
      includeStartDay: false,
      rollForward: true,
      weekendIsRestDay: false,
    });
  });

  it("counts a month period from the start day when asked", () => {
    expect(computeDeadline("2024-03-15", { months: 1 }, { includeStartDay: true, rollForward: false }).dueDate).toBe(
      "2024-04-14",
    );
  });
});

describe("computeDeadline laws", () => {
  const dates = fc
    .integer({ min: Date.UTC(2004, 0, 1) / 86_400_000, max: Date.UTC(2026, 5, 30) / 86_400_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
  // starts early enough that two years and a few months later are still covered by the bundled notices
  const earlier = fc
    .integer({ min: Date.UTC(2004, 0, 1) / 86_400_000, max: Date.UTC(2024, 6, 31) / 86_400_000 })
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
      fc.property(earlier, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), (start, n, k) => {
        const periods = (m: number): DeadlinePeriod[] => [{ days: m }, { workingDays: m }, { months: m % 25 }];
        const [a, b] = [periods(n), periods(n + k)];
        a.forEach((p, i) => {
          const q = b[i] ?? p;
          if ("months" in p && "months" in q && q.months < p.months) return; // m % 25 wrapped
          expect(computeDeadline(start, p).dueDate <= computeDeadline(start, q).dueDate).toBe(true);
        });
        const later = addWorkingDays(start, 1);
        expect(computeDeadline(start, { days: n }).dueDate <= computeDeadline(later, { days: n }).dueDate).toBe(true);
      }),
    );
  });
  it("a month period ends on the first working day on or after the corresponding (or last) day", () => {
    fc.assert(
      fc.property(earlier, fc.integer({ min: 1, max: 24 }), (start, n) => {
        const [y, m, d] = start.split("-").map(Number) as [number, number, number];
        const total = y * 12 + (m - 1) + n;
        const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
        const raw = new Date(Date.UTC(Math.floor(total / 12), total % 12, Math.min(d, last)))
          .toISOString()
          .slice(0, 10);
        const due = computeDeadline(start, { months: n }).dueDate;
        expect(due).toBe(isWorkingDay(raw) ? raw : nextWorkingDay(raw));
      }),
    );
  });

  it("a year period equals a period of twelve times as many months", () => {
    fc.assert(
      fc.property(earlier, fc.integer({ min: 0, max: 2 }), (start, n) => {
        expect(computeDeadline(start, { years: n }).dueDate).toBe(computeDeadline(start, { months: 12 * n }).dueDate);
      }),
    );
  });
});
