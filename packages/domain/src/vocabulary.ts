import * as z from "zod";

/** A label in Chinese and English. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * Zod schema of a {@link Bilingual} label.
 *
 * @example
 * bilingualSchema.parse({ zh: "巡视组", en: "Inspection team" }).en
 * //=> "Inspection team"
 */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

function vocabulary<const T extends readonly string[]>(codes: T, labels: Record<T[number], Bilingual>) {
  return { codes, labels, schema: z.enum(codes) };
}

/**
 * Levels of the dispatching body: central, provincial, municipal and county rounds (巡视 at central/provincial level,
 * 巡察 at city/county level), and the internal rounds central ministries, centrally managed SOEs and universities run
 * of their next-level units (巡视工作条例 2024 art. 6).
 *
 * @example
 * ROUND_LEVELS.labels.county.zh
 * //=> "县（市、区）委巡察"
 */
export const ROUND_LEVELS = vocabulary(
  [
    "central",
    "provincial",
    "municipal",
    "county",
    "internal-ministry",
    "internal-soe",
    "internal-financial",
    "internal-university",
  ] as const,
  {
    central: { zh: "中央巡视", en: "Central inspection" },
    provincial: { zh: "省（区、市）委巡视", en: "Provincial inspection" },
    municipal: { zh: "市（地、州、盟）委巡察", en: "Municipal inspection (xuncha)" },
    county: { zh: "县（市、区）委巡察", en: "County inspection (xuncha)" },
    "internal-ministry": { zh: "中央和国家机关部委内部巡视", en: "Internal inspection of a central ministry" },
    "internal-soe": { zh: "中管企业内部巡视", en: "Internal inspection of a centrally managed SOE" },
    "internal-financial": {
      zh: "中管金融企业内部巡视",
      en: "Internal inspection of a centrally managed financial enterprise",
    },
    "internal-university": { zh: "中管高校内部巡视", en: "Internal inspection of a centrally managed university" },
  },
);
/** A round level. */
export type RoundLevel = (typeof ROUND_LEVELS.codes)[number];

/**
 * Inspection kinds (巡视方式), reference.md §1.3.
 *
 * @example
 * INSPECTION_KINDS.labels.mobile.zh
 * //=> "机动巡视"
 */
export const INSPECTION_KINDS = vocabulary(
  ["regular", "special", "mobile", "look-back", "elevated", "linked"] as const,
  {
    regular: { zh: "常规巡视", en: "Regular inspection" },
    special: { zh: "专项巡视", en: "Special (thematic) inspection" },
    mobile: { zh: "机动巡视", en: "Mobile inspection" },
    "look-back": { zh: "巡视“回头看”", en: "Look-back inspection" },
    elevated: { zh: "提级巡视", en: "Elevated inspection" },
    linked: { zh: "联动巡视", en: "Linked inspection" },
  },
);
/** An inspection kind. */
export type InspectionKind = (typeof INSPECTION_KINDS.codes)[number];

/**
 * Kinds of inspected party organizations (targets): provinces, ministries and enterprises for central rounds; cities,
 * counties, universities and enterprises for provincial rounds; townships, villages and departments for 巡察;
 * colleges and subsidiaries for internal rounds.
 *
 * @example
 * TARGET_KINDS.labels.university.en
 * //=> "University"
 */
export const TARGET_KINDS = vocabulary(
  [
    "province",
    "city",
    "county",
    "district",
    "township",
    "village",
    "university",
    "college",
    "soe",
    "financial-enterprise",
    "cultural-enterprise",
    "subsidiary",
    "agency",
    "department",
    "other",
  ] as const,
  {
    province: { zh: "省（自治区、直辖市）", en: "Province" },
    city: { zh: "市", en: "City" },
    county: { zh: "县（市）", en: "County" },
    district: { zh: "区", en: "District" },
    township: { zh: "乡镇（街道）", en: "Township or sub-district" },
    village: { zh: "村（社区）", en: "Village or community" },
    university: { zh: "高校", en: "University" },
    college: { zh: "院系", en: "College or school of a university" },
    soe: { zh: "国有企业", en: "State-owned enterprise" },
    "financial-enterprise": { zh: "金融企业", en: "Financial enterprise" },
    "cultural-enterprise": { zh: "文化类企业", en: "Cultural enterprise" },
    subsidiary: { zh: "下属单位", en: "Subsidiary unit" },
    agency: { zh: "党政机关", en: "Party or government agency" },
    department: { zh: "部门", en: "Department" },
    other: { zh: "其他", en: "Other" },
  },
);
/** A target kind. */
export type TargetKind = (typeof TARGET_KINDS.codes)[number];

