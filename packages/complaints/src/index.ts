/**
 * @xunshi/complaints — public API.
 */

// ── Complaint schema and validation
export {
  type Attachment,
  attachmentSchema,
  anonymousComplainantSchema,
  CHANNEL_LABELS,
  CHANNELS,
  type Categorization,
  categorizationSchema,
  type Channel,
  channelSchema,
  type Complainant,
  complainantSchema,
  type Complaint,
  type ComplaintInput,
  complaintSchema,
  type ConfidentialityLevel,
  DESTINATION_LABELS,
  DESTINATIONS,
  type Destination,
  type Disposition,
  dispositionSchema,
  namedComplainantSchema,
  RANK_LEVEL_LABELS,
  RANK_LEVELS,
  type RankLevel,
  SUBJECT_ROLE_LABELS,
  SUBJECT_ROLES,
  type Subject,
  type SubjectRoleCode,
  subjectSchema,
} from "./complaint-schema";
export {
  type ParseComplaintOptions,
  parseComplaint,
  parseDisposition,
  type SafeParseComplaintResult,
  safeParseComplaint,
} from "./parse-complaint";
export {
  ComplaintArgumentError,
  type ComplaintIssue,
  ComplaintsError,
  type ComplaintsErrorCode,
  ComplaintValidationError,
} from "./complaints-error";

// ── Taxonomy
export { TAXONOMY_VERSION, TAXONOMY_NODES, type TaxonomyNodeData } from "./taxonomy-data";
export {
  ancestorsOf,
  childrenOf,
  findCategory,
  getTaxonomy,
  IN_SCOPE_TOP_LEVEL_CODES,
  isInScopeCategory,
  KNOWN_TAXONOMY_VERSIONS,
  type Open311Service,
  type Taxonomy,
  type TaxonomyNode,
  TOP_LEVEL_CODES,
  type TopLevelCode,
  toOpen311Services,
  topLevelOf,
} from "./taxonomy";

export { taxonomyNodeSchema, taxonomySchema } from "./taxonomy-schema";
export { getJsonSchema } from "./json-schema";

// ── Scope, routing and deadlines
export {
  type AcceptanceRules,
  type AssessScopeOptions,
  assessScope,
  type ScopeAssessment,
  type ScopeReason,
} from "./assess-scope";
export { type ComplaintClock, type DeadlinesForOptions, deadlinesFor, isNamedAccusation } from "./deadlines-for";

// ── Confidentiality
export { type ConfidentialField, getConfidentialFields } from "./confidential-fields";
export {
  type AccusedUnitView,
  type HandlerView,
  REDACTION_VIEWS,
  type RedactedViews,
  type RedactionView,
  redact,
  type StatisticsView,
  type TransferView,
} from "./redact";

// ── Exports and statistics
export { CSV_COLUMNS, escapeCsvCell, type ToCsvOptions, toCSV } from "./export-csv";
export { aggregateComplaints, type ComplaintAggregates } from "./aggregate";

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
export {
  type LabelledComplaintText,
  parseSuggestionModel,
  SUGGESTION_MODEL_DEFAULTS,
  type SuggestionModel,
  type TrainSuggestionModelOptions,
  trainSuggestionModel,
} from "./suggestion-model";
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
