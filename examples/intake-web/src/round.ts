/**
 * The round the desk takes complaints for: `@xunshi/domain`'s Shanxi 2024 round-6 fixture, validated once, with the
 * acceptance rules `assessScope` takes and the team labels the form shows.
 */
import type { AcceptanceRules } from "@xunshi/complaints";
import { parseRound, type Round, shanxi2024Round6, toAcceptanceRules } from "@xunshi/domain";

/** A round as the page needs it. */
export interface DeskRound {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** Team numbers and what each inspects (labels only; no complainant data). */
  readonly teams: readonly { readonly number: number; readonly zh: string; readonly en: string }[];
  /** The validated round (for `isAcceptingAt`). */
  readonly round: Round;
  /** The acceptance rules in the shape `assessScope` takes. */
  readonly acceptance: AcceptanceRules;
  /** Whether the office hours are an assumption (the announcement only says "normal working hours"). */
  readonly hoursAssumed: boolean;
}

/**
 * The desk's view of a round: team labels from the round's assignments (targets and target groups).
 *
 * @param round - a validated round
 * @param hoursAssumed - whether the round's office hours are an assumption
 * @returns the desk round
 * @example
 * deskRound(parseRound(shanxi2024Round6), true).teams[0]?.zh
 * //=> "第1巡视组（晋中市、长治市、晋城市、3个市所辖9个县（市、区））"
 */
export function deskRound(round: Round, hoursAssumed: boolean): DeskRound {
  const targetName = new Map(round.targets.map((x) => [x.id, x.name]));
  const groupLabel = new Map((round.targetGroups ?? []).map((g) => [g.id, g.label]));
  const inspects = (team: number) => {
    const names = round.assignments
      .filter((a) => a.teams.includes(team))
      .flatMap((a) => [
        ...(a.targets ?? []).map((id) => targetName.get(id)),
        ...(a.groups ?? []).map((id) => groupLabel.get(id)),
      ])
      .filter((x): x is { zh: string; en: string } => x !== undefined);
    return { zh: names.map((n) => n.zh).join("、"), en: names.map((n) => n.en).join(", ") };
  };
  return {
    id: round.id,
    name: round.name,
    teams: round.teams.map((team) => {
      const what = inspects(team.number);
      return {
        number: team.number,
        zh: `第${team.number}巡视组${what.zh ? `（${what.zh}）` : ""}`,
        en: `Team ${team.number}${what.en ? ` (${what.en})` : ""}`,
      };
    }),
    round,
    acceptance: toAcceptanceRules(round),
    hoursAssumed,
  };
}

// The fixture's source is the round's news report ("受理信访时间为工作日正常上班时间"): the exact hours are assumed there.
/** The motivating round: Shanxi, 12th provincial committee, 6th inspection round (2024). */
export const SHANXI_2024_ROUND_6: DeskRound = deskRound(parseRound(shanxi2024Round6), true);
