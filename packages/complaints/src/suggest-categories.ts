import { type BackoffModel, type CompiledBackoff, compileBackoff } from "./internal/suggest/backoff";
import { type CompiledLexicon, compileLexicon, runEngine, type TopLevel } from "./internal/suggest/engine";
import { extendLexicon, getDefaultLexicon, type Lexicon, type LexiconExtension, parseLexicon } from "./lexicon";
import { DEFAULT_BACKOFF_DATA } from "./lexicon-backoff-data";
import { SuggestionError } from "./suggest-error";

/** A span of the ORIGINAL text (UTF-16 offsets, `end` exclusive) that supports a suggestion. */
export interface EvidenceSpan {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last UTF-16 code unit. */
  end: number;
  /** `text.slice(start, end)` of the original text. */
  text: string;
  /** Id of the lexicon rule that matched. */
  ruleId: string;
  /** Taxonomy code the rule supports. */
  code: string;
}

/** One suggested category. */
export interface CategorySuggestion {
  /** Most specific taxonomy code supported (a leaf `<top>.<leaf>`, or the top-level code). */
  code: string;
  /** Top-level category of `code`. */
  category: TopLevel;
  /** Calibrated score in [0, 1]; higher is more likely. */
  score: number;
  /** Whether the category is within the inspection's remit (the six disciplines and rectification). */
  inScope: boolean;
  /** Spans of the text that support it, in text order. */
  evidence: EvidenceSpan[];
}

/** Result of {@link suggestCategories}. */
export interface SuggestCategoriesResult {
  /** Suggestions ranked by score, one per top-level category; never empty. */
  suggestions: CategorySuggestion[];
  /** Scope of the first suggestion. */
  inScope: boolean;
  /** Whether the text names a person with a public role or a public body (used by the scope check). */
  mentionsPublicRole: boolean;
}

/** Options of {@link suggestCategories}. */
export interface SuggestCategoriesOptions {
  /** Maximum number of suggestions (default 5, at least 1). */
  limit?: number;
  /** Drop suggestions below this score, except the first (default 0.01). */
  minScore?: number;
  /** A complete lexicon to use instead of the default one. */
  lexicon?: Lexicon;
  /** Rules and settings to add to the (default or given) lexicon. */
  extend?: LexiconExtension;
  /** A backoff model to use instead of the shipped one, or `null` for none (see {@link CreateSuggesterOptions}). */
  backoff?: SuggestionBackoffModel | null;
}

/** Options of {@link createSuggester}. */
export interface CreateSuggesterOptions {
  /** A complete lexicon to use instead of the default one. */
  lexicon?: Lexicon;
  /** Rules and settings to add to the lexicon. */
  extend?: LexiconExtension;
  /**
   * The bigram backoff model consulted when the lexicon finds little evidence: the shipped one by default, your own
   * (same format as `data/lexicon-backoff.json`), or `null` to use the lexicon alone.
   */
  backoff?: SuggestionBackoffModel | null;
}

/**
 * Document counts per character bigram and top-level category (a naive-Bayes backoff), the format of
 * `data/lexicon-backoff.json`.
 */
export type SuggestionBackoffModel = BackoffModel;

/** A compiled suggester: build once, call many times. */
export interface Suggester {
  /** The lexicon in use, after extension. */
  readonly lexicon: Lexicon;
  /** Same as {@link suggestCategories} with this suggester's lexicon. */
  suggest(text: string, options?: Pick<SuggestCategoriesOptions, "limit" | "minScore">): SuggestCategoriesResult;
}

const IN_SCOPE = new Set(["political", "organizational", "integrity", "mass", "work", "life", "rectification"]);

/**
 * Compiles a lexicon (the default one, a given one, and/or an extension) into a reusable suggester.
 *
 * @param options - `lexicon` replaces the default lexicon; `extend` adds or replaces rules and settings.
 * @returns A suggester whose `suggest(text)` behaves like {@link suggestCategories}.
 * @throws {SuggestionError} `INVALID_LEXICON` when the lexicon or the extension is malformed.
 * @example
 * const s = createSuggester({
 *   extend: { rules: [{ id: "local.tea", code: "integrity", weight: 2, terms: ["茶叶礼盒"] }] },
 * });
 * s.suggest("局长每年收茶叶礼盒").suggestions[0]?.category
 * //=> "integrity"
 */
