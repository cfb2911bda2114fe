import { DomainError } from "./domain-error";
import { PHASES, type Phase } from "./vocabulary";

/**
 * The phases that may follow a phase: the next one in order (preparation → mobilization → stationing → on-site →
 * report → feedback → hand-over → rectification → rectification report → closed). Hand-over of leads may also be
 * skipped when there is nothing to hand over.
 *
 * @param phase - the current phase
 * @returns the phases allowed next
 * @example
 * nextPhases("feedback")
 * //=> ["handover", "rectification"]
 */
export function nextPhases(phase: Phase): Phase[] {
  const i = PHASES.codes.indexOf(phase);
  if (i < 0)
    throw new DomainError(
      "INVALID_ARGUMENT",
      `Invalid phase: expected one of ${PHASES.codes.join(", ")}, received ${String(phase)}.`,
    );
  const next = PHASES.codes[i + 1];
  if (!next) return [];
  return phase === "feedback" ? ["handover", "rectification"] : [next];
}

/**
 * Whether a round may move from one phase to another.
 *
 * @param from - the current phase
 * @param to - the phase to move to
 * @returns `true` when the lifecycle allows it
 * @example
 * canTransition("report", "feedback")
 * //=> true
 * canTransition("on-site", "feedback") // no feedback before the report
 * //=> false
 */
export function canTransition(from: Phase, to: Phase): boolean {
  return nextPhases(from).includes(to);
}

/**
 * Moves a round's phase, throwing when the lifecycle forbids it.
 *
 * @param from - the current phase
 * @param to - the phase to move to
 * @returns `to`
 * @throws {DomainError} code `INVALID_TRANSITION`, naming the allowed phases
 * @example
 * transition("on-site", "feedback")
 * //=> throws DomainError: Invalid transition from on-site to feedback: expected report.
 */
export function transition(from: Phase, to: Phase): Phase {
  if (!canTransition(from, to))
    throw new DomainError(
      "INVALID_TRANSITION",
      `Invalid transition from ${from} to ${to}: expected ${nextPhases(from).join(" or ") || "no further phase"}.`,
    );
  return to;
}
