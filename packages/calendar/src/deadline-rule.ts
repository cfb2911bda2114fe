import { InvalidArgumentError } from "./calendar-error";

/**
 * A period as Chinese law and Party rules state it:
 * - `{ days }`: calendar days (日). The start day is not counted; a last day on a rest day rolls forward.
 * - `{ months }` / `{ years }`: ends on the corresponding day, or the month's last day where there is none (民法典 art. 202).
 * - `{ workingDays }`: working days only (工作日), per the working-day calendar.
 * - `{ hours }`: hours from the start instant (民法典 art. 201(2)).
 */
export type DeadlinePeriod =
  | { readonly days: number }
  | { readonly months: number }
  | { readonly years: number }
  | { readonly workingDays: number }
  | { readonly hours: number };

/** How a rule counts. Every flag has the default of the Civil Code's counting rules (民法典 arts. 201–203). */
export interface DeadlineCounting {
  /** Count the start day as day 1 (some local rules say "自收到之日起"); default `false` (民法典 art. 201). */
  readonly includeStartDay?: boolean;
  /** Move a last day that is a rest day to the next working day; default `true` (民法典 art. 203). */
  readonly rollForward?: boolean;
  /**
   * Whether an ordinary Saturday or Sunday is a rest day for the roll-forward; default `true` (the common reading of
   * 法定休假日, see docs/counting-deadlines.md). `false`: only holiday-break days and local closures roll.
   */
  readonly weekendIsRestDay?: boolean;
}

/** Where a rule comes from. */
export interface DeadlineRuleSource {
  /** The document, e.g. `信访工作条例`. */
  readonly document: string;
  /** The article, e.g. `第二十二条` / `art. 22`. */
  readonly article?: string;
  /** A URL of the text. */
  readonly url?: string;
  /** Whether the article's text was read and checked; `false` marks an unverified number or wording. */
  readonly verified: boolean;
  /** A note on interpretation. */
  readonly note?: string;
}

/** The longest extension a rule allows, and who grants it. */
export interface DeadlineExtension {
  /** The maximum extension. */
  readonly max: DeadlinePeriod;
  /** Who approves it (Chinese and English). */
  readonly approval?: { readonly zh: string; readonly en: string };
}

/** A deadline rule: pure data, with a stable id and its source. */
export interface DeadlineRule {
  /** Stable id, e.g. `petition.registration`. Lower-case words separated by `.` and `-`. */
  readonly id: string;
  /** Title in Chinese and English. */
  readonly title: { readonly zh: string; readonly en: string };
  /** The period. */
  readonly period: DeadlinePeriod;
  /** The event that starts the clock, e.g. `received`, `accepted`, `closed`, `feedback`. */
  readonly startEvent: string;
  /** Counting flags (defaults: start day excluded, roll forward). */
  readonly counting?: DeadlineCounting;
  /** The extension the rule allows, if any. */
  readonly extension?: DeadlineExtension;
  /** When the clock applies, in words (e.g. "named accusers only, not repeats"). */
  readonly appliesWhen?: { readonly zh: string; readonly en: string };
  /** The legal source. */
  readonly source: DeadlineRuleSource;
}

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const RULE_KEYS = ["id", "title", "period", "startEvent", "counting", "extension", "appliesWhen", "source"];
const COUNTING_KEYS = ["includeStartDay", "rollForward", "weekendIsRestDay"];
const SOURCE_KEYS = ["document", "article", "url", "verified", "note"];

function checkKeys(value: object, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(value))
    if (!allowed.includes(key))
      throw new InvalidArgumentError(`${path}.${key}`, `no such property (allowed: ${allowed.join(", ")})`, key);
}
const PERIOD_KEYS = ["days", "months", "years", "workingDays", "hours"] as const;

/**
 * Checks a period (exactly one unit, a non-negative integer) and returns it.
 * @internal
 */
export function checkPeriod(period: unknown, path: string): DeadlinePeriod {
  if (typeof period !== "object" || period === null)
    throw new InvalidArgumentError(path, "a period such as { days: 15 } or { workingDays: 5 }", period);
  const keys = Object.keys(period);
  const key = keys[0];
  if (keys.length !== 1 || !PERIOD_KEYS.includes(key as (typeof PERIOD_KEYS)[number]))
    throw new InvalidArgumentError(path, `exactly one of ${PERIOD_KEYS.join(", ")}`, period);
  const value = (period as Record<string, unknown>)[key as string];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw new InvalidArgumentError(`${path}.${key}`, "a non-negative integer", value);
  return period as DeadlinePeriod;
}

function checkText(value: unknown, path: string): void {
  const v = value as { zh?: unknown; en?: unknown } | null;
  if (typeof v?.zh !== "string" || v.zh === "" || typeof v.en !== "string" || v.en === "")
    throw new InvalidArgumentError(path, "{ zh, en } with two non-empty strings", value);
  checkKeys(v, ["zh", "en"], path);
}

/**
 * Checks a deadline rule (the format of `deadline-rule.schema.json`) and returns it.
 *
 * @param rule - the rule to check
 * @param path - where the rule sits, for error messages (default `"rule"`)
 * @returns the same rule, typed
 * @throws {InvalidArgumentError} naming the path of the first problem
 * @example
 * validateDeadlineRule({ id: "x", title: { zh: "办理", en: "Handling" }, period: { days: -1 }, startEvent: "accepted", source: { document: "本省规定", verified: false } })
 * //=> throws InvalidArgumentError: Invalid rule.period.days: expected a non-negative integer, received number -1.
 */
