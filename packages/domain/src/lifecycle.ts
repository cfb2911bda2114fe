import { DomainError } from "./domain-error";
import type { Round } from "./round-schema";
import { PHASES, type Phase } from "./vocabulary";

/**
 * The phases that may follow a phase: the next one in order (preparation → mobilization → stationing → on-site →
 * report → feedback → hand-over → rectification → rectification report → closed). Hand-over of leads may also be
 * skipped when there is nothing to hand over.
 *
 * @param phase - the current phase
 * @returns the phases allowed next (none after `closed`)
 * @throws {DomainError} code `INVALID_ARGUMENT` for a value that is not a phase
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
 * @throws {DomainError} code `INVALID_ARGUMENT` when `from` is not a phase
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
 * @throws {DomainError} code `INVALID_TRANSITION`, naming the allowed phases; `INVALID_ARGUMENT` when `from` is not a
 *   phase
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

/**
 * The phase a round is in on a date, from its dated events: the latest phase (in lifecycle order) whose event started
 * on or before the date. Rest days count like any other day (stationing ran over a Sunday in 2024).
 *
 * @param round - a validated round (its `events`; `keyDates.mobilization`, `stationing` and `feedback` count too)
 * @param date - an ISO date `YYYY-MM-DD`
 * @returns the phase, or `undefined` before the first known event
 * @throws {DomainError} code `INVALID_ARGUMENT` for a date that is not `YYYY-MM-DD`
 * @example
 * phaseOn(parseRound(shanxi2024Round6), "2024-10-13")
 * //=> "stationing"
 */
export function phaseOn(round: Pick<Round, "events" | "keyDates">, date: string): Phase | undefined {
  if (typeof date !== "string" || !/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(date))
    throw new DomainError(
      "INVALID_ARGUMENT",
      `Invalid date: expected an ISO date YYYY-MM-DD, received ${typeof date === "string" ? `"${date.slice(0, 40)}"` : typeof date}.`,
    );
  const { mobilization, stationing, feedback } = round.keyDates;
  const events: { phase: Phase; from: string; to?: string | undefined }[] = [
    ...(mobilization ? [{ phase: "mobilization" as const, from: mobilization }] : []),
    { phase: "stationing", from: stationing.from, to: stationing.to },
    ...(feedback ? [{ phase: "feedback" as const, from: feedback }] : []),
    ...(round.events ?? []),
  ];
  let current: Phase | undefined;
  for (const e of events) {
    if (e.from > date) continue;
    // Once stationing is over, the team works on site until a later phase is recorded.
    const phase = e.phase === "stationing" && e.to !== undefined && date > e.to ? "on-site" : e.phase;
    if (current === undefined || PHASES.codes.indexOf(phase) > PHASES.codes.indexOf(current)) current = phase;
  }
  return current;
}
