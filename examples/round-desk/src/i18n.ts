/** Labels and messages in Chinese and English. */

export type Lang = "zh" | "en";

type Label = { readonly zh: string; readonly en: string };

/** Top-level categories (the taxonomy's top codes, reference.md §4 and issue 6). */
export const CATEGORY_LABELS: Readonly<Record<string, Label>> = {
  political: { zh: "政治纪律", en: "political discipline" },
  organizational: { zh: "组织纪律", en: "organizational discipline" },
  integrity: { zh: "廉洁纪律", en: "integrity discipline" },
  mass: { zh: "群众纪律", en: "mass discipline" },
  work: { zh: "工作纪律", en: "work discipline" },
  life: { zh: "生活纪律", en: "life discipline" },
  rectification: { zh: "巡视整改", en: "rectification" },
  litigation: { zh: "涉法涉诉", en: "litigation" },
  "personal-grievance": { zh: "个人诉求", en: "personal grievance" },
  other: { zh: "其他", en: "other" },
};

export const CHANNEL_LABELS: Readonly<Record<string, Label>> = {
  letter: { zh: "来信", en: "letter" },
  phone: { zh: "来电", en: "phone" },
  visit: { zh: "来访", en: "visit" },
  email: { zh: "邮件", en: "e-mail" },
  online: { zh: "网络平台", en: "online" },
  sms: { zh: "短信", en: "SMS" },
  "suggestion-box": { zh: "意见箱", en: "suggestion box" },
};

export const ROLE_LABELS: Readonly<Record<string, Label>> = {
  "leadership-team": { zh: "领导班子成员", en: "leadership team" },
  "next-level-principal": { zh: "下一级主要负责人", en: "next-level principal" },
  "key-post": { zh: "重点岗位人员", en: "key post" },
  other: { zh: "其他人员", en: "other" },
};

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
  teams: { zh: "巡视组", en: "Teams" },
  targets: { zh: "被巡视党组织", en: "Targets" },
  kind: { zh: "方式", en: "Kind" },
  regular: { zh: "常规巡视", en: "regular" },
  mobile: { zh: "机动巡视", en: "mobile" },
  specialChecks: { zh: "同步专项检查", en: "Concurrent special checks" },
  acceptanceWindow: { zh: "受理信访期间", en: "Acceptance window" },
  officeHours: { zh: "受理时间", en: "Office hours" },
  workingDays: { zh: "个工作日", en: "working days" },
  calendarDays: { zh: "个自然日", en: "calendar days" },
  deskAt: { zh: "受理台状态", en: "Desk at" },
  open: { zh: "正在受理", en: "open" },
  closed: { zh: "不在受理时间", en: "closed" },
  nextOpening: { zh: "下次开放", en: "next opening" },
  batch: { zh: "处理来件", en: "Processing the batch" },
  complaints: { zh: "件", en: "complaints" },
  badLine: { zh: "第 {line} 行无效，已跳过", en: "line {line} is invalid, skipped" },
  summary: { zh: "汇总", en: "Summary" },
  byCategory: { zh: "按类别", en: "By category" },
  byScope: { zh: "按受理范围", en: "By scope" },
  byRoute: { zh: "按去向", en: "By destination" },
  byTeam: { zh: "按巡视组", en: "By team" },
  byChannel: { zh: "按渠道", en: "By channel" },
  chart: { zh: "类别分布", en: "Categories" },
  count: { zh: "件数", en: "count" },
  team: { zh: "组", en: "team" },
  lines: { zh: "行", en: "lines" },
  valid: { zh: "有效", en: "valid" },
  invalid: { zh: "无效", en: "invalid" },
  throughput: { zh: "吞吐", en: "Throughput" },
  reports: { zh: "报告已写入", en: "Reports written to" },
  deadlines: { zh: "期限", en: "Deadlines" },
  evidence: { zh: "依据", en: "evidence" },
  route: { zh: "去向", en: "route" },
  noClock: { zh: "无法定答复时限", en: "no statutory reply clock" },
  readingAt: { zh: "期限状态计算时点", en: "Deadline status as of" },
  failedLines: { zh: "有 {n} 行无效（退出码 1）", en: "{n} line(s) failed (exit code 1)" },
} as const satisfies Record<string, Label>;

export type MessageKey = keyof typeof MESSAGES;

/** A message in the chosen language, with `{name}` placeholders filled in. */
export function msg(key: MessageKey, lang: Lang, values: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
