// @xunshi/domain — the inspection-tour domain model. The public API, listed explicitly.

// ── Vocabulary (zh/en labels for every enumerated value) ──
export {
  type Bilingual,
  bilingualSchema,
  CHANNEL_KINDS,
  type ChannelKind,
  FOCUS_AREAS,
  type FocusAreaCode,
  INSPECTION_KINDS,
  type InspectionKind,
  MATTERS,
  type Matter,
  OFFICE_HOURS_DAYS,
  type OfficeHoursDays,
  PARTY_ORGANIZATION_TYPES,
  type PartyOrganizationType,
  PHASES,
  type Phase,
  ROUND_LEVELS,
  type RoundLevel,
  SPECIAL_CHECKS,
  type SpecialCheckCode,
  SUBJECT_ROLES,
  type SubjectRole,
  TARGET_KINDS,
  type TargetKind,
} from "./vocabulary";

// ── Round document ──
export {
  type Acceptance,
  acceptanceSchema,
  acceptanceScopeSchema,
  type Assignment,
  assignmentSchema,
  authorizationSchema,
  keyDatesSchema,
  personSchema,
  type PhaseEvent,
  phaseEventSchema,
  type Round,
  type RoundInput,
  roundChannelSchema,
  roundSchema,
  type Target,
  type TargetGroup,
  targetGroupSchema,
  targetSchema,
  type Team,
  teamSchema,
} from "./round-schema";
export { deadlineRuleSchema, officeHoursScheduleSchema, timeSegmentSchema } from "./office-hours-schema";
export { type ParseRoundOptions, parseRound, type SafeParseRoundResult, safeParseRound } from "./parse-round";
export { getRoundJsonSchema } from "./json-schema";

// ── Lifecycle ──
export { canTransition, nextPhases, phaseOn, transition } from "./lifecycle";

// ── Schedule and acceptance ──
export {
  type AcceptingAt,
  type DateSpan,
  deriveSchedule,
  isAcceptingAt,
  type RoundAcceptanceRules,
  type RoundSchedule,
  type ScheduleOptions,
  toAcceptanceRules,
} from "./schedule";

// ── Conflict of interest (回避) ──
export { type Conflict, type ConflictDeclaration, findConflicts } from "./find-conflicts";

// ── Errors ──
export { DomainError, type DomainErrorCode, type DomainIssue } from "./domain-error";

// ── Fixtures ──
export { shanxi2024Round6 } from "./fixtures/shanxi-2024-round-6";
