import * as z from "zod";
import { DEFAULT_LEXICON_DATA } from "./lexicon-data";
import { SuggestionError } from "./suggest-error";

const weightSchema = z.number().finite().min(-10).max(10);

/**
 * Schema of one weighted rule of a category-suggestion lexicon.
 *
 * @example
 * lexiconRuleSchema.safeParse({ id: "x", code: "integrity.gifts-and-money", weight: 2, terms: ["茶叶礼盒"] }).success
 * //=> true
 */
export const lexiconRuleSchema = z
  .object({
    /** Stable identifier; an extension rule with the same id replaces the base rule. */
    id: z.string().min(1),
    /** Taxonomy code the rule supports (`<top>` or `<top>.<leaf>`). */
    code: z.string().min(1),
    /** Evidence weight added to `code` when the rule fires (0 for a rule that only rescales). */
    weight: weightSchema,
    /** Phrases, any of which fires the rule. */
    terms: z.array(z.string().min(1)).optional(),
    /** Groups of phrases that must all occur within `window` characters of each other (co-occurrence). */
    near: z
      .array(z.array(z.string().min(1)).min(1))
      .min(2)
      .optional(),
    /** Maximum distance in characters between the starts of co-occurring phrases (default 40). */
    window: z.number().int().positive().max(100_000).optional(),
    /** Multiplies the score of top-level categories (or the groups `in-scope` / `out-of-scope`) when the rule fires. */
    scale: z.record(z.string(), z.number().finite().min(0).max(10)).optional(),
    /** A bare label ("大贪官"): counts only when the same category also has factual evidence. */
    label: z.boolean().optional(),
    /** Ignore a hit preceded by a negator ("不是", "没有", …). */
    negatable: z.boolean().optional(),
    /** Free-text note for maintainers (source, rationale). */
    note: z.string().optional(),
  })
  .refine((r) => (r.terms?.length ?? 0) > 0 || (r.near?.length ?? 0) > 0, {
    message: "a rule needs `terms` or `near`",
  });

/**
 * Schema of the tunable numbers of a lexicon.
 *
 * @example
 * lexiconSettingsSchema.safeParse(getDefaultLexicon().settings).success
 * //=> true
 */
export const lexiconSettingsSchema = z.object({
  /** Evidence that makes a category's certainty reach 1 − 1/e. */
  saturation: z.number().positive(),
  /** Evidence always credited to `other`, so that weak signals fall back to it. */
  otherPrior: z.number().min(0),
  /** Share of a rule's weight added for each further distinct phrase of the same rule. */
  repeatFactor: z.number().min(0).max(1),
  /** Maximum number of further distinct phrases counted per rule. */
  maxRepeats: z.number().int().min(0).max(20),
  /** Code suggested when nothing else is found. */
  fallbackCode: z.string().min(1),
  /** Code credited when a text has only bare labels and no facts. */
  noSubstanceCode: z.string().min(1),
  /** Weight credited to `noSubstanceCode`. */
  noSubstanceWeight: z.number().min(0),
  /** Phrases that show a person with a public role or a public body (书记, 局长, 镇里, 干部…). */
  publicRoleTerms: z.array(z.string().min(1)),
  /** Factor for the in-scope categories when no public role is named. */
  noPublicRoleScale: z.number().min(0).max(1),
  /** Code credited, with `noPublicRoleWeight`, when no public role is named. */
  noPublicRoleCode: z.string().min(1),
  noPublicRoleWeight: z.number().min(0),
  /** Negators looked for just before a negatable phrase. */
  negators: z.array(z.string().min(1)),
  /** How many characters before a phrase a negator may start. */
  negationWindow: z.number().int().min(0).max(10),
  /**
   * Phrases whose words must not count: any match lying inside one of them is dropped. For letter formulae and words
   * that contain a cue by accident (`知情人` contains `情人`; `担心被打击报复` is the writer's fear, not an accusation).
   */
  ignore: z.array(z.string().min(1)).optional(),
  /**
   * Common misspellings (mostly homophones) read as the intended word before matching, e.g. `{"书计": "书记"}`. Both
   * sides must have the same length, so that offsets into the original text stay exact.
   */
  aliases: z
    .record(z.string().min(1), z.string().min(1))
    .refine((m) => Object.entries(m).every(([k, v]) => k.length === v.length), {
      message: "every alias must have the same length as the word it stands for",
    })
    .optional(),
});

