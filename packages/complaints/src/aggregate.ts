import type { ScopeAssessment } from "./assess-scope";
import type { Complaint } from "./complaint-schema";
import { topLevelOf } from "./taxonomy";

/** Counts for an inspection report. Keys with no complaint are absent. */
export interface ComplaintAggregates {
  readonly total: number;
  readonly byTopLevel: Readonly<Record<string, number>>;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, number>>;
  readonly byTeam: Readonly<Record<string, number>>;
  readonly byTarget: Readonly<Record<string, number>>;
  readonly byScope: { readonly inScope: number; readonly outOfScope: number; readonly unassessed: number };
  readonly byDestination: Readonly<Record<string, number>>;
  /** Subjects complained about, by rank level (省部级 … 其他; `unknown` when not recorded): one count per subject. */
  readonly subjectsByRankLevel: Readonly<Record<string, number>>;
  /** Subjects complained about, by their role relative to the target: one count per subject. */
  readonly subjectsByRole: Readonly<Record<string, number>>;
  readonly named: number;
  readonly anonymous: number;
  readonly repeats: number;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/**
 * Aggregate counts of complaints by category, channel, team, target and scope — the figures an inspection report
 * needs. No complainant data is read beyond whether the complaint is named.
 *
 * @param complaints - validated complaints
 * @param scope - scope decisions by complaint id (optional)
 * @returns the counts; uncategorized complaints count under `uncategorized`, unassigned ones under `unassigned`
 * @example
 * aggregateComplaints([a, b]).byChannel
 * //=> { phone: 1, letter: 1 }
 */
export function aggregateComplaints(
  complaints: readonly Complaint[],
  scope?: ReadonlyMap<string, ScopeAssessment>,
): ComplaintAggregates {
  const byTopLevel: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byChannel: Record<string, number> = {};
  const byTeam: Record<string, number> = {};
  const byTarget: Record<string, number> = {};
  const byDestination: Record<string, number> = {};
  const byScope = { inScope: 0, outOfScope: 0, unassessed: 0 };
  const subjectsByRankLevel: Record<string, number> = {};
  const subjectsByRole: Record<string, number> = {};
  let named = 0;
  let repeats = 0;
  for (const c of complaints) {
    const code = c.categorization?.primary;
    bump(byTopLevel, code ? (topLevelOf(code) ?? code) : "uncategorized");
    bump(byCategory, code ?? "uncategorized");
    bump(byChannel, c.channel);
    bump(byTeam, c.teamNumber === undefined ? "unassigned" : String(c.teamNumber));
    bump(byTarget, c.targetId ?? "unassigned");
    const s = scope?.get(c.id);
    if (!s) byScope.unassessed++;
    else if (s.inScope) byScope.inScope++;
    else byScope.outOfScope++;
    if (s) bump(byDestination, s.destination.code);
    for (const subject of c.subjects) {
      bump(subjectsByRankLevel, subject.rankLevel ?? "unknown");
      bump(subjectsByRole, subject.role);
    }
    if (c.complainant.kind === "named") named++;
    if (c.isRepeat) repeats++;
  }
  return {
    total: complaints.length,
    byTopLevel,
    byCategory,
    byChannel,
    byTeam,
    byTarget,
    byScope,
    byDestination,
    subjectsByRankLevel,
    subjectsByRole,
    named,
    anonymous: complaints.length - named,
    repeats,
  };
}