export function createSuggester(options: CreateSuggesterOptions = {}): Suggester {
  let lexicon = options.lexicon ? parseLexicon(options.lexicon) : getDefaultLexicon();
  if (options.extend) lexicon = extendLexicon(lexicon, options.extend);
  const compiled = compileLexicon(lexicon);
  const backoff =
    options.backoff === null ? undefined : compileBackoff(checkBackoff(options.backoff ?? DEFAULT_BACKOFF_DATA));
  return {
    lexicon,
    suggest: (text, opts = {}) => suggestWith(compiled, backoff, text, opts),
  };
}

let defaultSuggester: Suggester | undefined;

/**
 * Suggests taxonomy codes for the text of a complaint, ranked by a calibrated score, each with the spans of the text
 * that support it. Works offline and deterministically from a weighted lexicon (phrases, co-occurrence windows,
 * negation and out-of-scope cues). An empty or content-free text yields `other` with a low score.
 *
 * @param text - The complaint as received (simplified or traditional characters, any length).
 * @param options - Result size, and optionally a replacement lexicon or an extension of the default one.
 * @returns The ranked suggestions (never empty), their scope and whether a public role is named.
 * @throws {SuggestionError} `INVALID_TEXT` when `text` is not a string; `INVALID_LEXICON` for a malformed lexicon.
 * @example
 * const r = suggestCategories("县住建局局长收受开发商现金20万元");
 * r.suggestions[0]?.category
 * //=> "integrity"
 * r.suggestions[0]?.evidence.some((e) => e.text === "收受")
 * //=> true
 */
export function suggestCategories(text: string, options: SuggestCategoriesOptions = {}): SuggestCategoriesResult {
  if (options.lexicon || options.extend || options.backoff !== undefined) {
    const s = createSuggester({
      ...(options.lexicon ? { lexicon: options.lexicon } : {}),
      ...(options.extend ? { extend: options.extend } : {}),
      ...(options.backoff !== undefined ? { backoff: options.backoff } : {}),
    });
    return s.suggest(text, options);
  }
  if (!defaultSuggester) defaultSuggester = createSuggester();
  return defaultSuggester.suggest(text, options);
}

function checkBackoff(m: unknown): BackoffModel {
  const o = m as Partial<BackoffModel> | undefined;
  const ok =
    !!o &&
    o.version === 1 &&
    Array.isArray(o.classes) &&
    Array.isArray(o.totals) &&
    o.totals.length === o.classes.length &&
    typeof o.docs === "object" &&
    o.docs !== null &&
    Object.values(o.docs).every(
      (row) => Array.isArray(row) && row.length === o.classes?.length && row.every((n) => Number.isFinite(n) && n >= 0),
    );
  if (!ok) {
    throw new SuggestionError(
      "INVALID_LEXICON",
      "Expected a backoff model { version: 1, classes, totals, docs } with one count per class in every row, received something else",
    );
  }
  return o as BackoffModel;
}

function suggestWith(
  compiled: CompiledLexicon,
  backoff: CompiledBackoff | undefined,
  text: string,
  options: Pick<SuggestCategoriesOptions, "limit" | "minScore">,
): SuggestCategoriesResult {
  if (typeof text !== "string") {
    throw new SuggestionError("INVALID_TEXT", `Expected the complaint text as a string, received ${describe(text)}`);
  }
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? 0.01;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new SuggestionError(
      "INVALID_OPTION",
      `Expected options.limit to be an integer ≥ 1, received ${String(limit)}`,
    );
  }
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw new SuggestionError(
      "INVALID_OPTION",
      `Expected options.minScore to be a number in [0, 1], received ${String(minScore)}`,
    );
  }
  const { ranked, hasPublicRole } = runEngine(compiled, text, backoff);
  const suggestions: CategorySuggestion[] = [];
  for (const r of ranked) {
    if (suggestions.length >= limit) break;
    const score = Math.round(r.score * 10_000) / 10_000;
    if (suggestions.length > 0 && score < minScore) break;
    suggestions.push({
      code: r.code,
      category: r.category,
      score,
      inScope: IN_SCOPE.has(r.category),
      evidence: r.evidence.map((e) => ({ ...e })),
    });
  }
  if (suggestions.length === 0) {
    suggestions.push({
      code: compiled.lexicon.settings.fallbackCode,
      category: "other",
      score: 0,
      inScope: false,
      evidence: [],
    });
  }
  return { suggestions, inScope: (suggestions[0] as CategorySuggestion).inScope, mentionsPublicRole: hasPublicRole };
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return `a value of type ${typeof v}`;
}
