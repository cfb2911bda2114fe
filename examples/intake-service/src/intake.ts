/**
 * The intake pipeline: validate → suggest a category → assess scope → compute deadlines → (store), and the redacted
 * views. The one place where the service meets `@xunshi/complaints` and `@xunshi/domain`: every schema and decision
 * here is the libraries'; this file only wires them together.
 */
import {
  assessScope,
  type Categorization,
  type Complaint,
  type ComplaintClock,
  type Disposition,
  deadlinesFor,
  redact,
  type ScopeAssessment,
  type SuggestCategoriesResult,
  suggestCategories,
} from "@xunshi/complaints";
import { parseRound, type Round, shanxi2024Round6 } from "@xunshi/domain";
import type { View } from "./auth/access.js";

/** The motivating round (Shanxi, 12th provincial committee, 6th inspection round, 2024), validated. */
export function loadMotivatingRound(): Round {
  return parseRound(shanxi2024Round6);
}

/** What the service stores for a complaint. */
export interface ComplaintDocument {
  /** The validated complaint; `id` is the service's id, the caller's own id is kept in `sourceReference`. */
  complaint: Complaint;
  /** The id the submitting system gave the complaint. */
  sourceReference: string;
  suggestion: SuggestCategoriesResult;
  scope: ScopeAssessment;
  deadlines: ComplaintClock[];
}

/**
 * Run the pipeline on a validated complaint: suggest a category, assess scope against the round, compute deadlines.
 *
 * @param submitted - The complaint as validated by `complaintSchema`.
 * @param id - The server-assigned id (replaces the caller's id, which is kept as `sourceReference`).
 * @param round - The round it was made to.
 * @returns The document to store.
 * @throws {ComplaintsError} from the library when the round's rules or a code are invalid.
 * @example
 * prepareComplaint(complaint, "9b1d…", loadMotivatingRound()).scope.destination.code
 * //=> "inspection-team"
 */
export function prepareComplaint(submitted: Complaint, id: string, round: Round): ComplaintDocument {
  const complaint: Complaint = { ...submitted, id };
  const suggestion = suggestCategories(complaint.content, { limit: 3 });
  const top = suggestion.suggestions[0];
  const scope = assessScope(complaint, round, top === undefined ? {} : { category: top.code });
  return { complaint, sourceReference: submitted.id, suggestion, scope, deadlines: deadlinesFor(complaint) };
}

/**
 * Apply a staff categorization: it is stored in the complaint and the scope is assessed again by it.
 *
 * @param document - The stored document.
 * @param categorization - The validated categorization.
 * @param round - The round.
 * @returns A new document.
 * @example
 * recategorize(document, { primary: "work.formalism", taxonomyVersion: "2024.1", setBy: "staff" }, round).scope.category.source
 * //=> "categorization"
 */
export function recategorize(
  document: ComplaintDocument,
  categorization: Categorization,
  round: Round,
): ComplaintDocument {
  const complaint: Complaint = { ...document.complaint, categorization };
  return { ...document, complaint, scope: assessScope(complaint, round) };
}

/**
 * Apply a disposition: it is stored in the complaint and the deadlines are computed again for it.
 *
 * @param document - The stored document.
 * @param disposition - The validated disposition.
 * @returns A new document.
 * @throws {ComplaintsError} when the disposition was decided before the complaint was received.
 * @example
 * dispose(document, { status: "accepted", decidedAt: "2024-10-15T10:00:00+08:00" }).deadlines.length
 * //=> 1
 */
export function dispose(document: ComplaintDocument, disposition: Disposition): ComplaintDocument {
  const complaint: Complaint = { ...document.complaint, disposition };
  return { ...document, complaint, deadlines: deadlinesFor(complaint, disposition) };
}

const scopeSummary = (scope: ScopeAssessment) => ({ inScope: scope.inScope, destination: scope.destination });

/**
 * The part of a stored complaint a view may see. `full` (the intake desk) is the whole record; the other views are
 * `redact()` of `@xunshi/complaints`, plus the pipeline's results the view may see.
 *
 * @param document - The stored document.
 * @param view - The view.
 * @returns A new object; the document is not changed.
 * @example
 * redactComplaint(document, "statistics").complaint.complainantKind
 * //=> "named" (and no identity, no content)
 */
export function redactComplaint(document: ComplaintDocument, view: View): Record<string, unknown> {
  const { complaint } = document;
  switch (view) {
    case "full":
      return { ...document };
    case "handler":
      return {
        complaint: redact(complaint, "handler"),
        suggestion: document.suggestion,
        scope: document.scope,
        deadlines: document.deadlines,
      };
    case "transfer":
      return { complaint: redact(complaint, "transfer"), scope: scopeSummary(document.scope) };
    case "statistics":
      return { complaint: redact(complaint, "statistics"), scope: scopeSummary(document.scope) };
    case "accused-unit":
      return { complaint: redact(complaint, "accused-unit") };
  }
}
