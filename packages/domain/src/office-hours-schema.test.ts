import {
  type DeadlineRule,
  getBuiltInDeadlineRules,
  getDeadlineRule,
  OFFICE_HOURS_PRESETS,
  type OfficeHoursSchedule,
  validateDeadlineRule,
  validateOfficeHoursSchedule,
} from "@xunshi/calendar";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { deadlineRuleSchema, officeHoursScheduleSchema, timeSegmentSchema } from "./office-hours-schema";
import type { Round } from "./round-schema";

const accepts = (schedule: unknown) => officeHoursScheduleSchema.safeParse(schedule).success;
const calendarAccepts = (schedule: unknown) => {
  try {
    validateOfficeHoursSchedule(structuredClone(schedule) as never);
    return true;
  } catch {
    return false;
  }
};

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 30, 59))
  .map(([h, m]) => (h === 24 ? "24:00" : `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`));
const segment = fc.record({ start: hhmm, end: hhmm });
const schedule = fc.record(
  {
    days: fc.constantFrom("working-days", "every-day"),
    segments: fc.array(segment, { maxLength: 3 }),
    exceptions: fc.array(
      fc.record(
        {
          date: fc.constantFrom("2024-10-13", "2025-01-01"),
          closed: fc.boolean(),
          segments: fc.array(segment, { maxLength: 2 }),
        },
        { requiredKeys: ["date"] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ["days", "segments"] },
);

describe("officeHoursScheduleSchema", () => {
  it("accepts the calendar's presets", () => {
    for (const preset of Object.values(OFFICE_HOURS_PRESETS)) expect(accepts(preset)).toBe(true);
  });

  it("rejects what the calendar rejects: reversed, overlapping or 24:00-start segments, empty exceptions", () => {
    expect(timeSegmentSchema.safeParse({ start: "18:00", end: "08:00" }).success).toBe(false);
    expect(timeSegmentSchema.safeParse({ start: "24:00", end: "24:00" }).success).toBe(false);
    expect(timeSegmentSchema.safeParse({ start: "20:00", end: "24:00" }).success).toBe(true);
    const overlapping = {
      days: "every-day",
      segments: [
        { start: "08:00", end: "12:00" },
        { start: "11:00", end: "18:00" },
      ],
    };
    expect(accepts(overlapping)).toBe(false);
    expect(officeHoursScheduleSchema.safeParse(overlapping).error?.issues[0]?.path).toEqual(["segments", 1, "start"]);
    expect(accepts({ days: "every-day", segments: [], exceptions: [{ date: "2024-10-13" }] })).toBe(false);
    expect(accepts({ days: "every-day", segments: [], exceptions: [{ date: "2024-10-13", closed: true }] })).toBe(true);
  });

  it("agrees with the calendar's validateOfficeHoursSchedule on generated schedules (property)", () => {
    fc.assert(
      fc.property(schedule, (s) => accepts(s) === calendarAccepts(s)),
      { numRuns: 500 },
    );
  });
});

describe("deadlineRuleSchema", () => {
  const rule = getDeadlineRule("inspection.rectification-report");
  const calendarAcceptsRule = (r: unknown) => {
    try {
      validateDeadlineRule(r);
      return true;
    } catch {
      return false;
    }
  };

  it("accepts every built-in rule of the calendar", () => {
    for (const r of getBuiltInDeadlineRules().rules) expect(deadlineRuleSchema.safeParse(r).success).toBe(true);
  });

  it("rejects what the calendar rejects", () => {
    const bad: unknown[] = [
      { ...rule, id: "Inspection Report" },
      { ...rule, period: { months: 2, days: 1 } },
      { ...rule, period: { months: -2 } },
      { ...rule, startEvent: "" },
      { ...rule, counting: { skipWeekends: true } },
      { ...rule, source: { document: "巡视工作条例" } },
      { ...rule, extra: true },
    ];
    for (const r of bad) {
      expect(calendarAcceptsRule(r)).toBe(false);
      expect(deadlineRuleSchema.safeParse(r).success).toBe(false);
    }
  });
});

describe("types mirroring @xunshi/calendar", () => {
  it("infer types assignable to the calendar's types (checked by tsc)", () => {
    expectTypeOf<z.infer<typeof officeHoursScheduleSchema>>().toExtend<OfficeHoursSchedule>();
    expectTypeOf<Round["acceptance"]["officeHours"]>().toExtend<OfficeHoursSchedule>();
    expectTypeOf<z.infer<typeof deadlineRuleSchema>>().toExtend<DeadlineRule>();
    expectTypeOf<OfficeHoursSchedule["days"]>().toEqualTypeOf<z.infer<typeof officeHoursScheduleSchema>["days"]>();
  });
});
