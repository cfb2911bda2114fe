import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./calendar-error";
import { defineDeadlineRules, validateDeadlineRule } from "./deadline-rule";
import { getBuiltInDeadlineRules, getDeadlineRule } from "./get-deadline-rule";

const schema = JSON.parse(readFileSync(new URL("../data/deadline-rule.schema.json", import.meta.url), "utf8"));

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

  it("conform to the published JSON Schema's required fields and id pattern", () => {
    const pattern = new RegExp(schema.properties.id.pattern);
    for (const rule of getBuiltInDeadlineRules().rules) {
      for (const key of schema.required) expect(rule).toHaveProperty(key);
      expect(pattern.test(rule.id)).toBe(true);
      for (const key of Object.keys(rule)) expect(Object.keys(schema.properties)).toContain(key);
    }
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
