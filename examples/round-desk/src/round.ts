import { countWorkingDays, OFFICE_HOURS_PRESETS, type OfficeHoursSchedule } from "@xunshi/calendar";

/**
 * What the desk needs to know about a round.
 *
 * LOCAL ADAPTER: `@xunshi/domain` (its round schema and the `shanxi-2024-round-6` fixture) did not exist yet when this
 * example was written. This view holds only the facts the desk prints and decides with; swap it for the domain fixture
 * once that package lands.
 */
export interface DeskRound {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly committee: { readonly zh: string; readonly en: string };
  readonly mobilization: string;
  readonly stationing: { readonly from: string; readonly to: string };
  readonly groups: readonly DeskTeamGroup[];
  readonly specialChecks: readonly { readonly zh: string; readonly en: string }[];
  readonly acceptance: {
    readonly from: string;
    readonly cutoff: string;
    readonly officeHours: OfficeHoursSchedule;
    readonly officeHoursNote: { readonly zh: string; readonly en: string };
    readonly channels: readonly string[];
  };
  /** Subject roles the round accepts complaints about (reference.md §1.6). */
  readonly acceptedRoles: readonly ("leadership_team" | "next_level_principal" | "key_post")[];
}

/** A block of teams with the targets they share. */
export interface DeskTeamGroup {
  readonly teams: readonly number[];
  readonly kind: "regular" | "mobile";
  readonly targets: { readonly zh: string; readonly en: string };
  readonly targetKind: "region" | "university" | "department" | "enterprise";
}

/**
 * The motivating round: Shanxi, 12th provincial committee, 6th inspection round (October 2024).
 * Source: the round's news report (shared/domain/round-news-report.txt; mobilization 2024-10-10, stationing 10-12..14,
 * 13 teams, "受理信访日期截止到2025年1月7日", "工作日正常上班时间"). The report gives no hours: the winter office hours
 * of northern provincial organs (8:30–12:00, 14:00–17:30 from 1 October) are an assumption of this example.
 */
export const SHANXI_2024_ROUND_6: DeskRound = {
  id: "shanxi-2024-round-6",
  title: { zh: "十二届省委第六轮巡视", en: "6th round of the 12th Shanxi Provincial Committee" },
  committee: { zh: "中共山西省委", en: "CPC Shanxi Provincial Committee" },
  mobilization: "2024-10-10",
  stationing: { from: "2024-10-12", to: "2024-10-14" },
  groups: [
    {
      teams: [1, 2, 3, 4],
      kind: "regular",
      targets: {
        zh: "晋中、长治、晋城等3个市及所辖9个县（市、区）",
        en: "3 cities (Jinzhong, Changzhi, Jincheng) and 9 counties",
      },
      targetKind: "region",
    },
    {
      teams: [5, 6, 7, 8, 9, 10],
      kind: "regular",
      targets: {
        zh: "太原理工大学、山西师范大学等17所省管高校党委",
        en: "17 provincial universities (Taiyuan University of Technology, Shanxi Normal University, …)",
      },
      targetKind: "university",
    },
    {
      teams: [11, 12, 13],
      kind: "regular",
      targets: { zh: "省国资委党委", en: "Provincial SASAC party committee" },
      targetKind: "department",
    },
    {
      teams: [11, 12, 13],
      kind: "mobile",
      targets: {
        zh: "省国资运营公司、山西出版传媒集团等2户省属骨干企业及6户文化类企业党委",
        en: "2 key provincial SOEs (incl. Shanxi Publishing Media Group) and 6 cultural enterprises",
      },
      targetKind: "enterprise",
    },
  ],
  specialChecks: [
    { zh: "选人用人", en: "personnel selection" },
    { zh: "落实意识形态责任制", en: "ideology responsibility system" },
    { zh: "统计工作", en: "statistics work" },
    { zh: "市县巡察工作", en: "city/county patrol work" },
  ],
  acceptance: {
    from: "2024-10-12",
    cutoff: "2025-01-07",
    officeHours: OFFICE_HOURS_PRESETS.workingDaysSummerWinter,
    officeHoursNote: {
      zh: "工作日正常上班时间（冬季 8:30–12:00、14:00–17:30，为本示例假设）",
      en: "working days, normal office hours (winter 8:30–12:00, 14:00–17:30, assumed by this example)",
    },
    channels: ["phone", "letter", "visit", "email", "online", "sms", "suggestion-box"],
  },
  acceptedRoles: ["leadership_team", "next_level_principal", "key_post"],
};

/** The team numbers of a round, in order. */
export function teamNumbers(round: DeskRound): number[] {
  return [...new Set(round.groups.flatMap((g) => g.teams))].sort((a, b) => a - b);
}

/** The target kind a team inspects (its first group), for the subject-role guess. */
export function targetKindOf(round: DeskRound, team: number): DeskTeamGroup["targetKind"] | undefined {
  return round.groups.find((g) => g.teams.includes(team))?.targetKind;
}

/** Working and calendar days of the acceptance window (both ends included). */
export function acceptanceWindowLength(round: DeskRound): { workingDays: number; calendarDays: number } {
  const { from, cutoff } = round.acceptance;
  const calendarDays = (Date.parse(`${cutoff}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return { workingDays: countWorkingDays(from, cutoff), calendarDays };
}
