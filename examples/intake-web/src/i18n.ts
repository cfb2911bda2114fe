/** The page's two languages: Chinese (default) and English. */
export type Lang = "zh" | "en";

/** A text in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Every fixed text of the page. */
export const TEXT = {
  title: { zh: "巡视信访举报受理台", en: "Inspection complaint intake desk" },
  switchLang: { zh: "English", en: "中文" },
  switchLangLabel: { zh: "切换到英文界面", en: "Switch the page to Chinese" },
  navLabel: { zh: "页面导航", en: "Page sections" },
  navIntake: { zh: "受理登记", en: "Intake" },
  navStats: { zh: "统计", en: "Statistics" },
  statusHeading: { zh: "受理状态", en: "Hotline status" },
  openNow: { zh: "值班电话现在受理中", en: "The hotline is open now" },
  closedNow: { zh: "值班电话现在不在受理时间", en: "The hotline is closed now" },
  nextOpening: { zh: "下次受理时间", en: "Next opening" },
  officeHours: { zh: "受理时间", en: "Office hours" },
  workingDays: { zh: "工作日", en: "Working days" },
  everyDay: { zh: "每天", en: "Every day" },
  assumed: { zh: "（具体时间为假定）", en: "(exact hours assumed)" },
  daysLeft: { zh: "距受理截止", en: "Until the acceptance cut-off" },
  acceptanceClosed: { zh: "本轮受理已于截止日结束", en: "Acceptance ended on the cut-off date" },
  acceptanceNotStarted: { zh: "本轮受理尚未开始", en: "Acceptance has not started" },
  calendarNotCovered: { zh: "工作日历未覆盖该日期", en: "The working-day calendar does not cover this date" },
  clockPinned: { zh: "（演示时间）", en: "(pinned demo time)" },
  beijingTime: { zh: "北京时间", en: "Beijing time" },
  modeLocal: { zh: "单机模式：登记保存在本浏览器中", en: "Standalone: records are kept in this browser" },
  modeService: { zh: "已连接受理服务", en: "Connected to the intake service" },
  connection: { zh: "连接设置", en: "Connection" },
  serviceUrl: { zh: "受理服务地址", en: "Intake service URL" },
  serviceUrlHint: {
    zh: "留空则单机使用；例如 /api 或 http://127.0.0.1:8787",
    en: "Empty: standalone; e.g. /api or http://127.0.0.1:8787",
  },
  serviceToken: { zh: "受理员令牌", en: "Clerk token" },
  connect: { zh: "连接", en: "Connect" },
  connectFailed: { zh: "无法连接受理服务，继续单机使用", en: "Cannot reach the intake service; staying standalone" },
  formHeading: { zh: "登记信访举报", en: "Register a complaint" },
  sourceLegend: { zh: "来源", en: "Source" },
  channel: { zh: "受理渠道", en: "Channel" },
  receivedAt: { zh: "收到时间（北京时间）", en: "Received at (Beijing time)" },
  postmarkDate: { zh: "邮戳日期", en: "Postmark date" },
  team: { zh: "巡视组", en: "Inspection team" },
  noTeam: { zh: "（未分配）", en: "(not assigned)" },
  isRepeat: { zh: "重复件", en: "Repeat complaint" },
  complainantLegend: { zh: "反映人", en: "Complainant" },
  named: { zh: "实名", en: "Named" },
  anonymous: { zh: "匿名", en: "Anonymous" },
  confidential: { zh: "保密", en: "Confidential" },
  confidentialNote: {
    zh: "标有“保密”的内容只供受理人员使用，不进入统计、不对外转送。",
    en: "Fields marked “Confidential” stay with the intake desk: never in statistics or transfers.",
  },
  name: { zh: "姓名", en: "Name" },
  contact: { zh: "联系方式", en: "Contact" },
  idNumber: { zh: "身份证号", en: "ID number" },
  address: { zh: "住址", en: "Address" },
  unit: { zh: "工作单位", en: "Workplace" },
  subjectsLegend: { zh: "被反映人", en: "Persons complained about" },
  subject: { zh: "被反映人", en: "Person" },
  subjectName: { zh: "姓名", en: "Name" },
  subjectUnit: { zh: "单位", en: "Unit" },
  subjectPosition: { zh: "职务", en: "Position" },
  subjectRank: { zh: "级别", en: "Rank" },
  subjectRole: { zh: "身份", en: "Role" },
  choose: { zh: "请选择", en: "Choose" },
  addSubject: { zh: "添加被反映人", en: "Add a person" },
  removeSubject: { zh: "删除", en: "Remove" },
  contentLegend: { zh: "反映内容", en: "Content" },
  content: { zh: "反映的主要问题", en: "What is reported" },
  evidenceHeading: { zh: "分类依据（在原文中标出）", en: "Evidence (marked in the text)" },
  suggestionsHeading: { zh: "建议类别", en: "Suggested categories" },
  suggestionsEmpty: { zh: "输入反映内容后显示建议类别", en: "Type the content to see suggestions" },
  category: { zh: "确认类别", en: "Confirm the category" },
  otherCategory: { zh: "或选择其他类别", en: "Or choose another category" },
  keepSuggestion: { zh: "（采用上方选择）", en: "(use the choice above)" },
  score: { zh: "可信度", en: "confidence" },
  evidence: { zh: "依据", en: "evidence" },
  scopeHeading: { zh: "受理范围判断", en: "Scope decision" },
  inScope: { zh: "属于本轮巡视受理范围", en: "Within the round's scope" },
  outOfScope: { zh: "不属于巡视组受理范围", en: "Outside the team's scope" },
  destination: { zh: "去向", en: "Goes to" },
  submit: { zh: "提交登记", en: "Submit" },
  errorSummary: { zh: "请先修正以下问题：", en: "Please fix these problems first:" },
  showEn: { zh: "EN", en: "EN" },
  showZh: { zh: "中文", en: "中文" },
  showEnLabel: { zh: "用英文显示此提示", en: "Show this message in English" },
  showZhLabel: { zh: "用中文显示此提示", en: "Show this message in Chinese" },
  resultHeading: { zh: "登记完成", en: "Registered" },
  resultId: { zh: "登记编号", en: "Reference" },
  storedLocal: { zh: "已保存在本浏览器", en: "Saved in this browser" },
  storedService: { zh: "已提交受理服务", en: "Stored by the intake service" },
  deadlinesHeading: { zh: "办理时限", en: "Deadlines" },
  noDeadlines: {
    zh: "无法定告知时限：匿名件或重复件不需告知受理情况，巡视组受理后按工作安排办理。",
    en: "No statutory clock: anonymous or repeat complaints get no acceptance notice; the team handles it in its own schedule.",
  },
  due: { zh: "截止", en: "Due" },
  newComplaint: { zh: "登记下一件", en: "Register the next one" },
  submitFailed: { zh: "提交失败", en: "Submission failed" },
  statsHeading: { zh: "统计（不含反映人信息）", en: "Statistics (no complainant data)" },
  byCategory: { zh: "按问题类别", en: "By category" },
  byTeam: { zh: "按巡视组", en: "By team" },
  total: { zh: "合计", en: "Total" },
  noData: { zh: "暂无登记", en: "Nothing registered yet" },
  uncategorized: { zh: "未分类", en: "Uncategorized" },
  unassigned: { zh: "未分配", en: "Not assigned" },
  count: { zh: "件数", en: "Count" },
  tableCaption: { zh: "数据表", en: "Data table" },
} as const satisfies Record<string, Bilingual>;

/** A key of {@link TEXT}. */
export type TextKey = keyof typeof TEXT;

/**
 * A fixed text in a language.
 *
 * @param key - the text's key
 * @param lang - the language
 * @returns the text
 * @example
 * t("submit", "en")
 * //=> "Submit"
 */
export function t(key: TextKey, lang: Lang): string {
  return TEXT[key][lang];
}
