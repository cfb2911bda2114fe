import { type DeadlineRule, type DeadlineRuleSet, defineDeadlineRules } from "./deadline-rule";
import { BUILT_IN_RULES } from "./rules/built-in-rules";

let builtIn: DeadlineRuleSet | undefined;

/**
 * The deadline rules shipped with the package (信访工作条例, 纪检监察机关处理检举控告工作规则, the inspection
 * rectification report), as a validated rule set. Each rule carries its source and whether its text was verified.
 *
 * @returns the built-in rule set
 * @example
 * getBuiltInDeadlineRules().rules.map((rule) => rule.id).slice(0, 2)
 * //=> ["petition.registration", "petition.notice-direct"]
 */
export function getBuiltInDeadlineRules(): DeadlineRuleSet {
  builtIn ??= defineDeadlineRules(BUILT_IN_RULES);
  return builtIn;
}

/**
 * A built-in deadline rule by its stable id.
 *
 * @param id - e.g. `"petition.registration"`, `"accusation.acceptance-notice"`, `"inspection.rectification-report"`
 * @returns the rule
 * @throws {InvalidArgumentError} for an unknown id (the message lists the known ids)
 * @example
 * getDeadlineRule("petition.handling").period
 * //=> { days: 60 }
 */
export function getDeadlineRule(id: string): DeadlineRule {
  return getBuiltInDeadlineRules().get(id);
}
