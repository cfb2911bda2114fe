import {
  deriveSchedule,
  INSPECTION_KINDS,
  parseRound,
  type Round,
  type RoundSchedule,
  SPECIAL_CHECKS,
  shanxi2024Round6,
} from "@xunshi/domain";

type Bilingual = { readonly zh: string; readonly en: string };

/** The round the desk serves: the motivating round, `shanxi-2024-round-6`, validated by `@xunshi/domain`. */
export function deskRound(): Round {
  return parseRound(shanxi2024Round6);
}

/** One row of the round-at-a-glance table: a block of teams, the kind of inspection and the targets. */
export interface AssignmentRow {
  readonly teams: string;
  readonly kind: Bilingual;
  readonly targets: Bilingual;
  readonly count: number;
}

function joinLabels(labels: readonly Bilingual[]): Bilingual {
  return { zh: labels.map((l) => l.zh).join("、"), en: labels.map((l) => l.en).join(", ") };
}

/** The round's assignments, with target names and groups in words. */
export function assignmentRows(round: Round): AssignmentRow[] {
  return round.assignments.map((a) => {
    const named = (a.targets ?? []).map((id) => round.targets.find((t) => t.id === id)?.name ?? { zh: id, en: id });
    const groups = (a.groups ?? []).map(
      (id) => round.targetGroups?.find((g) => g.id === id)?.label ?? { zh: id, en: id },
    );
    const first = a.teams[0];
    const last = a.teams[a.teams.length - 1];
    return {
      teams: first === last ? String(first) : `${first}–${last}`,
      kind: INSPECTION_KINDS.labels[a.kind],
      targets: joinLabels([...named, ...groups]),
      count: a.targetCount ?? named.length,
    };
  });
}

/** The special checks of the round, in words. */
export function specialCheckLabels(round: Round): Bilingual[] {
  return round.specialChecks.map((c) => ("code" in c ? SPECIAL_CHECKS.labels[c.code] : c.custom));
}

/** The round's derived schedule (acceptance window with its working and calendar days). */
export function scheduleOf(round: Round): RoundSchedule {
  return deriveSchedule(round);
}
