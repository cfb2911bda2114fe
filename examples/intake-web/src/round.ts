/**
 * The round the desk takes complaints for.
 *
 * ADAPTER: `@xunshi/domain` (round schema, the Shanxi 2024 round-6 fixture, `toAcceptanceRules`) had no sources yet
 * when this page was written. This file is the one local stand-in, with the same facts as examples/intake-service's
 * adapter; swap it for the domain fixture when it lands (everything else reads the round through this module).
 */
import type { OfficeHoursSchedule } from "@xunshi/calendar";
import type { AcceptanceRules, Channel } from "@xunshi/complaints";

/** A round as the page needs it. */
export interface DeskRound {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** Team numbers and what each inspects (labels only; no complainant data). */
  readonly teams: readonly { readonly number: number; readonly zh: string; readonly en: string }[];
  readonly acceptance: AcceptanceRules;
  /** Whether the office hours are an assumption (the announcement only says "normal working hours"). */
  readonly hoursAssumed: boolean;
  readonly source: string;
}

// Source: the round's published news report (/work/shared/domain/round-news-report.txt; reference.md §0):
// 13 teams stationed 2024-10-12..14; teams for 3 cities + 9 counties (4), 17 universities (6), the provincial SASAC
// and SOEs (3); "设立专门值班电话和邮政信箱 … 受理 … 来信来电来访"; "受理信访时间为工作日正常上班时间，受理信访日期截止到
// 2025年1月7日". The exact office hours are not published: 08:30–12:00 and 14:30–17:30 are an assumption shared with
// examples/intake-service.
const officeHours: OfficeHoursSchedule = {
  name: "工作日 8:30–12:00, 14:30–17:30（假定）",
  days: "working-days",
  segments: [
    { start: "08:30", end: "12:00" },
    { start: "14:30", end: "17:30" },
  ],
};

const teamGroups = [
  { count: 4, zh: "市县常规巡视", en: "cities and counties (regular)" },
  { count: 6, zh: "省管高校常规巡视", en: "provincial universities (regular)" },
  { count: 3, zh: "省国资委及省属企业", en: "provincial SASAC and SOEs" },
] as const;

/** The motivating round: Shanxi, 12th provincial committee, 6th inspection round (2024). */
export const SHANXI_2024_ROUND_6: DeskRound = {
  id: "shanxi-2024-round-6",
  name: { zh: "十二届省委第六轮巡视", en: "Shanxi 12th Provincial Committee, 6th inspection round" },
  teams: teamGroups.flatMap((group, g) =>
    Array.from({ length: group.count }, (_, i) => {
      const number = teamGroups.slice(0, g).reduce((n, x) => n + x.count, 0) + i + 1;
      return { number, zh: `第${number}巡视组（${group.zh}）`, en: `Team ${number} (${group.en})` };
    }),
  ),
  acceptance: {
    start: "2024-10-12",
    cutoff: "2025-01-07",
    officeHours,
    channels: ["letter", "phone", "visit"] satisfies Channel[],
  },
  hoursAssumed: true,
  source: "十二届省委第六轮巡视 news report, 2024-10 (stationing 10-12..14, acceptance until 2025-01-07)",
};