/**
 * Types of party organization at the head of a target.
 *
 * @example
 * PARTY_ORGANIZATION_TYPES.labels["leading-party-group"].zh
 * //=> "党组"
 */
export const PARTY_ORGANIZATION_TYPES = vocabulary(
  ["party-committee", "leading-party-group", "working-committee", "general-branch", "branch"] as const,
  {
    "party-committee": { zh: "党委", en: "Party committee" },
    "leading-party-group": { zh: "党组", en: "Leading party group" },
    "working-committee": { zh: "工委", en: "Working committee" },
    "general-branch": { zh: "党总支", en: "General branch" },
    branch: { zh: "党支部", en: "Branch" },
  },
);
/** A party-organization type. */
export type PartyOrganizationType = (typeof PARTY_ORGANIZATION_TYPES.codes)[number];

/**
 * The six supervision focus areas of the motivating round (Shanxi, 12th committee, 6th round, October 2024), shipped
 * as a list; rounds may add custom ones.
 *
 * @example
 * FOCUS_AREAS.labels["reform"].en
 * //=> "Deepening reform"
 */
export const FOCUS_AREAS = vocabulary(
  [
    "duties-and-responsibilities",
    "reform",
    "major-risks",
    "strict-party-governance",
    "leadership-and-talent",
    "rectification",
  ] as const,
  {
    "duties-and-responsibilities": { zh: "党委履行职能责任情况", en: "How the party committee performs its duties" },
    reform: { zh: "进一步全面深化改革情况", en: "Deepening reform" },
    "major-risks": { zh: "防范化解重大风险情况", en: "Preventing and defusing major risks" },
    "strict-party-governance": { zh: "纵深推进全面从严治党情况", en: "Full and rigorous party self-governance" },
    "leadership-and-talent": { zh: "领导班子和干部人才队伍建设情况", en: "Leadership team, cadre and talent building" },
    rectification: {
      zh: "巡视、审计等发现问题整改和未巡先改情况",
      en: "Rectification of problems found by inspection and audit",
    },
  },
);
/** A shipped focus area. */
export type FocusAreaCode = (typeof FOCUS_AREAS.codes)[number];

/**
 * Special checks (专项检查) run alongside a round.
 *
 * @example
 * SPECIAL_CHECKS.labels["statistics-work"].zh
 * //=> "统计工作"
 */
export const SPECIAL_CHECKS = vocabulary(
  ["personnel-selection", "ideology-responsibility", "statistics-work", "patrol-work"] as const,
  {
    "personnel-selection": { zh: "选人用人", en: "Personnel selection" },
    "ideology-responsibility": { zh: "落实意识形态工作责任制", en: "Ideology responsibility system" },
    "statistics-work": { zh: "统计工作", en: "Statistics work" },
    "patrol-work": { zh: "市县巡察工作", en: "City and county patrol (xuncha) work" },
  },
);
/** A shipped special check. */
export type SpecialCheckCode = (typeof SPECIAL_CHECKS.codes)[number];

/**
 * The phases of a round, in order (reference.md §1.4).
 *
 * @example
 * PHASES.codes.indexOf("feedback") > PHASES.codes.indexOf("report")
 * //=> true
 */
