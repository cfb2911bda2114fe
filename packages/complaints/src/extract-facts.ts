import { type NumberRange, parseChineseNumber } from "./extract-amount";
import { SuggestionError } from "./suggest-error";
import { normalizeChineseText } from "./text-normalize";

/** A span of the original text (UTF-16 offsets, `end` exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A person named or pseudonymised in the text: 王某, 张某某, 李XX, 老王. */
export interface ExtractedPerson extends TextSpan {
  surname: string;
}

/** A position (post) with the unit in front of it when written: 县委书记, 财务科长, 某县住建局局长. */
export interface ExtractedPosition extends TextSpan {
  /** The title itself: 书记, 科长, 副县长… */
  title: string;
  /** The words in front of the title that name its unit, if any: 县委, 财务, 某县住建局. */
  unit?: string;
  /** Whether the title is a deputy post (副…). */
  deputy: boolean;
}

/** An amount of money, normalised to yuan. */
export interface ExtractedAmount extends TextSpan {
  /** Lower bound in yuan. */
  min: number;
  /** Upper bound in yuan (equal to `min` unless approximate). */
  max: number;
  approximate: boolean;
}

/** A date or a relative time expression as written; calendar fields are filled when the text states them. */
export interface ExtractedDate extends TextSpan {
  year?: number;
  month?: number;
  day?: number;
  /** For relative expressions: 今年 → `this-year`, 去年 → `last-year`, 上个月 → `last-month`… */
  relative?: string;
}

/** An organisational unit: 某县住建局, 某大学外国语学院, 镇林业站. */
export interface ExtractedUnit extends TextSpan {}

/** Facts found in a complaint text. */
export interface ExtractedFacts {
  people: ExtractedPerson[];
  positions: ExtractedPosition[];
  amounts: ExtractedAmount[];
  dates: ExtractedDate[];
  units: ExtractedUnit[];
}

const SURNAMES =
  "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公";
const SURNAME_CLASS = `[${SURNAMES}]`;
const PERSON_RE = new RegExp(
  `(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯)(?:某某|某|xx|××|\\*\\*)|${SURNAME_CLASS}(?:某某|某|xx|××|\\*\\*|ⅹⅹ)|[老小]${SURNAME_CLASS}(?=[，。、,.\\s是的说在把被跟和也就还又天]|$)|姓${SURNAME_CLASS}的`,
  "g",
);

/** Titles, longest first so that the alternation prefers them. */
const TITLES = [
  "党委副书记",
  "党委书记",
  "党组书记",
  "纪委书记",
  "党工委书记",
  "副总经理",
  "总经理",
  "董事长",
  "财务总监",
  "总会计师",
  "副书记",
  "书记",
  "书计",
  "村支书",
  "支书",
  "村主任",
  "副主任",
  "主任",
  "副县长",
  "县长",
  "副市长",
  "市长",
  "副区长",
  "区长",
  "副镇长",
  "镇长",
  "副乡长",
  "乡长",
  "副局长",
  "局长",
  "副厅长",
  "厅长",
  "副处长",
  "处长",
  "副科长",
  "科长",
  "副所长",
  "所长",
  "站长",
  "副院长",
  "院长",
  "副校长",
  "校长",
  "副部长",
  "部长",
  "常委",
  "副主席",
  "主席",
  "行长",
  "副总",
  "总监",
  "会计",
  "出纳",
  "组长",
  "经理",
];
const TITLE_RE = new RegExp(TITLES.join("|"), "g");
const UNIT_SUFFIXES = [
  "村委会",
  "居委会",
  "派出所",
  "检察院",
  "法院",
  "医院",
  "卫生院",
  "大学",
  "学院",
  "学校",
  "中学",
  "小学",
  "集团",
  "公司",
  "银行",
  "政府",
  "街道",
  "社区",
  "中心",
  "局",
  "厅",
  "委",
  "办",
  "站",
  "所",
  "处",
  "科",
];
const UNIT_RE = new RegExp(`(?:${UNIT_SUFFIXES.join("|")})(?![长员主])`, "g");
/** Characters that end a leftward extension of a unit name. */
const STOP = new Set(
  "的了是我你他她它们这那个和与跟给把被让在从对向说就都也还又很再上下里中、，。！？；：“”‘’（）()《》,.!?;: \n\t举报映告反当任找叫请问有没去来到将为及或和年月日号前后多万元块钱书记长任员该收受送拿".split(
    "",
  ),
);
const PREFIX_OK = new Set("省市县区镇乡村".split(""));

