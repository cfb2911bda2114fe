import { DomainError } from "./domain-error";
import { assertRoundLike } from "./internal/assert-round";
import type { Round } from "./round-schema";
import type { Bilingual } from "./vocabulary";

/** What a team member declares for the 回避 (recusal) check: units they worked in, and relatives' units. */
export interface ConflictDeclaration {
  /** The member's team. */
  readonly teamNumber: number;
  /** Who (a name or a staff number; never shown outside the check's result). */
  readonly person: string;
  /** Units the person worked in: target ids or target names (Chinese). */
  readonly pastUnits?: readonly string[];
  /** Units where close relatives work, with the relation (配偶, 子女…). */
  readonly relativesUnits?: readonly { readonly unit: string; readonly relation: string }[];
}

/** An assignment a person must stay out of, and why. */
export interface Conflict {
  readonly teamNumber: number;
  readonly person: string;
  readonly targetId: string;
  readonly assignmentId: string;
  readonly reason: Bilingual;
}

/**
 * The 回避 (conflict-of-interest) check: given members' past units and their relatives' units, lists the assignments
 * each must stay out of. A unit matches a target by id, Chinese name or English name (any case), and also matches the
 * targets under it (a city and its counties). A target group known only by count is flagged as a whole (`targetId` is
 * the group's id) when one of its parents is linked; a unit that is not in the round (an unnamed member of a group)
 * cannot be matched, so check those by hand.
 *
 * @param round - a validated round
 * @param declarations - the members' declarations
 * @returns the conflicts, in declaration order
 * @throws {DomainError} code `INVALID_ARGUMENT` for a declaration whose team does not exist, declarations that are
 *   not an array, or a `round` that is not a validated round
 * @example
 * findConflicts(parseRound(shanxi2024Round6), [{ teamNumber: 1, person: "甲", pastUnits: ["晋中市"] }]).map((c) => c.targetId)
 * //=> ["jinzhong", "counties"] (the city, and the group of its counties)
 */
export function findConflicts(round: Round, declarations: readonly ConflictDeclaration[]): Conflict[] {
  assertRoundLike(round, "findConflicts");
  if (!Array.isArray(declarations))
    throw new DomainError(
      "INVALID_ARGUMENT",
      `Invalid declarations: expected an array of { teamNumber, person, pastUnits?, relativesUnits? }, received ${declarations === null ? "null" : typeof declarations}.`,
    );
  const teams = new Set(round.teams.map((t) => t.number));
  const byKey = new Map<string, string>();
  const names = new Map<string, Bilingual>();
  for (const t of round.targets) {
    byKey.set(t.id, t.id);
    byKey.set(t.name.zh, t.id);
    byKey.set(t.name.en.toLowerCase(), t.id);
    names.set(t.id, t.name);
  }
  const descendants = (id: string): string[] => {
    const out: string[] = [];
    for (let queue = [id]; queue.length > 0; ) {
      const next = round.targets.filter((t) => t.parentId !== undefined && queue.includes(t.parentId)).map((t) => t.id);
      queue = next.filter((t) => !out.includes(t) && t !== id);
      out.push(...queue);
    }
    return out;
  };
  const groups = new Map((round.targetGroups ?? []).map((g) => [g.id, g]));
  const conflicts: Conflict[] = [];
  declarations.forEach((d, i) => {
    if (!teams.has(d.teamNumber))
      throw new DomainError(
        "INVALID_ARGUMENT",
        `Invalid declarations[${i}].teamNumber: expected one of the round's teams, received ${d.teamNumber}.`,
      );
    const linked = new Map<string, Bilingual>();
    const mark = (unit: string, reason: (name: Bilingual) => Bilingual) => {
      const id = byKey.get(unit.trim()) ?? byKey.get(unit.trim().toLowerCase());
      const name = id === undefined ? undefined : names.get(id);
      if (id === undefined || name === undefined) return;
      for (const target of [id, ...descendants(id)]) if (!linked.has(target)) linked.set(target, reason(name));
    };
    for (const unit of d.pastUnits ?? []) mark(unit, (n) => ({ zh: `曾在${n.zh}工作`, en: `worked at ${n.en}` }));
    for (const r of d.relativesUnits ?? [])
      mark(r.unit, (n) => ({ zh: `${r.relation}在${n.zh}工作`, en: `a relative (${r.relation}) works at ${n.en}` }));
    for (const a of round.assignments) {
      if (!a.teams.includes(d.teamNumber)) continue;
      const covered = [...(a.targets ?? []), ...(a.groups ?? []).flatMap((g) => groups.get(g)?.named ?? [])];
      for (const target of covered) {
        const reason = linked.get(target);
        if (reason)
          conflicts.push({ teamNumber: d.teamNumber, person: d.person, targetId: target, assignmentId: a.id, reason });
      }
      // A county group under a city the person is linked to.
      for (const g of a.groups ?? []) {
        const group = groups.get(g);
        const parent = group?.parentIds?.find((p) => linked.has(p));
        if (group && parent)
          conflicts.push({
            teamNumber: d.teamNumber,
            person: d.person,
            targetId: group.id,
            assignmentId: a.id,
            reason: {
              zh: `${linked.get(parent)?.zh}（${group.label.zh}属其下辖）`,
              en: `${linked.get(parent)?.en} (${group.label.en} lie under it)`,
            },
          });
      }
    }
  });
  return conflicts;
}
