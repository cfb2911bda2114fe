import { readFileSync } from "node:fs";
import type { DeadlineRule, OfficeHoursSchedule } from "@xunshi/calendar";
import { getBuiltInDeadlineRules, OFFICE_HOURS_PRESETS } from "@xunshi/calendar";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { getRoundJsonSchema } from "./json-schema";
import { deadlineRuleSchema, officeHoursScheduleSchema } from "./office-hours-schema";

describe("getRoundJsonSchema", () => {
  it("matches the shipped schema.json (run `pnpm build` to refresh it)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(getRoundJsonSchema())));
  });

  it("describes dates as ISO strings", () => {
    const text = JSON.stringify(getRoundJsonSchema().$defs);
    expect(text).toContain('"format":"date"');
    expect(Object.keys(getRoundJsonSchema().$defs)).toEqual(
      expect.arrayContaining(["Round", "Team", "Target", "Acceptance"]),
    );
  });
});

describe("schemas mirroring @xunshi/calendar", () => {
  it("accept the calendar's presets and built-in rules", () => {
    for (const preset of Object.values(OFFICE_HOURS_PRESETS))
      expect(officeHoursScheduleSchema.safeParse(preset).success).toBe(true);
    for (const rule of getBuiltInDeadlineRules().rules) expect(deadlineRuleSchema.safeParse(rule).success).toBe(true);
  });

  it("infer types assignable to the calendar's types", () => {
    expectTypeOf<z.infer<typeof officeHoursScheduleSchema>>().toExtend<OfficeHoursSchedule>();
    expectTypeOf<z.infer<typeof deadlineRuleSchema>>().toExtend<DeadlineRule>();
  });
});
