import { type ExtractedPosition, extractFacts } from "./extract-facts";
import { SuggestionError } from "./suggest-error";

/**
 * Role of the person complained about relative to the inspected unit, in the words of the standard announcement
 * (巡视工作条例 2024: 领导班子及其成员、下一级党组织主要负责人和重点岗位人员; see the domain reference §1.6).
 */
export type SubjectRole = "leadership_team" | "next_level_principal" | "key_post" | "other";

/** What the clerk knows about the round's target. */
export interface SubjectRoleTarget {
  /** A region's party committee and government, a department, a university, or an enterprise (SOE). */
  kind: "region" | "department" | "university" | "enterprise";
  /** For `region` targets: the level of the region. */
  level?: "province" | "city" | "county" | "township";
}

/** A guess of the subject's role with the position it rests on. */
export interface SubjectRoleGuess {
  role: SubjectRole;
  /** The position the guess is based on. */
  position: ExtractedPosition;
  /** A short explanation (English) for the clerk. */
  reason: string;
}

const KEY_UNIT =
  /财务|人事|组织|基建|采购|招生|招标|招投标|审批|后勤|资产|工程|国土|规划|自然资源|审计|信贷|税务|资金|项目|财政|会计|出纳|总监|物资|征地|拆迁|纪检/;
const LEVEL_CHAR: Record<NonNullable<SubjectRoleTarget["level"]>, string> = {
  province: "省",
  city: "市",
  county: "县区",
  township: "镇乡",
};
const LOWER_LEVEL_CHAR: Record<NonNullable<SubjectRoleTarget["level"]>, string> = {
  province: "市州",
  city: "县区",
  county: "镇乡街",
  township: "村社",
};
const PRINCIPAL_TITLES = new Set([
  "书记",
  "党委书记",
  "党组书记",
  "党工委书记",
  "局长",
  "主任",
  "镇长",
  "乡长",
  "县长",
  "区长",
  "市长",
  "部长",
  "院长",
  "校长",
  "所长",
  "站长",
  "处长",
  "厅长",
  "董事长",
  "总经理",
  "经理",
  "行长",
  "村支书",
  "支书",
  "村主任",
]);

function normalizeTitle(t: string): string {
  return t
    .replace(/長/g, "长")
    .replace(/記/g, "记")
    .replace(/書/g, "书")
    .replace(/書計|书计/, "书记");
}

/**
 * Guesses the role of a position relative to an inspection target: member of the target's leadership team, principal
 * of a next-level unit, key-post holder, or other. A heuristic for triage, not a decision: it reads the title and the
 * unit written before it.
 *
 * @param position - A position from {@link extractFacts}, or complaint text (the first position named is used).
 * @param target - The kind (and, for regions, the level) of the round's target.
 * @returns The guess, or `undefined` when the text names no position.
 * @throws {SuggestionError} `INVALID_TARGET` when `target.kind` is not one of the four kinds.
 * @example
 * guessSubjectRole("举报副县长顾某某醉酒滋事", { kind: "region", level: "county" })?.role
 * //=> "leadership_team"
 * guessSubjectRole("县财政局局长", { kind: "region", level: "county" })?.role
 * //=> "next_level_principal"
 */
export function guessSubjectRole(
  position: ExtractedPosition | string,
  target: SubjectRoleTarget,
): SubjectRoleGuess | undefined {
  if (!target || !["region", "department", "university", "enterprise"].includes(target.kind)) {
    throw new SuggestionError(
      "INVALID_TARGET",
      `Expected target.kind to be region, department, university or enterprise, received ${String(target?.kind)}`,
    );
  }
  let pos: ExtractedPosition | undefined;
  if (typeof position === "string") {
    pos = extractFacts(position).positions.find((p) => !/巡视|巡察/.test(p.unit ?? ""));
  } else pos = position;
  if (!pos) return undefined;
  const title = normalizeTitle(pos.title);
  const unit = pos.unit ?? "";
  const bare = title.replace(/^副/, "");
  const principal = !pos.deputy && PRINCIPAL_TITLES.has(title);
  const key = KEY_UNIT.test(unit) || KEY_UNIT.test(title);
  const result = (role: SubjectRole, reason: string): SubjectRoleGuess => ({ role, position: pos, reason });

  switch (target.kind) {
    case "region": {
      const level = target.level ?? "county";
      const own = LEVEL_CHAR[level];
      const lower = LOWER_LEVEL_CHAR[level];
      const titleLevel = bare.length === 2 && bare.endsWith("长") ? bare[0] : "";
      const unitIsOwn = unit === "" || new RegExp(`^某?[${own}](委|政府|委员会)?$`).test(unit);
      if (titleLevel && own.includes(titleLevel))
        return result("leadership_team", `head or deputy head of the ${level}`);
      if (/常委/.test(title) || ((/书记/.test(title) || title === "副书记") && new RegExp(`[${own}]委`).test(unit))) {
        return result("leadership_team", `member of the ${level} party committee's leadership`);
      }
      if (titleLevel && lower.includes(titleLevel)) {
        return pos.deputy
          ? result("other", "deputy head of a lower-level region")
          : result("next_level_principal", "principal of a next-level region");
      }
      if (principal && new RegExp(`[${lower}]`).test(unit.slice(-2) + title.slice(0, 1))) {
        return result("next_level_principal", "principal of a next-level unit");
      }
      if (principal && /[局委办部院所站中心]$/.test(unit))
        return result("next_level_principal", "principal of a department");
      if (key) return result("key_post", "post in a key area (finance, personnel, construction, procurement…)");
      if (principal && unitIsOwn && /局长|主任|部长/.test(title)) {
        return result("next_level_principal", "principal of a department");
      }
      return result("other", "no leadership, principal or key-post signal");
    }
    case "university": {
      if (/^(副?校长|党委副?书记|纪委书记)$/.test(title) && !/学院|系|处|部/.test(unit)) {
        return result("leadership_team", "member of the university's leadership");
      }
      if (key) return result("key_post", "post in a key office (finance, infrastructure, admissions, personnel…)");
      if (principal && /学院|系|处|部|中心|医院|所$/.test(unit + title)) {
        return result("next_level_principal", "principal of a school or office");
      }
      if (principal && /^(院长|处长|书记)$/.test(title))
        return result("next_level_principal", "principal of a school or office");
      return result("other", "no leadership, principal or key-post signal");
    }
    case "enterprise": {
      if (
        /^(董事长|副?总经理|副总|党委副?书记|纪委书记|总会计师)$/.test(title) &&
        !/子公司|分公司|下属|分厂|项目部/.test(unit)
      ) {
        return result("leadership_team", "member of the enterprise's leadership");
      }
      if (key) return result("key_post", "post in a key area (finance, procurement, construction…)");
      if (principal) return result("next_level_principal", "principal of a subsidiary or department");
      return result("other", "no leadership, principal or key-post signal");
    }
    case "department": {
      if (
        /^(副?厅长|副?局长|党组副?书记|纪检组长|副?主任)$/.test(title) &&
        (unit === "" || /^某?[省市县区]?[^处科室]*[厅局委]$/.test(unit))
      ) {
        return result("leadership_team", "member of the department's leadership");
      }
      if (key) return result("key_post", "post in a key area (finance, personnel, approvals…)");
      if (principal) return result("next_level_principal", "principal of a division or subordinate unit");
      return result("other", "no leadership, principal or key-post signal");
    }
  }
}