function extendLeft(norm: string, start: number, max: number): number {
  let i = start;
  while (i > 0 && start - i < max) {
    const ch = norm[i - 1] as string;
    const code = ch.charCodeAt(0);
    if (code < 0x3400 || code > 0x9fff) break;
    if (STOP.has(ch)) break;
    i--;
    if (ch === "某") break;
  }
  return i;
}

const DATE_RES: Array<{ re: RegExp; kind: "ymd" | "md" | "iso" | "relative" }> = [
  {
    re: /(\d{4}|[〇零一二三四五六七八九]{4})年(?:(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?)?/g,
    kind: "ymd",
  },
  { re: /(\d{4})[-./](\d{1,2})[-./](\d{1,2})/g, kind: "iso" },
  { re: /(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]/g, kind: "md" },
  {
    re: /今年|去年|前年|明年|大前年|上个月|上月|本月|这个月|下个月|上周[一二三四五六日天]?|上礼拜[一二三四五六日天]?|上星期[一二三四五六日天]?|昨天|前天|今天/g,
    kind: "relative",
  },
];
const RELATIVE: Record<string, string> = {
  今年: "this-year",
  去年: "last-year",
  前年: "year-before-last",
  大前年: "three-years-ago",
  明年: "next-year",
  上个月: "last-month",
  上月: "last-month",
  本月: "this-month",
  这个月: "this-month",
  下个月: "next-month",
  昨天: "yesterday",
  前天: "day-before-yesterday",
  今天: "today",
};

const AMOUNT_RE =
  /(\d[\d,，]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿几]+)([多余来]?)([十百千万亿]*)([多余]?)(元|块钱|块|万元|亿元|万块)?/g;
const COUNTERS = new Set(
  "人名户亩平米个次辆套字斤公里张头件份票篇吨册桌年岁天月日号届层栋间所家位分秒点倍只条本部台场期轮级号楼岁周".split(
    "",
  ),
);

function smallNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const r = parseChineseNumber(s);
  return r && !r.approximate ? r.min : undefined;
}

/**
 * Extracts the facts an intake clerk needs from a complaint: people (王某, 张XX, 老王), positions with their units
 * (县委书记, 财务科长), money amounts normalised to yuan (二十万, 5万元, 3000块), dates as written and units.
 * Offsets are UTF-16 indices into the original text; traditional characters are handled.
 *
 * @param text - The complaint text.
 * @returns The facts found, each list in text order.
 * @throws {SuggestionError} `INVALID_TEXT` when `text` is not a string.
 * @example
 * const f = extractFacts("2023年3月，县住建局局长葛某某收受现金20万元");
 * f.amounts[0]?.min
 * //=> 200000
 * f.positions[0]?.title
 * //=> "局长"
 * f.people[0]?.text
 * //=> "葛某某"
 */
