import { findCategory, TOP_LEVEL_CODES } from "@xunshi/complaints";

/** Labels and messages in Chinese and English. */

export type Lang = "zh" | "en";

type Label = { readonly zh: string; readonly en: string };

/** Top-level categories, labelled by the taxonomy of `@xunshi/complaints`. */
export const CATEGORY_LABELS: Readonly<Record<string, Label>> = Object.fromEntries(
  TOP_LEVEL_CODES.map((code) => [code, findCategory(code)?.label ?? { zh: code, en: code }]),
);

export { CHANNEL_LABELS, SUBJECT_ROLE_LABELS as ROLE_LABELS } from "@xunshi/complaints";

/** Short labels of the scope decision's most decisive reason (`assessScope`'s reason codes). */
export const SCOPE_LABELS: Readonly<Record<string, Label>> = {
  "in-scope": { zh: "属受理范围", en: "in scope" },
  "before-start": { zh: "早于受理期", en: "before the window" },
  "after-cutoff": { zh: "超过受理截止日", en: "after the cut-off" },
  "outside-office-hours": { zh: "非受理时间来电来访", en: "outside office hours" },
  "channel-not-offered": { zh: "未开通的渠道", en: "channel not offered" },
  matter: { zh: "事项不属受理范围", en: "matter out of scope" },
  "subject-role": { zh: "被反映人不属受理对象", en: "subject's role out of scope" },
  "head-of-receiving-body": { zh: "反映受理机关负责人", en: "head of the receiving body" },
};

/** Names of the routing destinations: the library's own (`@xunshi/complaints`). */
export { DESTINATION_LABELS } from "@xunshi/complaints";

export const STATUS_LABELS: Readonly<Record<string, Label>> = {
  pending: { zh: "未到期", en: "pending" },
  "due-today": { zh: "今日到期", en: "due today" },
  overdue: { zh: "已逾期", en: "overdue" },
};

/** A label in the chosen language, or the code itself. */
export function label(table: Readonly<Record<string, Label>>, code: string, lang: Lang): string {
  return table[code]?.[lang] ?? code;
}

const MESSAGES = {
  roundAtAGlance: { zh: "本轮巡视一览", en: "The round at a glance" },
  committee: { zh: "派出党委", en: "Committee" },
  mobilization: { zh: "动员部署会", en: "Mobilization meeting" },
  stationing: { zh: "进驻", en: "Stationing" },
  onSite: { zh: "在驻期间", en: "On site" },
  channels: { zh: "受理渠道", en: "Channels" },
  teams: { zh: "巡视组", en: "Teams" },
  targets: { zh: "被巡视党组织", en: "Targets" },
  kind: { zh: "方式", en: "Kind" },
  specialChecks: { zh: "同步专项检查", en: "Concurrent special checks" },
  acceptanceWindow: { zh: "受理信访期间", en: "Acceptance window" },
  officeHours: { zh: "受理时间", en: "Office hours" },
  workingDays: { zh: "个工作日", en: "working days" },
  calendarDays: { zh: "个自然日", en: "calendar days" },
  deskAt: { zh: "受理台状态", en: "Desk at" },
  nextOpening: { zh: "下次开放", en: "next opening" },
  batch: { zh: "处理来件", en: "Processing the batch" },
  badLine: { zh: "第 {line} 行无效，已跳过", en: "line {line} is invalid, skipped" },
  summary: { zh: "汇总", en: "Summary" },
  byCategory: { zh: "按类别", en: "By category" },
  byScope: { zh: "按受理范围", en: "By scope" },
  byRoute: { zh: "按去向", en: "By destination" },
  byTeam: { zh: "按巡视组", en: "By team" },
  byChannel: { zh: "按渠道", en: "By channel" },
  chart: { zh: "类别分布", en: "Categories" },
  count: { zh: "件数", en: "count" },
  lines: { zh: "行", en: "lines" },
  valid: { zh: "有效", en: "valid" },
  invalid: { zh: "无效", en: "invalid" },
  throughput: { zh: "吞吐", en: "Throughput" },
  reports: { zh: "报告已写入", en: "Reports written to" },
  deadlines: { zh: "期限", en: "Deadlines" },
  evidence: { zh: "依据", en: "evidence" },
  noClock: { zh: "无法定答复时限", en: "no statutory reply clock" },
  readingAt: { zh: "期限状态计算时点", en: "Deadline status as of" },
  failedLines: { zh: "有 {n} 行无效（退出码 1）", en: "{n} line(s) failed (exit code 1)" },
} as const satisfies Record<string, Label>;

export type MessageKey = keyof typeof MESSAGES;

/** A message in the chosen language, with `{name}` placeholders filled in. */
export function msg(key: MessageKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
