import { type CompiledLexicon, compileLexicon, runEngine, type TopLevel } from "./internal/suggest/engine";
import { type CompiledLinear, compileLinear } from "./internal/suggest/linear";
import { extendLexicon, getDefaultLexicon, type Lexicon, type LexiconExtension, parseLexicon } from "./lexicon";
import { SuggestionError } from "./suggest-error";
import { DEFAULT_SUGGESTION_MODEL } from "./suggest-model-data";
import { parseSuggestionModel, type SuggestionModel } from "./suggestion-model";

/** A span of the ORIGINAL text (UTF-16 offsets, `end` exclusive) that supports a suggestion. */
export interface EvidenceSpan {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last UTF-16 code unit. */
  end: number;
  /** `text.slice(start, end)` of the original text. */
  text: string;
  /** Id of the lexicon rule that matched, or `"model"` for a character bigram that weighs for the category in the learned model. */
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
  /** A learned model to use instead of the shipped one, or `null` for the lexicon alone (see {@link CreateSuggesterOptions}). */
  model?: SuggestionModel | null;
}

/** Options of {@link createSuggester}. */
export interface CreateSuggesterOptions {
  /** A complete lexicon to use instead of the default one. */
  lexicon?: Lexicon;
  /** Rules and settings to add to the lexicon. */
  extend?: LexiconExtension;
  /**
   * The learned model that ranks the categories from the lexicon's findings and the text's character bigrams: the
   * shipped one by default, your own (see {@link trainSuggestionModel}; same format as `data/suggest-model.json`), or
   * `null` to rank by the lexicon alone.
   */
  model?: SuggestionModel | null;
}

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
  const model =
    options.model === null
      ? undefined
      : options.model === undefined
        ? getDefaultModel()
        : compileLinear(parseSuggestionModel(options.model));
  return {
    lexicon,
    suggest: (text, opts = {}) => suggestWith(compiled, model, text, opts),
  };
}

let defaultSuggester: Suggester | undefined;
let defaultModel: CompiledLinear | undefined;

function getDefaultModel(): CompiledLinear {
  defaultModel ??= compileLinear(DEFAULT_SUGGESTION_MODEL);
  return defaultModel;
}

/**
 * Suggests taxonomy codes for the text of a complaint, ranked by a calibrated score, each with the spans of the text
 * that support it. Works offline and deterministically: a weighted lexicon (phrases, co-occurrence windows, negation
 * and out-of-scope cues) finds the evidence, and a learned linear model ranks the categories from the lexicon's
 * findings and the text's character bigrams. An empty or content-free text yields `other` with a low score.
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
  if (options.lexicon || options.extend || options.model !== undefined) {
    const s = createSuggester({
      ...(options.lexicon ? { lexicon: options.lexicon } : {}),
      ...(options.extend ? { extend: options.extend } : {}),
      ...(options.model !== undefined ? { model: options.model } : {}),
    });
    return s.suggest(text, options);
  }
  if (!defaultSuggester) defaultSuggester = createSuggester();
  return defaultSuggester.suggest(text, options);
}

function suggestWith(
  compiled: CompiledLexicon,
  model: CompiledLinear | undefined,
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
  const { ranked, hasPublicRole } = runEngine(compiled, text, model);
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
      evidence: r.evidence,
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