/**
 * Schema of a complete category-suggestion lexicon (the format of `data/lexicon.json`).
 *
 * @example
 * lexiconSchema.safeParse(getDefaultLexicon()).success
 * //=> true
 */
export const lexiconSchema = z.object({
  version: z.literal(1),
  source: z.string().optional(),
  settings: lexiconSettingsSchema,
  rules: z.array(lexiconRuleSchema),
});

/** One weighted rule of a lexicon. */
export type LexiconRule = z.infer<typeof lexiconRuleSchema>;
/** The tunable numbers of a lexicon. */
export type LexiconSettings = z.infer<typeof lexiconSettingsSchema>;
/** A complete category-suggestion lexicon. */
export type Lexicon = z.infer<typeof lexiconSchema>;

/** An extension of a lexicon: rules to add or replace (by id), ids to remove, settings to override. */
export interface LexiconExtension {
  rules?: readonly LexiconRule[];
  removeRuleIds?: readonly string[];
  settings?: Partial<LexiconSettings>;
}

let cachedDefault: Lexicon | undefined;

/**
 * Returns the lexicon shipped with the package (`data/lexicon.json`), validated.
 *
 * @returns The default lexicon; treat it as read-only.
 * @throws {SuggestionError} `INVALID_LEXICON` if the shipped data is malformed (a packaging bug).
 * @example
 * getDefaultLexicon().rules.length > 100
 * //=> true
 */
export function getDefaultLexicon(): Lexicon {
  if (!cachedDefault) cachedDefault = parseLexicon(DEFAULT_LEXICON_DATA);
  return cachedDefault;
}

/**
 * Validates a lexicon (for instance one read from a JSON file).
 *
 * @param input - The candidate lexicon.
 * @returns The lexicon, typed.
 * @throws {SuggestionError} `INVALID_LEXICON` with the zod issues when it does not match {@link lexiconSchema}.
 * @example
 * parseLexicon({ version: 1, settings: getDefaultLexicon().settings, rules: [] }).rules
 * //=> []
 */
export function parseLexicon(input: unknown): Lexicon {
  const r = lexiconSchema.safeParse(input);
  if (!r.success) {
    throw new SuggestionError(
      "INVALID_LEXICON",
      `Expected a lexicon matching lexiconSchema, received one with ${r.error.issues.length} issue(s): ${r.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
        .join("; ")}`,
      { issues: r.error.issues },
    );
  }
  return r.data;
}

/**
 * Extends a lexicon: rules with a new id are added, rules with an existing id replace it, listed ids are removed and
 * settings are overridden field by field. Neither argument is mutated.
 *
 * @param base - The lexicon to start from.
 * @param extension - What to add, replace or remove.
 * @returns A new, validated lexicon.
 * @throws {SuggestionError} `INVALID_LEXICON` when the result is not a valid lexicon.
 * @example
 * const lex = extendLexicon(getDefaultLexicon(), {
 *   rules: [{ id: "local.fishing", code: "integrity", weight: 1, terms: ["公款钓鱼"] }],
 * });
 * lex.rules.some((r) => r.id === "local.fishing")
 * //=> true
 */
export function extendLexicon(base: Lexicon, extension: LexiconExtension): Lexicon {
  const removed = new Set(extension.removeRuleIds ?? []);
  const replacements = new Map((extension.rules ?? []).map((r) => [r.id, r] as const));
  const rules: LexiconRule[] = [];
  for (const r of base.rules) {
    if (removed.has(r.id)) continue;
    const rep = replacements.get(r.id);
    if (rep) {
      rules.push(rep);
      replacements.delete(r.id);
    } else rules.push(r);
  }
  for (const r of replacements.values()) if (!removed.has(r.id)) rules.push(r);
  const settings = { ...base.settings };
  for (const [k, v] of Object.entries(extension.settings ?? {})) {
    if (v !== undefined) (settings as Record<string, unknown>)[k] = v;
  }
  return parseLexicon({ ...base, settings, rules });
}
