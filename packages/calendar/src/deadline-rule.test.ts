import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./calendar-error";
import { defineDeadlineRules, validateDeadlineRule } from "./deadline-rule";
import { getBuiltInDeadlineRules, getDeadlineRule } from "./get-deadline-rule";

type Schema = {
  $ref?: string;
  type?: string;
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, Schema>;
  oneOf?: Schema[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
};
const schema: Schema & { $defs: Record<string, Schema> } = JSON.parse(
  readFileSync(new URL("../data/deadline-rule.schema.json", import.meta.url), "utf8"),
);

/**
 * A tiny JSON Schema checker for the keywords the rule schema uses ($ref, type, required, additionalProperties,
 * properties, oneOf, pattern, minLength, minimum); returns the paths that fail. Enough to keep the hand-written
 * schema and validateDeadlineRule() in step without adding a schema library to a dependency-light package.
 */
function schemaErrors(value: unknown, node: Schema = schema, path = "rule"): string[] {
  if (node.$ref) return schemaErrors(value, schema.$defs[node.$ref.replace("#/$defs/", "")] ?? {}, path);
  if (node.oneOf) {
    const matching = node.oneOf.filter((option) => schemaErrors(value, option, path).length === 0).length;
    return matching === 1 ? [] : [`${path}: ${matching} oneOf branches match`];
  }
  const errors: string[] = [];
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  const typeOk =
    node.type === undefined ||
    (node.type === "object" && isObject) ||
    (node.type === "string" && typeof value === "string") ||
    (node.type === "boolean" && typeof value === "boolean") ||
    (node.type === "integer" && Number.isInteger(value));
  if (!typeOk) return [`${path}: not ${node.type}`];
  if (typeof value === "string") {
    if (node.minLength !== undefined && value.length < node.minLength) errors.push(`${path}: too short`);
    if (node.pattern !== undefined && !new RegExp(node.pattern).test(value)) errors.push(`${path}: pattern`);
  }
  if (typeof value === "number" && node.minimum !== undefined && value < node.minimum) errors.push(`${path}: minimum`);
  if (isObject) {
    const record = value as Record<string, unknown>;
    for (const key of node.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(record)) {
      const sub = node.properties?.[key];
      if (sub) errors.push(...schemaErrors(child, sub, `${path}.${key}`));
      else if (node.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  }
  return errors;
}

describe("built-in deadline rules", () => {
  it("ship the rules of the reference with stable ids and sources", () => {
    const ids = getBuiltInDeadlineRules().rules.map((r) => r.id);
    expect(ids).toEqual([
      "petition.registration",
      "petition.notice-direct",
      "petition.notice-transferred",
      "petition.objection",
      "petition.handling",
      "petition.review-request",
      "petition.review-decision",
      "petition.reexamination-request",
      "petition.reexamination-decision",
      "accusation.forward-to-higher",
      "accusation.forward-to-lower",
      "accusation.acceptance-notice",
      "accusation.result-notice",
      "inspection.rectification-report",
    ]);
    expect(getDeadlineRule("petition.objection").period).toEqual({ workingDays: 5 });
    expect(getDeadlineRule("petition.handling").extension?.max).toEqual({ days: 30 });
    expect(getDeadlineRule("accusation.acceptance-notice").source.verified).toBe(false);
    expect(getDeadlineRule("inspection.rectification-report").period).toEqual({ months: 2 });
  });

  it("throws a typed error listing the ids for an unknown id", () => {
    expect(() => getDeadlineRule("petition.nope")).toThrow(InvalidArgumentError);
    expect(() => getDeadlineRule("petition.nope")).toThrow(/petition\.registration/);
  });

  it("conform to the published JSON Schema (data/deadline-rule.schema.json)", () => {
    for (const rule of getBuiltInDeadlineRules().rules) expect(schemaErrors(rule)).toEqual([]);
  });

  it("are published unchanged as data/deadline-rules.json for other languages", () => {
    // After changing src/rules/built-in-rules.ts, rewrite the file with JSON.stringify(BUILT_IN_RULES, null, 2).
    const shipped: unknown[] = JSON.parse(
      readFileSync(new URL("../data/deadline-rules.json", import.meta.url), "utf8"),
    );
    expect(shipped).toEqual(getBuiltInDeadlineRules().rules);
    for (const rule of shipped) expect(schemaErrors(rule)).toEqual([]);
  });
});

describe("user rule sets", () => {
  const stricter = {
    id: "petition.registration",
    title: { zh: "登记转送（本省）", en: "Registration (province)" },
    period: { workingDays: 5 },
    startEvent: "received",
    source: { document: "浙江省信访条例", verified: true },
  };

  it("override a built-in rule when asked, and keep the others", () => {
    const province = defineDeadlineRules([stricter], { base: getBuiltInDeadlineRules(), override: true });
    expect(province.get("petition.registration").period).toEqual({ workingDays: 5 });
    expect(province.get("petition.handling").period).toEqual({ days: 60 });
    expect(getDeadlineRule("petition.registration").period).toEqual({ days: 15 });
  });

  it("refuse duplicate ids unless overriding", () => {
    expect(() => defineDeadlineRules([stricter], { base: getBuiltInDeadlineRules() })).toThrow(/rules\[0\]\.id/);
    expect(() => defineDeadlineRules([stricter, stricter])).toThrow(InvalidArgumentError);
  });

  it.each([
    [{ ...stricter, id: "Bad Id" }, "rule.id"],
    [{ ...stricter, title: { zh: "x" } }, "rule.title"],
    [{ ...stricter, period: { weeks: 2 } }, "rule.period"],
    [{ ...stricter, period: { days: 1.5 } }, "rule.period.days"],
    [{ ...stricter, startEvent: "" }, "rule.startEvent"],
    [{ ...stricter, counting: { skipWeekends: true } }, "rule.counting"],
    [{ ...stricter, extension: { max: { days: -3 } } }, "rule.extension.max.days"],
    [{ ...stricter, source: { document: "x" } }, "rule.source.verified"],
  ])("reject an invalid rule with the path of the problem (%#)", (rule, path) => {
    expect(() => validateDeadlineRule(rule)).toThrow(`Invalid ${path}`);
  });
});

describe("the JSON Schema and validateDeadlineRule", () => {
  const base = {
    id: "province-x.reply",
    title: { zh: "答复", en: "Reply" },
    period: { days: 15 },
    startEvent: "received",
    source: { document: "某省信访条例", verified: true },
  };
  // Each edit sets one property (at a path) to a valid or an invalid value.
  const edits: ReadonlyArray<readonly [string[], unknown]> = [
    [["id"], "petition.registration"],
    [["id"], "Bad Id"],
    [["id"], "a..b"],
    [["title"], { zh: "办理" }],
    [["title", "en"], ""],
    [["title", "fr"], "Traiter"],
    [["period"], { workingDays: 5 }],
    [["period"], { months: 2 }],
    [["period"], { hours: 24 }],
    [["period"], { years: 1, hours: 24 }],
    [["period"], { weeks: 2 }],
    [["period"], {}],
    [["period", "days"], -1],
    [["period", "days"], 1.5],
    [["period", "days"], "15"],
    [["startEvent"], ""],
    [["startEvent"], "closed"],
    [["counting"], { includeStartDay: true }],
    [["counting"], { rollForward: false, weekendIsRestDay: false }],
    [["counting"], { weekendIsRestDay: "no" }],
    [["counting"], { skipWeekends: true }],
    [["counting"], []],
    [["extension"], { max: { days: 30 } }],
    [["extension"], { max: { days: 30 }, approval: { zh: "负责人批准", en: "head approves" } }],
    [["extension"], { max: { days: 30 }, approval: { zh: "负责人批准" } }],
    [["extension"], {}],
    [["extension"], { max: { days: 30 }, reason: "x" }],
    [["appliesWhen"], { zh: "实名", en: "named" }],
    [["appliesWhen"], "实名"],
    [["source", "document"], ""],
    [["source", "verified"], "yes"],
    [["source", "article"], "第二十二条"],
    [["source", "article"], 22],
    [["source", "url"], "https://example.org/rule"],
    [["source", "note"], "note"],
    [["source", "page"], 3],
    [["priority"], 1],
  ];

  function apply(rule: unknown, [path, value]: readonly [string[], unknown]): unknown {
    const copy = structuredClone(rule) as Record<string, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) {
      const child = node[key];
      node[key] = typeof child === "object" && child !== null ? child : {};
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
    return copy;
  }

  it("accept and reject the same rules", () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...edits), { maxLength: 3 }), (chosen) => {
        const candidate = chosen.reduce(apply, base);
        let valid = true;
        try {
          validateDeadlineRule(candidate);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
          valid = false;
        }
        expect(valid).toBe(schemaErrors(candidate).length === 0);
        if (valid) accepted++;
        else rejected++;
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(20);
  });
});
