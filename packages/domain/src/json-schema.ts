import * as z from "zod";
import { deadlineRuleSchema, officeHoursScheduleSchema } from "./office-hours-schema";
import { roundSchema } from "./round-schema";

/**
 * The JSON Schema (draft 2020-12) of the round document (and of the office-hours and deadline-rule formats it uses),
 * for services in other languages. The package ships it as `@xunshi/domain/schema.json`.
 *
 * @returns the schema document with `$defs.Round` and the definitions it refers to
 * @example
 * Object.keys(getRoundJsonSchema().$defs).includes("Round")
 * //=> true
 */
export function getRoundJsonSchema(): { $schema: string; $id: string; title: string; $defs: Record<string, unknown> } {
  const $defs: Record<string, unknown> = {};
  for (const schema of [roundSchema, officeHoursScheduleSchema, deadlineRuleSchema] as z.ZodType[]) {
    const out = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as { $defs?: Record<string, unknown> };
    Object.assign($defs, out.$defs);
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/@xunshi/domain/schema.json",
    title: "@xunshi/domain round document",
    $defs,
  };
}
