// The complaint categorization taxonomy, as data.
//
// Sources (reference.md §4): 《中国共产党纪律处分条例》 (2023 revision, issued 2023-12-19, in force 2024-01-01; 158
// articles; chapters 6–11 are the six disciplines: political 49–76, organizational 77–93, integrity 94–121, mass
// 122–129, work 130–149, life 150–154 — the end of the life chapter is unverified). Article numbers marked `verified:
// false` come from practice notes and were not read in the official text. The eight-point-rule (中央八项规定精神)
// families follow the CCDI monthly statistics (reference §4.2; the current exact sub-lists are unverified); the
// duty-crime (涉法行为) kinds follow the 12388 form (贪污贿赂, 失职渎职, 破坏市场经济秩序, 侵犯人身/民主权利, 妨害社会管理)
// and art. 4(2) of the 纪检监察机关处理检举控告工作规则 (2020: 贪污贿赂, 滥用职权, 玩忽职守, 权力寻租, 利益输送, 徇私舞弊,
// 浪费国家资财). Out-of-scope kinds follow 信访工作条例 arts. 28 and 31 and the standard
// inspection announcements ("个人诉求、涉法涉诉问题按规定转交有关部门").

/** A node of the taxonomy as stored in the data. */
export interface TaxonomyNodeData {
  /** Stable code: `<top>` or `<top>.<leaf>`. Never reused; deactivated, never deleted. */
  readonly code: string;
  /** Labels. */
  readonly label: { readonly zh: string; readonly en: string };
  /** Parent code (top-level nodes have none). */
  readonly parent?: string;
  /** Display order among siblings. */
  readonly order: number;
  /** Whether the node may be chosen for new complaints. */
  readonly active: boolean;
  /** First day the node applies (ISO). */
  readonly effectiveFrom: string;
  /** Last day the node applies (ISO), for deactivated nodes. */
  readonly effectiveTo?: string;
  /** Articles of the source regulation, e.g. `纪律处分条例 art. 113`; `verified: false` when the number is unconfirmed. */
  readonly sourceArticles?: readonly { readonly ref: string; readonly verified: boolean }[];
  /** Eight-point-rule statistics family, where the kind is counted there. */
  readonly eightPointRule?: "hedonism-extravagance" | "formalism-bureaucratism";
  /** A duty-related violation or crime (职务违法犯罪, 涉法行为) that 纪检监察 handles under the Supervision Law. */
  readonly dutyCrime?: boolean;
}

const REG = "纪律处分条例(2023)";
const FROM = "2024-01-01";
const art = (ref: string, verified: boolean) => ({ ref: `${REG} ${ref}`, verified });
// Duty-related violations and crimes that 纪检监察 accepts (reference §3.1 [V][S40]; the 12388 form's 涉法行为 branch,
// reference §4.1 end and §6.1 [V][S49], read in a county copy of the form).
const ART4 = { ref: "纪检监察机关处理检举控告工作规则(2020) art. 4(2)", verified: true } as const;
const FORM = { ref: "12388举报表 涉法行为 (county copy)", verified: true } as const;

/**
 * Version of the shipped taxonomy.
 *
 * @example
 * TAXONOMY_VERSION
 * //=> "2024.1"
 */
export const TAXONOMY_VERSION = "2024.1";

/**
 * The nodes of taxonomy {@link TAXONOMY_VERSION}, top levels first, then leaves in order.
 *
 * @example
 * TAXONOMY_NODES.find((node) => node.code === "integrity")?.label
 * //=> { zh: "违反廉洁纪律", en: "Integrity discipline" }
 */