export function extractFacts(text: string): ExtractedFacts {
  if (typeof text !== "string") {
    throw new SuggestionError("INVALID_TEXT", `Expected the complaint text as a string, received ${typeof text}`);
  }
  const norm = normalizeChineseText(text);
  const span = (start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

  const people: ExtractedPerson[] = [];
  for (const m of norm.matchAll(PERSON_RE)) {
    const start = m.index;
    const t = m[0];
    const surname =
      t.startsWith("姓") || t.startsWith("老") || t.startsWith("小")
        ? t.slice(1, 2)
        : (/^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯)/.exec(t)?.[0] ?? t.slice(0, 1));
    const s = t.startsWith("姓") ? span(start, start + t.length) : span(start, start + t.length);
    people.push({ ...s, surname });
  }

  const positions: ExtractedPosition[] = [];
  for (const m of norm.matchAll(TITLE_RE)) {
    const tStart = m.index;
    const tEnd = tStart + m[0].length;
    // Skip titles that are part of a longer title already taken (e.g. 书记 inside 党委书记 is matched once).
    const uStart = extendLeft(norm, tStart, 8);
    const unit = uStart < tStart ? text.slice(uStart, tStart) : undefined;
    const title = text.slice(tStart, tEnd);
    positions.push({ ...span(uStart, tEnd), title, ...(unit ? { unit } : {}), deputy: m[0].startsWith("副") });
  }

  const units: ExtractedUnit[] = [];
  for (const m of norm.matchAll(UNIT_RE)) {
    const sEnd = m.index + m[0].length;
    const sStart = extendLeft(norm, m.index, 10);
    if (sStart === m.index) continue;
    const body = norm.slice(sStart, sEnd);
    if (body.length < 2) continue;
    if (body.length === 2 && !PREFIX_OK.has(body[0] as string) && body[0] !== "某") continue;
    const last = units[units.length - 1];
    if (last && last.start === sStart && last.end < sEnd) units.pop();
    else if (last && last.start <= sStart && last.end >= sEnd) continue;
    units.push(span(sStart, sEnd));
  }

  const amounts: ExtractedAmount[] = [];
  for (const m of norm.matchAll(AMOUNT_RE)) {
    const [whole, num = "", more1 = "", mag = "", more2 = "", unit = ""] = m;
    const end = m.index + whole.length;
    const next = norm[end] ?? "";
    const hasCurrency = unit !== "";
    const hasBig = /[万亿]/.test(num + mag) || unit.startsWith("万") || unit.startsWith("亿");
    if (!hasCurrency && (!hasBig || COUNTERS.has(next))) continue;
    if (!hasCurrency && /^\d+$/.test(num) && mag === "") continue;
    if (/^[几多余来]+$/.test(num)) continue;
    const r: NumberRange | undefined = parseChineseNumber(
      num + more1 + mag + more2 + (unit === "万元" || unit === "万块" ? "万" : unit === "亿元" ? "亿" : ""),
    );
    if (!r) continue;
    amounts.push({ ...span(m.index, end), min: r.min, max: r.max, approximate: r.approximate });
  }

  const dates: ExtractedDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, kind } of DATE_RES) {
    for (const m of norm.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const d: ExtractedDate = span(start, end);
      if (kind === "ymd" || kind === "iso") {
        const y = /^\d+$/.test(m[1] ?? "")
          ? Number(m[1])
          : Number([...(m[1] ?? "")].map((c) => "〇一二三四五六七八九".indexOf(c === "零" ? "〇" : c)).join(""));
        if (Number.isFinite(y)) d.year = y;
        const mo = kind === "iso" ? Number(m[2]) : smallNumber(m[2]);
        const da = kind === "iso" ? Number(m[3]) : smallNumber(m[3]);
        if (mo !== undefined && mo >= 1 && mo <= 12) d.month = mo;
        if (da !== undefined && da >= 1 && da <= 31) d.day = da;
      } else if (kind === "md") {
        const mo = smallNumber(m[1]);
        const da = smallNumber(m[2]);
        if (mo !== undefined && mo >= 1 && mo <= 12) d.month = mo;
        if (da !== undefined && da >= 1 && da <= 31) d.day = da;
      } else {
        const key = m[0];
        d.relative = RELATIVE[key] ?? (key.startsWith("上") ? "last-week" : key);
      }
      dates.push(d);
    }
  }
  dates.sort((a, b) => a.start - b.start);
  return { people, positions, amounts, dates, units };
}
