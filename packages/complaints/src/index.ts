/**
 * @xunshi/complaints — public API.
 */

// ── Category suggestion
export {
  type CategorySuggestion,
  type CreateSuggesterOptions,
  createSuggester,
  type EvidenceSpan,
  type SuggestCategoriesOptions,
  type SuggestCategoriesResult,
  type Suggester,
  suggestCategories,
} from "./suggest-categories";
export {
  extendLexicon,
  getDefaultLexicon,
  type Lexicon,
  type LexiconExtension,
  type LexiconRule,
  type LexiconSettings,
  lexiconRuleSchema,
  lexiconSchema,
  lexiconSettingsSchema,
  parseLexicon,
} from "./lexicon";
export { SuggestionError, type SuggestionErrorCode } from "./suggest-error";
export { normalizeChineseText, toSimplifiedChinese } from "./text-normalize";
export { type NumberRange, parseChineseNumber } from "./extract-amount";
export {
  type ExtractedAmount,
  type ExtractedDate,
  type ExtractedFacts,
  type ExtractedPerson,
  type ExtractedPosition,
  type ExtractedUnit,
  extractFacts,
  type TextSpan,
} from "./extract-facts";
export {
  guessSubjectRole,
  type SubjectRole,
  type SubjectRoleGuess,
  type SubjectRoleTarget,
} from "./extract-subject-role";
export {
  type CreateSimilarityIndexOptions,
  createSimilarityIndex,
  type FindSimilarOptions,
  findSimilar,
  type SimilarityIndex,
  type SimilarMatch,
} from "./find-similar";