export const TAXONOMY_NODES: readonly TaxonomyNodeData[] = [
  // ── Top levels: the six disciplines and rectification are in an inspection team's scope ──
  {
    code: "political",
    label: { zh: "违反政治纪律", en: "Political discipline" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 49–76", true)],
  },
  {
    code: "organizational",
    label: { zh: "违反组织纪律", en: "Organizational discipline" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 77–93", true)],
  },
  {
    code: "integrity",
    label: { zh: "违反廉洁纪律", en: "Integrity discipline" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 94–121", true)],
  },
  {
    code: "mass",
    label: { zh: "违反群众纪律", en: "Mass discipline" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 122–129", true)],
  },
  {
    code: "work",
    label: { zh: "违反工作纪律", en: "Work discipline" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 130–149", true)],
  },
  {
    code: "life",
    label: { zh: "违反生活纪律", en: "Life discipline" },
    order: 6,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 150–154 (end unverified)", false)],
  },
  {
    code: "rectification",
    label: { zh: "巡视巡察整改问题", en: "Inspection rectification" },
    order: 7,
    active: true,
    effectiveFrom: FROM,
  },
  // ── Top levels out of scope: referred elsewhere ──
  {
    code: "litigation",
    label: { zh: "涉法涉诉", en: "Litigation-related" },
    order: 8,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "personal-grievance",
    label: { zh: "个人诉求", en: "Personal grievance" },
    order: 9,
    active: true,
    effectiveFrom: FROM,
  },
  { code: "other", label: { zh: "其他", en: "Other" }, order: 10, active: true, effectiveFrom: FROM },

  // ── political ──
  {
    code: "political.defying-decisions",
    parent: "political",
    label: { zh: "对党中央决策部署有令不行、有禁不止、搞变通", en: "Defying or bending central decisions" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 49", true)],
  },
  {
    code: "political.improper-speech",
    parent: "political",
    label: { zh: "散布有严重政治问题的言论", en: "Spreading speech with serious political problems" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 50–52", false)],
  },
  {
    code: "political.factions",
    parent: "political",
    label: { zh: "搞团团伙伙、结党营私、培植私人势力", en: "Cliques and personal factions" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 55–57", false)],
  },
  {
    code: "political.obstructing-review",
    parent: "political",
    label: {
      zh: "对抗组织审查、干扰巡视巡察、串供毁证",
      en: "Resisting organizational review or obstructing inspection",
    },
    order: 4,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 60", false)],
  },
  {
    code: "political.superstition",
    parent: "political",
    label: { zh: "搞封建迷信活动", en: "Feudal superstition" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 65", false)],
  },
  {
    code: "political.ideology-duty",
    parent: "political",
    label: { zh: "落实意识形态工作责任制不力", en: "Failing the ideology responsibility system" },
    order: 6,
    active: true,
    effectiveFrom: FROM,
  },

  // ── organizational ──
  {
    code: "organizational.democratic-centralism",
    parent: "organizational",
    label: { zh: "违反民主集中制原则、个人决定重大事项", en: "Violating democratic centralism" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 77", true)],
  },
  {
    code: "organizational.personal-matters",
    parent: "organizational",
    label: { zh: "不如实报告个人有关事项", en: "False personal-matters reports" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 79", false)],
  },
  {
    code: "organizational.false-records",
    parent: "organizational",
    label: { zh: "篡改、伪造个人档案资料", en: "Falsified personnel records" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "organizational.hometown-associations",
    parent: "organizational",
    label: { zh: "违规组织参加老乡会、校友会、战友会", en: "Hometown, alumni and comrade associations" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "organizational.canvassing",
    parent: "organizational",
    label: { zh: "拉票贿选、跑官要官", en: "Canvassing and vote-buying" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "organizational.personnel-selection",
    parent: "organizational",
    label: { zh: "违规选拔任用干部、任人唯亲", en: "Improper personnel selection" },
    order: 6,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 84–86", false)],
  },
  {
    code: "organizational.buying-post",
    parent: "organizational",
    label: { zh: "买官卖官", en: "Buying or selling posts" },
    order: 7,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "organizational.party-membership",
    parent: "organizational",
    label: { zh: "违规发展党员", en: "Improper party-member recruitment" },
    order: 8,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 89", true)],
  },
  {
    code: "organizational.private-travel",
    parent: "organizational",
    label: { zh: "违规因私出国（境）、持有证照", en: "Private travel abroad and passports" },
    order: 9,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 91", true)],
  },

  // ── integrity ──
  {
    code: "integrity.benefits-for-relatives",
    parent: "integrity",
    label: { zh: "为亲属和特定关系人谋取利益", en: "Benefits for relatives and specified related persons" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 94", true), art("art. 104", true)],
  },
  {
    code: "integrity.power-trading",
    parent: "integrity",
    label: { zh: "权权交易", en: "Trading power for power" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 95", true)],
  },
  {
    code: "integrity.gifts-and-money",
    parent: "integrity",
    label: { zh: "违规收送礼品礼金、消费卡", en: "Gifts, money and cards" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 97", false), art("art. 98", true)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.weddings-funerals",
    parent: "integrity",
    label: { zh: "违规操办婚丧喜庆事宜", en: "Lavish weddings and funerals" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.business-activities",
    parent: "integrity",
    label: { zh: "违规经商办企业、从事营利活动", en: "Business activities" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "integrity.misappropriation",
    parent: "integrity",
    label: { zh: "侵占、违规占用公私财物", en: "Misappropriating property" },
    order: 6,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 111–112", true)],
  },
  {
    code: "integrity.public-funds-banquets",
    parent: "integrity",
    label: { zh: "违规吃喝、公款宴请娱乐", en: "Publicly funded banquets and entertainment" },
    order: 7,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 113", true)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.allowances",
    parent: "integrity",
    label: { zh: "违规发放津贴补贴、奖金福利", en: "Improper allowances and benefits" },
    order: 8,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 114", true)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.public-tourism",
    parent: "integrity",
    label: { zh: "公款旅游", en: "Publicly funded tourism" },
    order: 9,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 115", true)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.official-cars",
    parent: "integrity",
    label: { zh: "违规配备使用公务用车", en: "Official cars" },
    order: 10,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 116–119", false)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.office-and-housing",
    parent: "integrity",
    label: { zh: "违规占用办公用房、住房", en: "Office space and housing" },
    order: 11,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 116–119", false)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.accepting-bribes",
    parent: "integrity",
    label: { zh: "利用职务便利收受财物（受贿）", en: "Taking money for favours (bribery)" },
    order: 12,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [ART4],
    dutyCrime: true,
  },
  {
    code: "integrity.embezzlement",
    parent: "integrity",
    label: { zh: "贪污挪用公款", en: "Embezzling public funds" },
    order: 13,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [ART4],
    dutyCrime: true,
  },
  {
    code: "integrity.receptions-and-meetings",
    parent: "integrity",
    label: { zh: "超标准接待、违规举办会议活动", en: "Over-standard receptions and meetings" },
    order: 14,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("arts. 116–119", false)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.private-clubs",
    parent: "integrity",
    label: { zh: "违规出入私人会所、高消费娱乐健身", en: "Private clubs and high-end entertainment" },
    order: 15,
    active: true,
    effectiveFrom: FROM,
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "integrity.benefit-transfer",
    parent: "integrity",
    label: { zh: "权力寻租、利益输送", en: "Rent-seeking and benefit transfer" },
    order: 16,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [ART4],
    dutyCrime: true,
  },
  {
    code: "integrity.wasting-state-assets",
    parent: "integrity",
    label: { zh: "浪费国家资财", en: "Wasting state assets" },
    order: 17,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [ART4],
    dutyCrime: true,
  },

  // ── mass ──
  {
    code: "mass.levies-and-fees",
    parent: "mass",
    label: { zh: "乱摊派、乱收费、乱罚款", en: "Illegal levies and fees" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 122", true)],
  },
  {
    code: "mass.withholding-benefits",
    parent: "mass",
    label: { zh: "截留、克扣、拖欠群众款物", en: "Withholding or skimming what is due to the public" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 122", true)],
  },
  {
    code: "mass.extortion",
    parent: "mass",
    label: { zh: "吃拿卡要、故意刁难", en: "Petty extortion and obstruction" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 122", true)],
  },
  {
    code: "mass.interfering-business",
    parent: "mass",
    label: { zh: "干预生产经营自主权", en: "Interfering in business autonomy" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 123", true)],
  },
  {
    code: "mass.favoritism",
    parent: "mass",
    label: { zh: "优亲厚友、优待特定关系人", en: "Favouring kin and friends in welfare" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 124", true)],
  },
  {
    code: "mass.protective-umbrella",
    parent: "mass",
    label: { zh: "充当宗族、黑恶势力保护伞", en: "Protecting clans or gangs" },
    order: 6,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 125", true)],
  },
  {
    code: "mass.neglecting-the-public",
    parent: "mass",
    label: { zh: "漠视群众利益、推诿扯皮、庸懒无为", en: "Neglecting the public, buck-passing" },
    order: 7,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 126", true)],
    eightPointRule: "formalism-bureaucratism",
  },
  {
    code: "mass.rights-violations",
    parent: "mass",
    label: {
      zh: "侵犯群众人身权利、民主权利（非法拘禁、报复陷害等）",
      en: "Violating personal or democratic rights (unlawful detention, retaliation…)",
    },
    order: 8,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [FORM],
    dutyCrime: true,
  },

  // ── work ──
  {
    code: "work.dereliction",
    parent: "work",
    label: { zh: "失职失责、玩忽职守", en: "Dereliction of duty" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 130", false), ART4],
    dutyCrime: true,
  },
  {
    code: "work.not-taking-responsibility",
    parent: "work",
    label: { zh: "不担当、不作为、乱作为", en: "Not taking responsibility" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 131", false)],
    eightPointRule: "formalism-bureaucratism",
  },
  {
    code: "work.formalism",
    parent: "work",
    label: { zh: "形式主义、官僚主义", en: "Formalism and bureaucratism" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 132", false)],
    eightPointRule: "formalism-bureaucratism",
  },
  {
    code: "work.statistics-fraud",
    parent: "work",
    label: { zh: "统计造假", en: "Falsifying statistics" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "work.interference",
    parent: "work",
    label: { zh: "违规干预插手市场经济、司法活动", en: "Improper interference" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "work.abuse-of-power",
    parent: "work",
    label: { zh: "滥用职权", en: "Abuse of power" },
    order: 6,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [ART4],
    dutyCrime: true,
  },
  {
    code: "work.leaking-secrets",
    parent: "work",
    label: { zh: "泄露秘密", en: "Leaking secrets" },
    order: 7,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "work.complaint-handling",
    parent: "work",
    label: { zh: "敷衍应付信访举报、不核实即了结", en: "Perfunctory handling of complaints" },
    order: 8,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "work.favoritism-fraud",
    parent: "work",
    label: { zh: "徇私舞弊", en: "Favouritism and fraud in office" },
    order: 9,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [ART4],
    dutyCrime: true,
  },
  {
    code: "work.market-order-crimes",
    parent: "work",
    label: { zh: "职务活动中破坏社会主义市场经济秩序", en: "Undermining the market order in office" },
    order: 10,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [FORM],
    dutyCrime: true,
  },
  {
    code: "work.disrupting-social-administration",
    parent: "work",
    label: {
      zh: "妨害社会管理秩序（包庇纵容、帮助毁灭证据等）",
      en: "Disrupting public administration (shielding offenders, destroying evidence…)",
    },
    order: 11,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [FORM],
    dutyCrime: true,
  },

  // ── life ──
  {
    code: "life.extravagance",
    parent: "life",
    label: { zh: "生活奢靡、贪图享乐、追求低级趣味", en: "Extravagance and vulgar pursuits" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
    sourceArticles: [art("art. 150", true)],
    eightPointRule: "hedonism-extravagance",
  },
  {
    code: "life.improper-relations",
    parent: "life",
    label: { zh: "与他人发生不正当性关系", en: "Improper sexual relations" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "life.family-conduct",
    parent: "life",
    label: { zh: "家风不正、对家属子女失管失教", en: "Failing family conduct" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "life.public-morals",
    parent: "life",
    label: { zh: "违背社会公序良俗", en: "Against public order and morals" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
  },

  // ── rectification ──
  {
    code: "rectification.fake-rectification",
    parent: "rectification",
    label: { zh: "虚假整改、敷衍整改、数字整改", en: "Fake or perfunctory rectification" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "rectification.not-rectified",
    parent: "rectification",
    label: { zh: "反馈问题整改不到位、问题反弹", en: "Problems not rectified or back again" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
  },

  // ── litigation (涉法涉诉: 信访工作条例 arts. 28, 31) ──
  {
    code: "litigation.court-case",
    parent: "litigation",
    label: { zh: "不服法院判决、裁定", en: "Disputing a court judgment" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "litigation.police-and-prosecution",
    parent: "litigation",
    label: { zh: "公安、检察机关办理的案件", en: "Police and procuratorate cases" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "litigation.arbitration",
    parent: "litigation",
    label: { zh: "仲裁事项", en: "Arbitration" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "litigation.administrative-review",
    parent: "litigation",
    label: { zh: "行政复议、行政裁决等法定途径事项", en: "Administrative review and rulings" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
  },

  // ── personal grievance ──
  {
    code: "personal-grievance.benefits",
    parent: "personal-grievance",
    label: { zh: "个人待遇、社保、补贴诉求", en: "Own benefits and social insurance" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "personal-grievance.compensation",
    parent: "personal-grievance",
    label: { zh: "征地拆迁等补偿赔偿诉求", en: "Compensation claims" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "personal-grievance.employment",
    parent: "personal-grievance",
    label: { zh: "劳动用工、工资诉求", en: "Employment and wages" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "personal-grievance.education",
    parent: "personal-grievance",
    label: { zh: "入学、考试等个人诉求", en: "Schooling and exams" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "personal-grievance.private-dispute",
    parent: "personal-grievance",
    label: { zh: "民间纠纷、物业等私人纠纷", en: "Private disputes" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
  },

  // ── other ──
  {
    code: "other.no-public-role",
    parent: "other",
    label: { zh: "反映对象无公职身份", en: "Person with no public role" },
    order: 1,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "other.no-substance",
    parent: "other",
    label: { zh: "仅列举违纪名称、无实质内容", en: "No substance" },
    order: 2,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "other.inquiry",
    parent: "other",
    label: { zh: "咨询", en: "Inquiry" },
    order: 3,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "other.suggestion",
    parent: "other",
    label: { zh: "批评建议", en: "Criticism and suggestions" },
    order: 4,
    active: true,
    effectiveFrom: FROM,
  },
  {
    code: "other.praise",
    parent: "other",
    label: { zh: "表扬", en: "Praise" },
    order: 5,
    active: true,
    effectiveFrom: FROM,
  },
];