export const PHASES = vocabulary(
  [
    "preparation",
    "mobilization",
    "stationing",
    "on-site",
    "report",
    "feedback",
    "handover",
    "rectification",
    "rectification-report",
    "closed",
  ] as const,
  {
    preparation: { zh: "准备", en: "Preparation" },
    mobilization: { zh: "动员部署", en: "Mobilization" },
    stationing: { zh: "进驻", en: "Stationing" },
    "on-site": { zh: "驻点了解", en: "On-site work" },
    report: { zh: "巡视报告", en: "Report" },
    feedback: { zh: "反馈", en: "Feedback" },
    handover: { zh: "移交问题线索", en: "Hand-over of leads" },
    rectification: { zh: "整改", en: "Rectification" },
    "rectification-report": { zh: "报送整改情况报告", en: "Rectification report" },
    closed: { zh: "结束", en: "Closed" },
  },
);
/** A phase. */
export type Phase = (typeof PHASES.codes)[number];

/**
 * Channels a round opens for complaints.
 *
 * @example
 * CHANNEL_KINDS.labels["postal-box"].zh
 * //=> "邮政信箱"
 */
export const CHANNEL_KINDS = vocabulary(
  ["hotline", "sms", "postal-box", "email", "online-platform", "visit", "suggestion-box"] as const,
  {
    hotline: { zh: "专门值班电话", en: "Dedicated hotline" },
    sms: { zh: "短信", en: "SMS" },
    "postal-box": { zh: "邮政信箱", en: "Postal box" },
    email: { zh: "电子邮箱", en: "E-mail" },
    "online-platform": { zh: "网络举报平台", en: "Online platform" },
    visit: { zh: "来访接待", en: "Visits" },
    "suggestion-box": { zh: "意见箱", en: "Suggestion box" },
  },
);
/** A channel kind. */
export type ChannelKind = (typeof CHANNEL_KINDS.codes)[number];

/**
 * Whose conduct a round accepts complaints about (the standard announcement wording, reference.md §1.6).
 *
 * @example
 * SUBJECT_ROLES.labels["next-level-principal"].zh
 * //=> "下一级党组织主要负责人"
 */
export const SUBJECT_ROLES = vocabulary(["leadership-team", "next-level-principal", "key-post"] as const, {
  "leadership-team": { zh: "被巡视党组织领导班子及其成员", en: "The leadership team and its members" },
  "next-level-principal": { zh: "下一级党组织主要负责人", en: "Principal leaders of next-level organizations" },
  "key-post": { zh: "重点岗位人员", en: "Key-post personnel" },
});
/** An accepted subject role. */
export type SubjectRole = (typeof SUBJECT_ROLES.codes)[number];

/**
 * The matters a round accepts: the six disciplines and inspection rectification.
 *
 * @example
 * MATTERS.labels.integrity.zh
 * //=> "廉洁纪律"
 */
export const MATTERS = vocabulary(
  ["political", "organizational", "integrity", "mass", "work", "life", "rectification"] as const,
  {
    political: { zh: "政治纪律", en: "Political discipline" },
    organizational: { zh: "组织纪律", en: "Organizational discipline" },
    integrity: { zh: "廉洁纪律", en: "Integrity discipline" },
    mass: { zh: "群众纪律", en: "Mass discipline" },
    work: { zh: "工作纪律", en: "Work discipline" },
    life: { zh: "生活纪律", en: "Life discipline" },
    rectification: { zh: "巡视整改", en: "Inspection rectification" },
  },
);
/** An accepted matter. */
export type Matter = (typeof MATTERS.codes)[number];

/**
 * On which days an acceptance desk or hotline is open: the calendar's working days only (many 巡察 and the Shanxi
 * 2024 round) or every day (central and most provincial rounds), reference.md §1.8.
 *
 * @example
 * OFFICE_HOURS_DAYS.labels["working-days"].zh
 * //=> "工作日"
 */
export const OFFICE_HOURS_DAYS = vocabulary(["working-days", "every-day"] as const, {
  "working-days": { zh: "工作日", en: "Working days" },
  "every-day": { zh: "每天", en: "Every day" },
});
/** Which days a desk is open. */
export type OfficeHoursDays = (typeof OFFICE_HOURS_DAYS.codes)[number];
