import { DomainError } from "../domain-error";

/**
 * Checks that a value has the shape of a validated round (the parts the functions read), so that a wrong argument is a
 * typed error rather than a `TypeError` deep inside. It does not re-run the invariants: validate with `parseRound`.
 *
 * @throws {DomainError} code `INVALID_ARGUMENT`
 */
export function assertRoundLike(round: unknown, fn: string): void {
  const r = round as {
    teams?: unknown;
    assignments?: unknown;
    targets?: unknown;
    keyDates?: { stationing?: { from?: unknown } };
    acceptance?: { start?: unknown; cutoff?: unknown; officeHours?: unknown; channels?: unknown; scope?: unknown };
  } | null;
  const ok =
    typeof r === "object" &&
    r !== null &&
    Array.isArray(r.teams) &&
    Array.isArray(r.assignments) &&
    Array.isArray(r.targets) &&
    typeof r.keyDates?.stationing?.from === "string" &&
    typeof r.acceptance?.start === "string" &&
    typeof r.acceptance.cutoff === "string" &&
    typeof r.acceptance.officeHours === "object" &&
    Array.isArray(r.acceptance.channels) &&
    typeof r.acceptance.scope === "object";
  if (!ok)
    throw new DomainError(
      "INVALID_ARGUMENT",
      `Invalid round for ${fn}: expected a round validated with parseRound, received ${round === null ? "null" : Array.isArray(round) ? "an array" : typeof round === "object" ? "an object without teams, assignments, targets, key dates or acceptance" : typeof round}.`,
    );
}
