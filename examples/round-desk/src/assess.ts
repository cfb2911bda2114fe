import {
  computeDeadline,
  type DeadlineStatus,
  deadlineStatus,
  getDeadlineRule,
  isWithinOfficeHours,
  nextOpening,
} from "@xunshi/calendar";
import { type SuggestCategoriesResult, suggestCategories } from "@xunshi/complaints";
import type { IntakeRecord } from "./intake-record";
import type { DeskRound } from "./round";

/**
 * Scope, routing and deadlines of one complaint.
 *
 * LOCAL ADAPTER: `@xunshi/complaints` did not export `assessScope` / `deadlinesFor` yet when this example was written.
 * This is the smallest version of the rules in reference.md §1.6, §2 and §3 that the desk needs; replace it with the
 * package's functions once they land.
 */

export type ScopeReason =
  | "in-scope"
  | "before-window"
  | "after-cutoff"
  | "outside-office-hours"
  | "matter"
  | "subject-role";

export type Destination =
  | "inspection-team"
  | "discipline-commission"
  | "organization-department"
  | "petition-bureau"
  | "court"
  | "competent-department";

export const DESTINATION_LABELS: Readonly<Record<Destination, { zh: string; en: string }>> = {
  "inspection-team": { zh: "巡视组受理", en: "inspection team (accepted)" },
  "discipline-commission": { zh: "纪委监委", en: "discipline commission" },
  "organization-department": { zh: "组织部门", en: "organization department" },
  "petition-bureau": { zh: "信访部门", en: "petition bureau" },
  court: { zh: "政法机关（法院、检察院）", en: "courts and procuratorates" },
  "competent-department": { zh: "有关主管部门", en: "competent department" },
};

export const SCOPE_LABELS: Readonly<Record<ScopeReason, { zh: string; en: string }>> = {
  "in-scope": { zh: "属受理范围", en: "in scope" },
  "before-window": { zh: "早于受理期", en: "before the window" },
  "after-cutoff": { zh: "超过受理截止日", en: "after the cut-off" },
  "outside-office-hours": { zh: "非受理时间来电来访", en: "outside office hours" },
  matter: { zh: "事项不属巡视受理范围", en: "matter out of scope" },
  "subject-role": { zh: "被反映人不属受理对象", en: "subject's role out of scope" },
};

export interface DeskDeadline {
  readonly ruleId: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly dueDate: string;
  readonly dueInstant: string;
  readonly status: DeadlineStatus["status"];
  readonly workingDaysLeft: number;
  readonly explanation: { readonly zh: string; readonly en: string };
}

/** The desk's view of a complaint: no identity, no content beyond the evidence spans. */
export interface Assessment {
  readonly id: string;
  readonly teamNumber: number;
  readonly channel: IntakeRecord["channel"];
  readonly named: boolean;
  readonly repeat: boolean;
  readonly subjectRole: string;
  readonly category: {
    readonly code: string;
    readonly top: string;
    readonly score: number;
    readonly evidence: readonly string[];
  };
  readonly scope: { readonly inScope: boolean; readonly reason: ScopeReason; readonly nextOpening?: string };
  readonly route: Destination;
  readonly deadlines: readonly DeskDeadline[];
}

/** The date (Shanghai) of an ISO instant with an offset. */
function shanghaiDate(instant: string): string {
  const ms = Date.parse(instant);
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Evidence words without repeats and without words contained in a longer one, at most four. */
function distinctEvidence(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((other) => other !== w && other.includes(w))).slice(0, 4);
}

function routeOutOfScope(top: string, reason: ScopeReason): Destination {
  if (top === "litigation") return "court";
  if (top === "personal-grievance") return "petition-bureau";
  if (top === "other") return "competent-department";
  if (reason === "subject-role" && top === "organizational") return "organization-department";
  return "discipline-commission";
}

/**
 * Assesses one complaint for a round: category suggestion, scope with its reason, destination and clocks.
 *
 * @param record - a validated intake record
 * @param round - the round it was made to
 * @param now - the instant deadline status is read at
 * @returns the assessment (no identity, no content beyond evidence spans)
 */
export function assessComplaint(record: IntakeRecord, round: DeskRound, now: string): Assessment {
  const suggestion: SuggestCategoriesResult = suggestCategories(record.content, { limit: 3 });
  const first = suggestion.suggestions[0];
  const top = first?.category ?? "other";
  const matterInScope = first?.inScope ?? false;
  const role = record.subjects[0]?.role ?? "other";
  const { from, cutoff } = round.acceptance;
  const judgedOn =
    record.channel === "letter" && record.postmarkDate ? record.postmarkDate : shanghaiDate(record.receivedAt);
  const live = record.channel === "phone" || record.channel === "visit";

  let reason: ScopeReason = "in-scope";
  let opening: string | undefined;
  if (judgedOn < from) reason = "before-window";
  else if (judgedOn > cutoff) reason = "after-cutoff";
  else if (live && !isWithinOfficeHours(record.receivedAt, round.acceptance.officeHours)) {
    reason = "outside-office-hours";
    opening = nextOpening(record.receivedAt, round.acceptance.officeHours);
  } else if (!matterInScope) reason = "matter";
  else if (!(round.acceptedRoles as readonly string[]).includes(role.replaceAll("-", "_"))) reason = "subject-role";

  const inScope = reason === "in-scope";
  const route: Destination = inScope ? "inspection-team" : routeOutOfScope(top, reason);
  const named = record.complainant.kind === "named";

  const ruleIds: string[] = [];
  if (route === "discipline-commission") ruleIds.push("accusation.forward-to-lower");
  else if (!inScope) ruleIds.push("petition.registration");
  if (named && !record.isRepeat)
    ruleIds.push(
      route === "inspection-team" || route === "discipline-commission"
        ? "accusation.acceptance-notice"
        : "petition.notice-transferred",
    );

  const deadlines = ruleIds.map((ruleId): DeskDeadline => {
    const rule = getDeadlineRule(ruleId);
    const deadline = computeDeadline(record.receivedAt, rule);
    const status = deadlineStatus(deadline, now);
    return {
      ruleId,
      title: rule.title,
      dueDate: deadline.dueDate,
      dueInstant: deadline.dueInstant,
      status: status.status,
      workingDaysLeft: status.workingDaysLeft,
      explanation: deadline.explanation,
    };
  });

  return {
    id: record.id,
    teamNumber: record.teamNumber,
    channel: record.channel,
    named,
    repeat: record.isRepeat,
    subjectRole: role,
    category: {
      code: first?.code ?? "other",
      top,
      score: first?.score ?? 0,
      evidence: distinctEvidence((first?.evidence ?? []).map((e) => e.text)),
    },
    scope: opening === undefined ? { inScope, reason } : { inScope, reason, nextOpening: opening },
    route,
    deadlines,
  };
}
