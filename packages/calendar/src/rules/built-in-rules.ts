import type { DeadlineRule } from "../deadline-rule";

// Sources (see /docs/counting-deadlines.md):
// - 信访工作条例 (中共中央、国务院, 2022-02-25, in force 2022-05-01), read in the LawRefBook/Laws snapshot
//   2f4c5c23716267af9dbebbbbd6cbbf732b101981, 行政法规/信访工作条例(2022-02-25).md.
// - 纪检监察机关处理检举控告工作规则 (中办, 2020-01-21): arts. 15–16 read in a reprint; the article numbers of the two
//   15-working-day notices could not be read (the text could), so they are marked unverified.
// - 中国共产党巡视工作条例: the 2-month rectification report is art. 27 of the 2015 text; the 2024 numbering is unverified.

const PETITION_URL =
  "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/%E8%A1%8C%E6%94%BF%E6%B3%95%E8%A7%84/%E4%BF%A1%E8%AE%BF%E5%B7%A5%E4%BD%9C%E6%9D%A1%E4%BE%8B(2022-02-25).md";
const PETITION = "信访工作条例";
const ACCUSATION = "纪检监察机关处理检举控告工作规则";
const ACCUSATION_URL = "https://gongwensou.com/jiwei/2530.html";

/** The deadline rules shipped with the package, as data. */
export const BUILT_IN_RULES: readonly DeadlineRule[] = [
  {
    id: "petition.registration",
    title: { zh: "信访部门登记并转送、交办", en: "Petition office registers and routes the matter" },
    period: { days: 15 },
    startEvent: "received",
    source: { document: PETITION, article: "第二十二条", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.notice-direct",
    title: {
      zh: "直接受理的机关书面告知信访人",
      en: "Written notice to the petitioner by the body filed with directly",
    },
    period: { days: 15 },
    startEvent: "received",
    appliesWhen: {
      zh: "信访人姓名（名称）、住址清楚的；能当场告知的应当当场告知",
      en: "when the petitioner's name and address are known; on the spot where possible",
    },
    source: { document: PETITION, article: "第二十三条第二款", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.notice-transferred",
    title: {
      zh: "收到转送、交办事项的机关书面告知信访人",
      en: "Written notice by the body a matter was transferred to",
    },
    period: { days: 15 },
    startEvent: "received",
    source: { document: PETITION, article: "第二十三条第三款", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.objection",
    title: { zh: "对转送、交办事项提出异议", en: "Objection that a transferred matter is outside the body's remit" },
    period: { workingDays: 5 },
    startEvent: "received",
    source: { document: PETITION, article: "第二十三条第三款", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.handling",
    title: { zh: "办理申诉求决类事项并出具信访处理意见书", en: "Handle a claim and issue the written decision" },
    period: { days: 60 },
    startEvent: "accepted",
    extension: {
      max: { days: 30 },
      approval: {
        zh: "经本机关负责人批准，并告知信访人延期理由",
        en: "approved by the body's head; the petitioner is told why",
      },
    },
    source: { document: PETITION, article: "第三十四条", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.review-request",
    title: { zh: "请求上一级机关复查", en: "Request a review by the next-higher body" },
    period: { days: 30 },
    startEvent: "reply-received",
    source: { document: PETITION, article: "第三十五条", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.review-decision",
    title: { zh: "复查机关提出复查意见", en: "Review decision" },
    period: { days: 30 },
    startEvent: "review-request-received",
    source: { document: PETITION, article: "第三十五条", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.reexamination-request",
    title: { zh: "请求复查机关的上一级机关复核", en: "Request a re-examination" },
    period: { days: 30 },
    startEvent: "review-reply-received",
    source: { document: PETITION, article: "第三十六条", url: PETITION_URL, verified: true },
  },
  {
    id: "petition.reexamination-decision",
    title: { zh: "复核机关提出复核意见", en: "Re-examination decision" },
    period: { days: 30 },
    startEvent: "reexamination-request-received",
    appliesWhen: {
      zh: "举行听证的，听证所需时间不计算在内（以暂停区间表示）",
      en: "time spent on a hearing is excluded (pass it as a pause)",
    },
    source: { document: PETITION, article: "第三十六条", url: PETITION_URL, verified: true },
  },
  {
    id: "accusation.forward-to-higher",
    title: {
      zh: "属于上级纪委监委受理的检举控告报送上级",
      en: "Forward an accusation that belongs to the higher commission",
    },
    period: { workingDays: 5 },
    startEvent: "received",
    source: { document: ACCUSATION, article: "第十五条", url: ACCUSATION_URL, verified: true },
  },
  {
    id: "accusation.forward-to-lower",
    title: {
      zh: "下级纪委监委受理或转办转来的检举控告",
      en: "Lower commission accepts or re-routes a forwarded accusation",
    },
    period: { workingDays: 5 },
    startEvent: "received",
    source: { document: ACCUSATION, article: "第十六条", url: ACCUSATION_URL, verified: true },
  },
  {
    id: "accusation.acceptance-notice",
    title: { zh: "告知实名检举控告人受理情况", en: "Tell a named accuser whether the accusation is accepted" },
    period: { workingDays: 15 },
    startEvent: "received",
    appliesWhen: { zh: "实名检举控告，重复检举控告除外", en: "named accusations, except repeats" },
    source: {
      document: ACCUSATION,
      url: "https://ttnews.xyz/a/5e6a1621dc9b5e5f703515f3?lang=zh-hans",
      verified: false,
      note: "The 15-working-day text was read in a reprint; the article number (likely 第二十六条) was not.",
    },
  },
  {
    id: "accusation.result-notice",
    title: { zh: "向实名检举控告人反馈处理结果", en: "Tell a named accuser the result" },
    period: { workingDays: 15 },
    startEvent: "closed",
    appliesWhen: { zh: "实名检举控告，办结之日起", en: "named accusations, from the day the matter is closed" },
    source: {
      document: ACCUSATION,
      url: "https://ttnews.xyz/a/5e6a1621dc9b5e5f703515f3?lang=zh-hans",
      verified: false,
      note: "The 15-working-day text was read in a reprint; the article number (likely 第二十七条) was not.",
    },
  },
  {
    id: "inspection.rectification-report",
    title: { zh: "被巡视党组织报送整改情况报告", en: "Inspected organization reports on its rectification" },
    period: { months: 2 },
    startEvent: "feedback",
    source: {
      document: "中国共产党巡视工作条例",
      article: "第二十七条（2015年版）",
      url: "http://m.jianbiaoku.com/webarbs/book/164553/4714580.shtml",
      verified: false,
      note: '"于2个月内" read in art. 27 of the 2015 text; the 2024 revision\'s wording and numbering could not be read.',
    },
  },
];
