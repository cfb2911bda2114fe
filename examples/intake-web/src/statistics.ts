import { findCategory, type StatisticsView, TOP_LEVEL_CODES, topLevelOf } from "@xunshi/complaints";
import type { Bar } from "./bar-chart";
import type { Lang } from "./i18n";

/** Counts by top-level category and by team, read from statistics views only (no identity, no content). */
export interface DeskStatistics {
  readonly total: number;
  readonly byCategory: readonly Bar[];
  readonly byTeam: readonly Bar[];
}

/**
 * Counts complaints by top-level category (in taxonomy order) and by team (in number order).
 *
 * @param views - statistics views (see `redact(complaint, "statistics")`)
 * @param lang - language of the labels
 * @param labels - labels of the "uncategorized" and "not assigned" buckets and of a team number
 * @returns the totals and the bars to draw; empty buckets are left out
 * @example
 * deskStatistics([], "zh", { uncategorized: "未分类", unassigned: "未分配", team: (n) => `第${n}组` }).total
 * //=> 0
 */
export function deskStatistics(
  views: readonly StatisticsView[],
  lang: Lang,
  labels: { uncategorized: string; unassigned: string; team: (n: number) => string },
): DeskStatistics {
  const byTop = new Map<string, number>();
  const byTeam = new Map<number, number>();
  for (const v of views) {
    const top = v.category ? (topLevelOf(v.category.primary) ?? v.category.topLevel) : "uncategorized";
    byTop.set(top, (byTop.get(top) ?? 0) + 1);
    const team = v.teamNumber ?? 0;
    byTeam.set(team, (byTeam.get(team) ?? 0) + 1);
  }
  const byCategory: Bar[] = [...TOP_LEVEL_CODES, "uncategorized"]
    .filter((code) => byTop.has(code))
    .map((code) => ({
      label: code === "uncategorized" ? labels.uncategorized : (findCategory(code)?.label[lang] ?? code),
      value: byTop.get(code) ?? 0,
    }));
  const teams: Bar[] = [...byTeam.entries()]
    .sort(([a], [b]) => (a === 0 ? 1 : b === 0 ? -1 : a - b))
    .map(([n, value]) => ({ label: n === 0 ? labels.unassigned : labels.team(n), value }));
  return { total: views.length, byCategory, byTeam: teams };
}
