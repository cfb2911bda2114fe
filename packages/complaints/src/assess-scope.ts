import {
  type Calendar,
  isWithinOfficeHours,
  type OfficeHoursSchedule,
  parseDate,
  validateOfficeHoursSchedule,
} from "@xunshi/calendar";
import { type Round, toAcceptanceRules } from "@xunshi/domain";
import {
  CHANNELS,
  type Channel,
  type Complaint,
  DESTINATION_LABELS,
  type Destination,
  SUBJECT_ROLES,
  type SubjectRoleCode,
} from "./complaint-schema";
import { ComplaintArgumentError } from "./complaints-error";
import { suggestCategories } from "./suggest-categories";
import { findCategory, IN_SCOPE_TOP_LEVEL_CODES, TOP_LEVEL_CODES, type TopLevelCode, topLevelOf } from "./taxonomy";

/**
 * What an inspection round accepts: the window, the hours, the channels, the subjects and the matters. A round of
 * `@xunshi/domain` converts to this with its `toAcceptanceRules(round)` (and {@link assessScope} takes the round itself);
 * any object of this shape works.
 */
export interface AcceptanceRules {
  /** First day complaints are accepted (ISO date). */
  readonly start: string;
  /** Last day complaints are accepted (ISO date, inclusive): the announced cut-off. */
  readonly cutoff: string;
  /** When the hotline and reception desk are open. */
  readonly officeHours: OfficeHoursSchedule;
  /** Channels the round announced; complaints by other channels are redirected. Default: all. */
  readonly channels?: readonly Channel[];
  /** Whose conduct is accepted (default: leadership team, next-level principals, key posts). */
  readonly subjectRoles?: readonly SubjectRoleCode[];
  /** Which matters are accepted (default: the six disciplines and rectification). */
  readonly matters?: readonly TopLevelCode[];
}

