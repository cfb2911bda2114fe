import { deadlineStatus, nextOpening } from "@xunshi/calendar";
import {
  type AcceptanceRules,
  assessScope,
  type Complaint,
  type Destination,
  deadlinesFor,
  redact,
  type ScopeAssessment,
  suggestCategories,
  TAXONOMY_VERSION,
  topLevelOf,
} from "@xunshi/complaints";

/** A clock that runs for a complaint, read at "now". */
export interface DeskDeadline {
  readonly ruleId: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly dueDate: string;
  readonly dueInstant: string;
  readonly status: "pending" | "due-today" | "overdue";
  readonly workingDaysLeft: number;
  readonly because: { readonly zh: string; readonly en: string };
}

/** The desk's view of a complaint: built from the statistics view, so no identity and no content (only evidence words). */
export interface Assessment {
  readonly id: string;
  readonly teamNumber?: number;
  readonly channel: Complaint["channel"];
  readonly named: boolean;
  readonly repeat: boolean;
  readonly subjectRole: string;
  readonly category: {
    readonly code: string;
    readonly top: string;
    readonly source: "categorization" | "suggestion";
    readonly score?: number;
    readonly evidence: readonly string[];
  };
  readonly scope: {
    readonly inScope: boolean;
    /** The most decisive reason's code (`in-scope`, `after-cutoff`, `outside-office-hours`, `matter`, …). */
    readonly reason: string;
    readonly reasons: readonly { readonly code: string; readonly zh: string; readonly en: string }[];
    readonly nextOpening?: string;
  };
  readonly route: Destination;
  readonly deadlines: readonly DeskDeadline[];
}

/** Evidence words without repeats and without words contained in a longer one, at most four. */
function distinctEvidence(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((other) => other !== w && other.includes(w))).slice(0, 4);
}

/**
 * Assesses one complaint: the category (the clerk's when set, else the suggestion, with its evidence), the scope
 * decision and destination (`assessScope`), and the clocks that run under that decision (`deadlinesFor`), read at `now`.
 * Everything but the evidence words comes from the package's functions; the app only joins them.
 *
 * @param complaint - a validated complaint
 * @param rules - the round's acceptance rules (`toAcceptanceRules(round)` of `@xunshi/domain`)
 * @param now - the instant the deadlines' status is read at
 * @returns the assessment (no identity, no content beyond evidence words)
 */
export function assessComplaint(complaint: Complaint, rules: AcceptanceRules, now: string): Assessment {
  return assessInDetail(complaint, rules, now).assessment;
}

/** What {@link assessInDetail} returns: the desk's view, and the package objects it was built from (for the CSV). */
export interface DetailedAssessment {
  readonly assessment: Assessment;
  /** The complaint with its categorization and disposition set. */
  readonly complaint: Complaint;
  readonly scope: ScopeAssessment;
}

/**
 * {@link assessComplaint}, also returning the categorized complaint and the scope decision.
 *
 * @param complaint - a validated complaint
 * @param rules - the round's acceptance rules (`toAcceptanceRules(round)` of `@xunshi/domain`)
 * @param now - the instant the deadlines' status is read at
 * @returns the assessment with the package objects behind it
 */
export function assessInDetail(complaint: Complaint, rules: AcceptanceRules, now: string): DetailedAssessment {
  const suggestion = complaint.categorization
    ? undefined
    : suggestCategories(complaint.content, { limit: 1 }).suggestions[0];
  const code = complaint.categorization?.primary ?? suggestion?.code ?? "other";
  const categorized: Complaint = complaint.categorization
    ? complaint
    : { ...complaint, categorization: { primary: code, taxonomyVersion: TAXONOMY_VERSION, setBy: "suggestion" } };
  const scope = assessScope(categorized, rules);
  const reason = scope.inScope ? "in-scope" : (scope.reasons[0]?.code ?? "out-of-scope");
  const disposition = {
    status: scope.inScope ? ("accepted" as const) : ("referred" as const),
    decidedAt: complaint.receivedAt,
    destination: scope.destination.code,
  };
  const clocks = deadlinesFor(categorized, disposition);
  const view = redact(categorized, "statistics");
  const opening = reason === "outside-office-hours" ? nextOpening(complaint.receivedAt, rules.officeHours) : undefined;
  const assessment: Assessment = {
    id: view.id,
    ...(view.teamNumber === undefined ? {} : { teamNumber: view.teamNumber }),
    channel: view.channel,
    named: view.complainantKind === "named",
    repeat: view.isRepeat,
    subjectRole: view.subjects[0]?.role ?? "none",
    category: {
      code,
      top: topLevelOf(code) ?? "other",
      source: suggestion ? "suggestion" : "categorization",
      ...(suggestion ? { score: suggestion.score } : {}),
      evidence: distinctEvidence((suggestion?.evidence ?? []).map((e) => e.text)),
    },
    scope: {
      inScope: scope.inScope,
      reason,
      reasons: scope.reasons,
      ...(opening === undefined ? {} : { nextOpening: opening }),
    },
    route: scope.destination.code,
    deadlines: clocks.map((clock) => {
      const status = deadlineStatus(clock.deadline, now);
      return {
        ruleId: clock.ruleId,
        title: clock.rule.title,
        dueDate: clock.deadline.dueDate,
        dueInstant: clock.deadline.dueInstant,
        status: status.status,
        workingDaysLeft: status.workingDaysLeft,
        because: clock.because,
      };
    }),
  };
  return { assessment, complaint: { ...categorized, disposition }, scope };
}