export function validateDeadlineRule(rule: unknown, path = "rule"): DeadlineRule {
  if (typeof rule !== "object" || rule === null || Array.isArray(rule))
    throw new InvalidArgumentError(path, "a deadline rule object", rule);
  checkKeys(rule, RULE_KEYS, path);
  const r = rule as Partial<DeadlineRule>;
  if (typeof r.id !== "string" || !ID.test(r.id))
    throw new InvalidArgumentError(`${path}.id`, "a lower-case id such as petition.registration", r.id);
  checkText(r.title, `${path}.title`);
  checkPeriod(r.period, `${path}.period`);
  if (typeof r.startEvent !== "string" || r.startEvent === "")
    throw new InvalidArgumentError(`${path}.startEvent`, "a non-empty event name such as received", r.startEvent);
  if (r.counting !== undefined) {
    const c = r.counting as Record<string, unknown>;
    if (typeof c !== "object" || c === null || Array.isArray(c))
      throw new InvalidArgumentError(`${path}.counting`, "an object of counting flags", c);
    for (const key of Object.keys(c)) {
      if (!COUNTING_KEYS.includes(key))
        throw new InvalidArgumentError(`${path}.counting`, `only the flags ${COUNTING_KEYS.join(", ")}`, key);
      if (typeof c[key] !== "boolean") throw new InvalidArgumentError(`${path}.counting.${key}`, "a boolean", c[key]);
    }
  }
  if (r.extension !== undefined) {
    if (typeof r.extension !== "object" || r.extension === null)
      throw new InvalidArgumentError(`${path}.extension`, "{ max, approval? }", r.extension);
    checkKeys(r.extension, ["max", "approval"], `${path}.extension`);
    checkPeriod(r.extension.max, `${path}.extension.max`);
    if (r.extension.approval !== undefined) checkText(r.extension.approval, `${path}.extension.approval`);
  }
  if (r.appliesWhen !== undefined) checkText(r.appliesWhen, `${path}.appliesWhen`);
  const s = r.source as Partial<DeadlineRuleSource> | undefined;
  if (typeof s?.document !== "string" || s.document === "")
    throw new InvalidArgumentError(`${path}.source.document`, "the name of the source document", s?.document);
  if (typeof s.verified !== "boolean")
    throw new InvalidArgumentError(`${path}.source.verified`, "a boolean: was the text checked?", s.verified);
  checkKeys(s, SOURCE_KEYS, `${path}.source`);
  for (const key of ["article", "url", "note"] as const)
    if (s[key] !== undefined && typeof s[key] !== "string")
      throw new InvalidArgumentError(`${path}.source.${key}`, "a string", s[key]);
  return rule as DeadlineRule;
}

/** A validated, read-only set of deadline rules, looked up by id. */
export interface DeadlineRuleSet {
  /** All rules, in the order given. */
  readonly rules: readonly DeadlineRule[];
  /** The rule with this id, or `undefined`. */
  find(id: string): DeadlineRule | undefined;
  /** The rule with this id; throws {@link InvalidArgumentError} naming the known ids when there is none. */
  get(id: string): DeadlineRule;
}

/** Options of {@link defineDeadlineRules}. */
export interface DefineDeadlineRulesOptions {
  /** A rule set to extend, e.g. {@link getBuiltInDeadlineRules}(). */
  readonly base?: DeadlineRuleSet;
  /** Allow a rule to replace the rule of `base` with the same id (a province's stricter rule); default `false`. */
  readonly override?: boolean;
}

/**
 * Builds a rule set from rules (for example a province's stricter rules on top of the built-in ones), checking each
 * rule and that ids are unique. Later sets can override a built-in rule by passing `{ base, override: true }`.
 *
 * @param rules - the rules
 * @param options - `base`: a rule set to extend; `override`: allow replacing rules of `base` with the same id
 * @returns the rule set
 * @throws {InvalidArgumentError} for an invalid rule or a duplicate id
 * @example
 * const builtIn = getBuiltInDeadlineRules();
 * const zhejiang = defineDeadlineRules(
 *   [{ ...builtIn.get("petition.registration"), period: { workingDays: 5 }, source: { document: "浙江省信访条例", verified: true } }],
 *   { base: builtIn, override: true },
 * );
 * zhejiang.get("petition.registration").period
 * //=> { workingDays: 5 }
 */
export function defineDeadlineRules(
  rules: readonly unknown[],
  options: DefineDeadlineRulesOptions = {},
): DeadlineRuleSet {
  if (!Array.isArray(rules)) throw new InvalidArgumentError("rules", "an array of deadline rules", rules);
  const byId = new Map<string, DeadlineRule>();
  for (const rule of options.base?.rules ?? []) byId.set(rule.id, rule);
  const seen = new Set<string>();
  rules.forEach((candidate, i) => {
    const rule = validateDeadlineRule(candidate, `rules[${i}]`);
    if (seen.has(rule.id) || (byId.has(rule.id) && options.override !== true))
      throw new InvalidArgumentError(`rules[${i}].id`, "an id not used by another rule (or override: true)", rule.id);
    seen.add(rule.id);
    byId.set(rule.id, Object.freeze(rule));
  });
  const all = Object.freeze([...byId.values()]);
  return Object.freeze({
    rules: all,
    find: (id: string) => byId.get(id),
    get(id: string) {
      const rule = byId.get(id);
      if (!rule) throw new InvalidArgumentError("id", `one of the rule ids ${[...byId.keys()].join(", ")}`, id);
      return rule;
    },
  });
}