/** One reason of a scope decision, in Chinese and English. */
export interface ScopeReason {
  /** Stable code: `in-window`, `after-cutoff`, `before-start`, `outside-office-hours`, `channel-not-offered`, `matter`, `subject-role`, `head-of-receiving-body`, `no-subject-named`, `in-scope`. */
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/** A scope decision: in or out, why, and where the complaint goes. There is always a destination. */
export interface ScopeAssessment {
  /** Whether the inspection team takes the complaint itself. */
  readonly inScope: boolean;
  /** The category the decision used and where it came from. */
  readonly category: {
    readonly code: string;
    readonly topLevel: TopLevelCode;
    readonly source: "categorization" | "option" | "suggestion";
  };
  /** The reasons, most decisive first. */
  readonly reasons: readonly ScopeReason[];
  /** Where the complaint goes: the team itself, or the body it is referred to. */
  readonly destination: { readonly code: Destination; readonly zh: string; readonly en: string };
}

/** Options of {@link assessScope}. */
export interface AssessScopeOptions {
  /** A category code to judge by when the complaint has no categorization (else the suggestion's first code). */
  readonly category?: string;
  /** The working-day calendar for office hours on `"working-days"` schedules (default: the mainland calendar). */
  readonly calendar?: Calendar;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: unknown): string {
  if (typeof value === "string" && ISO_DATE.test(value)) {
    try {
      if (parseDate(value) === value) return value;
    } catch {
      // reported below
    }
  }
  throw new ComplaintArgumentError(name, "a real calendar date written YYYY-MM-DD", value);
}

function checkList<T extends string>(name: string, value: unknown, allowed: readonly T[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new ComplaintArgumentError(name, "an array", value);
  for (const [index, item] of value.entries())
    if (!(allowed as readonly unknown[]).includes(item))
      throw new ComplaintArgumentError(`${name}[${index}]`, `one of ${allowed.join(", ")}`, item);
}

/** The rules of a round of `@xunshi/domain` (through its `toAcceptanceRules`), or the rules themselves. */
function rulesOf(roundOrRules: Round | AcceptanceRules): AcceptanceRules {
  if (typeof roundOrRules === "object" && roundOrRules !== null && "acceptance" in roundOrRules) {
    try {
      return toAcceptanceRules(roundOrRules);
    } catch (error) {
      throw new ComplaintArgumentError("round", "a validated round of @xunshi/domain (see parseRound)", roundOrRules, {
        cause: error,
      });
    }
  }
  return roundOrRules;
}

/** Checks a round's acceptance rules before any decision is made on them. */
function checkRules(rules: AcceptanceRules): void {
  if (typeof rules !== "object" || rules === null)
    throw new ComplaintArgumentError("rules", "an object with start, cutoff and officeHours", rules);
  const start = checkDate("rules.start", rules.start);
  const cutoff = checkDate("rules.cutoff", rules.cutoff);
  if (cutoff < start) throw new ComplaintArgumentError("rules.cutoff", `a date on or after the start ${start}`, cutoff);
  try {
    validateOfficeHoursSchedule(rules.officeHours);
  } catch (error) {
    throw new ComplaintArgumentError(
      "rules.officeHours",
      `a valid office-hours schedule (${error instanceof Error ? error.message : "invalid"})`,
      rules.officeHours,
    );
  }
  checkList("rules.channels", rules.channels, CHANNELS);
  checkList("rules.subjectRoles", rules.subjectRoles, SUBJECT_ROLES);
  checkList("rules.matters", rules.matters, TOP_LEVEL_CODES);
}

const ROLE_DEFAULT: readonly SubjectRoleCode[] = ["leadership-team", "next-level-principal", "key-post"];

function destination(code: Destination): ScopeAssessment["destination"] {
  return { code, ...DESTINATION_LABELS[code] };
}

/** Where an out-of-scope matter goes (信访工作条例 arts. 22, 28, 31; 检举控告工作规则 arts. 15–16). */
function destinationForMatter(code: string, top: TopLevelCode): Destination {
  switch (code) {
    case "litigation.court-case":
      return "court";
    case "litigation.police-and-prosecution":
      return "procuratorate";
    case "litigation.arbitration":
      return "arbitration-body";
    case "litigation.administrative-review":
      return "administrative-review-body";
    case "other.no-public-role":
      return "public-security";
    default:
      if (top === "litigation") return "court";
      if (top === "personal-grievance") return "petition-bureau";
      if (top === "other") return "petition-bureau";
      if (top === "organizational") return "organization-department";
      return "discipline-commission";
  }
}

function shanghaiDate(instant: string): string {
  return parseDate(new Date(instant));
}

/**
 * Decides whether an inspection team takes a complaint, with reasons a clerk can read (Chinese and English), and
 * where it goes when it does not. Checked in this order, the most decisive reason first:
 * 1. a subject who heads the receiving body → the discipline commission one level up (检举控告工作规则 art. 15);
 * 2. the time: before the window or after the cut-off (a letter is judged by its postmark); a phone call outside
 *    office hours; a channel the round did not announce;
 * 3. the matter: litigation (courts, procuratorates, arbitration, review bodies), personal grievances (the petition
 *    bureau), other matters;
 * 4. the subject's role: not the leadership team, a next-level principal or key-post staff → the discipline
 *    commission (or the organization department for personnel matters).
 * "Not ours" is never a dead end: every decision names a destination.
 *
 * @param complaint - a validated complaint (see {@link parseComplaint})
 * @param round - the round (a validated `Round` of `@xunshi/domain`), or its acceptance rules ({@link AcceptanceRules},
 *   e.g. from `toAcceptanceRules(round)`, or written by hand)
 * @param options - `category`: the code to judge by when the complaint has no categorization; `calendar`: the
 *   working-day calendar for office hours
 * @returns the decision with its reasons and destination
 * @throws {ComplaintArgumentError} for a category code that is not in the taxonomy, a round other than the complaint's
 *   `roundId`, or invalid rules (a date that is not
 *   a real `YYYY-MM-DD` date, a cut-off before the start, a bad office-hours schedule, an unknown channel, role or
 *   matter); nothing is decided on bad rules
 * @example
 * assessScope(complaint, parseRound(shanxi2024Round6)).destination.code
 * //=> "inspection-team" (a named complaint about a vice-mayor's banquets, by phone at 10:00 on a working day)
 */
export function assessScope(
  complaint: Complaint,
  round: Round | AcceptanceRules,
  options: AssessScopeOptions = {},
): ScopeAssessment {
  const rules = rulesOf(round);
  checkRules(rules);
  if ("acceptance" in round && complaint.roundId !== undefined && complaint.roundId !== round.id)
    throw new ComplaintArgumentError("round", `the round the complaint was made to (${complaint.roundId})`, round.id);
  let code: string;
  let source: ScopeAssessment["category"]["source"];
  if (complaint.categorization) {
    code = complaint.categorization.primary;
    source = "categorization";
  } else if (options.category !== undefined) {
    code = options.category;
    source = "option";
  } else {
    code = suggestCategories(complaint.content, { limit: 1 }).suggestions[0]?.code ?? "other";
    source = "suggestion";
  }
  const top = topLevelOf(code);
  if (!findCategory(code) || !top) throw new ComplaintArgumentError("category", "a code of the taxonomy", code);
  const category = { code, topLevel: top, source };

  const out = (reasons: ScopeReason[], to: Destination): ScopeAssessment => ({
    inScope: false,
    category,
    reasons,
    destination: destination(to),
  });

  // 1. The head of the receiving body: to the level above.
  if (complaint.subjects.some((s) => s.isHeadOfReceivingBody === true)) {
    return out(
      [
        {
          code: "head-of-receiving-body",
          zh: "反映受理机关主要负责人的问题，直接报送上一级纪委监委，不得复制、摘抄，不录入举报平台。",
          en: "The complaint concerns the head of the receiving body: it goes straight to the level above, uncopied and not entered into the platform.",
        },
      ],
      "higher-discipline-commission",
    );
  }

  const reasons: ScopeReason[] = [];
  const matterRoute = destinationForMatter(code, top);

  // 2. Time and channel.
  const judgedDate =
    complaint.channel === "letter" && complaint.postmarkDate
      ? complaint.postmarkDate
      : shanghaiDate(complaint.receivedAt);
  const judgedBy =
    complaint.channel === "letter" && complaint.postmarkDate
      ? { zh: "邮戳日期", en: "postmark" }
      : { zh: "收到日期", en: "receipt date" };
  if (judgedDate > rules.cutoff) {
    // A letter without a recorded postmark may still have been posted in time: say so, rather than guess.
    const unpostmarkedLetter = complaint.channel === "letter" && complaint.postmarkDate === undefined;
    return out(
      [
        {
          code: "after-cutoff",
          zh: `${judgedBy.zh}${judgedDate}晚于受理截止日${rules.cutoff}，巡视组不再受理，转${DESTINATION_LABELS[matterRoute].zh}。${unpostmarkedLetter ? "来信以邮戳日期为准：如邮戳日期不晚于截止日，请录入邮戳日期后重新判断。" : ""}`,
          en: `The ${judgedBy.en} ${judgedDate} is after the cut-off ${rules.cutoff}: the team no longer accepts it; it goes to ${DESTINATION_LABELS[matterRoute].en}.${unpostmarkedLetter ? " Letters count by their postmark: if it is on or before the cut-off, record it and assess again." : ""}`,
        },
      ],
      matterRoute,
    );
  }
  if (judgedDate < rules.start) {
    return out(
      [
        {
          code: "before-start",
          zh: `${judgedBy.zh}${judgedDate}早于受理开始日${rules.start}。`,
          en: `The ${judgedBy.en} ${judgedDate} is before acceptance opened on ${rules.start}.`,
        },
      ],
      matterRoute,
    );
  }
  if (rules.channels && !rules.channels.includes(complaint.channel)) {
    return out(
      [
        {
          code: "channel-not-offered",
          zh: "本轮巡视未开通该受理渠道，请通过公布的值班电话、邮政信箱等渠道反映，或向纪委监委反映。",
          en: "The round did not open this channel: use the announced hotline or postal box, or the discipline commission.",
        },
      ],
      "discipline-commission",
    );
  }
  if (
    (complaint.channel === "phone" || complaint.channel === "visit") &&
    !isWithinOfficeHours(
      complaint.receivedAt,
      rules.officeHours,
      options.calendar ? { calendar: options.calendar } : {},
    )
  ) {
    return out(
      [
        {
          code: "outside-office-hours",
          zh: "来电来访不在公布的受理时间内（工作日办公时间），可在受理时间内再次反映，或向纪委监委（12388）反映。",
          en: "The call or visit was outside the announced hours; it can be made again during office hours, or to the discipline commission (12388).",
        },
      ],
      "discipline-commission",
    );
  }
  reasons.push({
    code: "in-window",
    zh: `${judgedBy.zh}${judgedDate}在受理期间（${rules.start}至${rules.cutoff}）内。`,
    en: `The ${judgedBy.en} ${judgedDate} is inside the acceptance window (${rules.start} to ${rules.cutoff}).`,
  });

  // 3. The matter.
  const matters = rules.matters ?? IN_SCOPE_TOP_LEVEL_CODES;
  const node = findCategory(code);
  if (!matters.includes(top)) {
    const label = node?.label ?? { zh: code, en: code };
    return out(
      [
        {
          code: "matter",
          zh: `所反映的"${label.zh}"不属于巡视受理范围（六项纪律及整改问题），按规定转交${DESTINATION_LABELS[matterRoute].zh}。`,
          en: `"${label.en}" is not a matter the round accepts (the six disciplines and rectification); it is referred to ${DESTINATION_LABELS[matterRoute].en}.`,
        },
        ...reasons,
      ],
      matterRoute,
    );
  }

  // 4. The subjects' roles.
  const roles = rules.subjectRoles ?? ROLE_DEFAULT;
  if (complaint.subjects.length === 0) {
    reasons.push({
      code: "no-subject-named",
      zh: "未写明被反映人，受理后需核实其身份是否属于受理范围。",
      en: "No subject is named: whether the person falls within the scope must be checked after intake.",
    });
  } else if (!complaint.subjects.some((s) => roles.includes(s.role))) {
    const route: Destination = top === "organizational" ? "organization-department" : "discipline-commission";
    return out(
      [
        {
          code: "subject-role",
          zh: `被反映人不属于被巡视党组织领导班子及其成员、下一级党组织主要负责人和重点岗位人员，转${DESTINATION_LABELS[route].zh}。`,
          en: `No subject is a leadership-team member, next-level principal leader or key-post staff member; it goes to ${DESTINATION_LABELS[route].en}.`,
        },
        ...reasons,
      ],
      route,
    );
  }

  reasons.unshift({
    code: "in-scope",
    zh: "属于本轮巡视受理范围。",
    en: "Within the round's acceptance scope.",
  });
  return { inScope: true, category, reasons, destination: destination("inspection-team") };
}
