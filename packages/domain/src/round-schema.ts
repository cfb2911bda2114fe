import * as z from "zod";
import { addDaysIso, addMonthsIso } from "./internal/iso-date";
import { officeHoursScheduleSchema } from "./office-hours-schema";
import {
  bilingualSchema,
  CHANNEL_KINDS,
  FOCUS_AREAS,
  INSPECTION_KINDS,
  MATTERS,
  PARTY_ORGANIZATION_TYPES,
  PHASES,
  type Phase,
  ROUND_LEVELS,
  SPECIAL_CHECKS,
  SUBJECT_ROLES,
  TARGET_KINDS,
} from "./vocabulary";

const isoDate = z.iso.date();
const id = z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/);

/**
 * A person named in a round (a leader, deputy or member). Names are optional: a round may know only the post.
 *
 * @example
 * personSchema.parse({ name: "王某", title: "组长" }).title
 * //=> "组长"
 */
export const personSchema = z
  .object({ name: z.string().min(1).optional(), title: z.string().min(1).optional() })
  .strict()
  .meta({ id: "Person" });

/**
 * A round-specific authorization (一次一授权): the post is valid for this round only.
 *
 * @example
 * authorizationSchema.safeParse({ roundId: "shanxi-2024-round-6", announcedOn: "2024-10-10" }).success
 * //=> true
 */
export const authorizationSchema = z
  .object({ roundId: id, announcedOn: isoDate.optional(), note: z.string().optional() })
  .strict()
  .meta({ id: "Authorization" });

/**
 * An inspection team (巡视组): number, leader and deputies with their authorization, members.
 *
 * @example
 * teamSchema.parse({ number: 1, leader: { authorization: { roundId: "shanxi-2024-round-6" } } }).number
 * //=> 1
 */
export const teamSchema = z
  .object({
    number: z.number().int().positive(),
    name: bilingualSchema.optional(),
    leader: personSchema.extend({ authorization: authorizationSchema }).strict(),
    deputies: z.array(personSchema.extend({ authorization: authorizationSchema }).strict()).optional(),
    members: z.array(personSchema).optional(),
  })
  .strict()
  .meta({ id: "Team" });

/**
 * An inspected party organization (被巡视党组织). `parentId` places it under another target (a county under its
 * city). `inspected: false` marks a target listed only as context — the parent of inspected units, not inspected
 * itself in this round — which must not be assigned.
 *
 * @example
 * targetSchema.parse({ id: "jinzhong", name: { zh: "晋中市", en: "Jinzhong" }, kind: "city" }).kind
 * //=> "city"
 */
export const targetSchema = z
  .object({
    id,
    name: bilingualSchema,
    kind: TARGET_KINDS.schema,
    parentId: id.optional(),
    partyOrganizationType: PARTY_ORGANIZATION_TYPES.schema.optional(),
    inspected: z.boolean().optional(),
  })
  .strict()
  .meta({ id: "Target" });

/**
 * Targets a round knows by count (e.g. "17 universities", two of them named): `count` is the whole group, `named` the
 * ids of the targets known by name. Nothing is invented for the others.
 *
 * @example
 * targetGroupSchema.parse({ id: "universities", label: { zh: "17所高校", en: "17 universities" }, kind: "university", count: 17, named: ["tyut"] }).count
 * //=> 17
 */
export const targetGroupSchema = z
  .object({
    id,
    label: bilingualSchema,
    kind: TARGET_KINDS.schema,
    count: z.number().int().positive(),
    named: z.array(id),
    parentIds: z.array(id).optional(),
  })
  .strict()
  .meta({ id: "TargetGroup" });

/**
 * Which teams inspect which targets, and how (常规/机动…); `oneToN` records the 一托N pattern.
 *
 * @example
 * assignmentSchema.parse({ id: "cities", teams: [1, 2, 3, 4], kind: "regular", groups: ["counties"], oneToN: 3 }).oneToN
 * //=> 3
 */
export const assignmentSchema = z
  .object({
    id,
    teams: z.array(z.number().int().positive()).min(1),
    kind: INSPECTION_KINDS.schema,
    targets: z.array(id).optional(),
    groups: z.array(id).optional(),
    targetCount: z.number().int().positive().optional(),
    oneToN: z.number().int().min(2).optional(),
  })
  .strict()
  .meta({ id: "Assignment" });

/**
 * A phase event with its dates (a phase may span days, rest days included: stationing ran Sat–Mon in 2024).
 *
 * @example
 * phaseEventSchema.parse({ phase: "stationing", from: "2024-10-12", to: "2024-10-14" }).phase
 * //=> "stationing"
 */
export const phaseEventSchema = z
  .object({ phase: PHASES.schema, from: isoDate, to: isoDate.optional(), note: z.string().optional() })
  .strict()
  .meta({ id: "PhaseEvent" });

/**
 * A channel a round opens: the hotline number, the postal box, the address.
 *
 * @example
 * roundChannelSchema.parse({ kind: "postal-box", address: "太原市某邮政信箱" }).kind
 * //=> "postal-box"
 */
export const roundChannelSchema = z
  .object({ kind: CHANNEL_KINDS.schema, address: z.string().min(1).optional(), note: z.string().optional() })
  .strict()
  .meta({ id: "RoundChannel" });

/**
 * What and whom a round accepts complaints about.
 *
 * @example
 * acceptanceScopeSchema.parse({ subjectRoles: ["leadership-team"], matters: ["integrity"] }).matters
 * //=> ["integrity"]
 */
export const acceptanceScopeSchema = z
  .object({
    subjectRoles: z.array(SUBJECT_ROLES.schema).min(1),
    includesRetiredOrTransferred: z.boolean().optional(),
    matters: z.array(MATTERS.schema).min(1),
  })
  .strict()
  .meta({ id: "AcceptanceScope" });

/**
 * The acceptance window: first day, cut-off (inclusive), hours, channels and scope.
 *
 * @example
 * acceptanceSchema.parse(shanxi2024Round6.acceptance).cutoff
 * //=> "2025-01-07"
 */
export const acceptanceSchema = z
  .object({
    start: isoDate,
    cutoff: isoDate,
    officeHours: officeHoursScheduleSchema,
    channels: z.array(roundChannelSchema).min(1),
    scope: acceptanceScopeSchema,
  })
  .strict()
  .meta({ id: "Acceptance" });

const focusAreaSchema = z.union([
  z.object({ code: FOCUS_AREAS.schema }).strict(),
  z.object({ custom: bilingualSchema }).strict(),
]);
const specialCheckSchema = z.union([
  z.object({ code: SPECIAL_CHECKS.schema }).strict(),
  z.object({ custom: bilingualSchema }).strict(),
]);

/**
 * The key dates of a round. `onSiteDuration` ("about 3 months") derives the on-site end when `onSiteEnd` is absent.
 *
 * @example
 * keyDatesSchema.parse({ stationing: { from: "2024-10-12", to: "2024-10-14" }, onSiteDuration: { months: 3 } }).stationing.from
 * //=> "2024-10-12"
 */
export const keyDatesSchema = z
  .object({
    mobilization: isoDate.optional(),
    stationing: z.object({ from: isoDate, to: isoDate }).strict(),
    onSiteDuration: z
      .union([
        z.object({ months: z.number().int().positive() }).strict(),
        z.object({ days: z.number().int().positive() }).strict(),
      ])
      .optional(),
    onSiteEnd: isoDate.optional(),
    feedback: isoDate.optional(),
  })
  .strict()
  .meta({ id: "KeyDates" });

/** The last on-site day: `onSiteEnd`, else stationing start + `onSiteDuration`, else `undefined`. @internal */
export function onSiteEndOf(keyDates: z.infer<typeof keyDatesSchema>): string | undefined {
  if (keyDates.onSiteEnd) return keyDates.onSiteEnd;
  const d = keyDates.onSiteDuration;
  if (!d) return undefined;
  return "months" in d
    ? addMonthsIso(keyDates.stationing.from, d.months)
    : addDaysIso(keyDates.stationing.from, d.days);
}

type Ctx = z.core.$RefinementCtx<unknown>;
/** Adds a custom issue with a stable key and its message in English (the issue's message) and Chinese (`params.zh`). */
const fail = (ctx: Ctx, key: string, path: PropertyKey[], en: string, zh: string) =>
  ctx.addIssue({ code: "custom", path, message: en, params: { key, zh } });

/**
 * An inspection round (one 轮 of a committee's 届): who dispatches it, its kinds, teams, targets, assignments, phases
 * and acceptance window. Dates are ISO strings. The refinements check the invariants: team numbers unique; every
 * assignment's teams, targets and groups exist; every named target assigned to exactly one team (group) per kind;
 * counts consistent; authorizations for this round; the acceptance cut-off inside the on-site period; phases in order.
 *
 * @example
 * roundSchema.safeParse(shanxi2024Round6).success
 * //=> true
 */
export const roundSchema = z
  .object({
    id,
    name: bilingualSchema,
    level: ROUND_LEVELS.schema,
    dispatchingBody: z.object({ name: bilingualSchema }).strict(),
    term: z.number().int().positive().optional(),
    roundNumber: z.number().int().positive(),
    kinds: z.array(INSPECTION_KINDS.schema).min(1),
    leadingGroup: z
      .object({ leader: personSchema.optional(), deputyLeaders: z.array(personSchema).optional() })
      .strict()
      .optional(),
    focusAreas: z.array(focusAreaSchema),
    specialChecks: z.array(specialCheckSchema),
    keyDates: keyDatesSchema,
    teams: z.array(teamSchema).min(1),
    targets: z.array(targetSchema),
    targetGroups: z.array(targetGroupSchema).optional(),
    assignments: z.array(assignmentSchema),
    events: z.array(phaseEventSchema).optional(),
    acceptance: acceptanceSchema,
  })
  .strict()
  .superRefine((round, ctx) => {
    // Team numbers are unique; leaders and deputies are authorized for this round (一次一授权).
    const numbers = new Set<number>();
    round.teams.forEach((team, i) => {
      if (numbers.has(team.number))
        fail(
          ctx,
          "duplicate-team-number",
          ["teams", i, "number"],
          `team number ${team.number} is used twice: expected unique team numbers`,
          `巡视组编号重复：第${team.number}组出现两次`,
        );
      numbers.add(team.number);
      const authorized = [
        { who: team.leader, path: ["teams", i, "leader", "authorization", "roundId"] },
        ...(team.deputies ?? []).map((d, j) => ({
          who: d,
          path: ["teams", i, "deputies", j, "authorization", "roundId"],
        })),
      ];
      for (const { who, path } of authorized)
        if (who.authorization.roundId !== round.id)
          fail(
            ctx,
            "authorization-other-round",
            path,
            `expected an authorization for this round (${round.id}), received one for ${who.authorization.roundId}`,
            `授权须针对本轮巡视（一次一授权）：应为 ${round.id}，实为 ${who.authorization.roundId}`,
          );
    });

    const targets = new Map(round.targets.map((t) => [t.id, t]));
    const seenTargets = new Set<string>();
    round.targets.forEach((t, i) => {
      if (seenTargets.has(t.id))
        fail(
          ctx,
          "duplicate-target-id",
          ["targets", i, "id"],
          `target id ${t.id} is used twice: expected unique ids`,
          `被巡视单位编号重复：${t.id}`,
        );
      seenTargets.add(t.id);
      if (t.parentId !== undefined && (t.parentId === t.id || !targets.has(t.parentId)))
        fail(
          ctx,
          "unknown-parent",
          ["targets", i, "parentId"],
          `expected the id of another target, received ${t.parentId}`,
          `上级单位编号不存在：${t.parentId}`,
        );
    });

    const groups = new Map((round.targetGroups ?? []).map((g) => [g.id, g]));
    const namedInGroups = new Map<string, string>();
    (round.targetGroups ?? []).forEach((g, i) => {
      if (g.named.length > g.count)
        fail(
          ctx,
          "group-count",
          ["targetGroups", i, "named"],
          `${g.named.length} named targets exceed the group's count ${g.count}`,
          `已列名单位数（${g.named.length}）超过该组总数（${g.count}）`,
        );
      g.named.forEach((t, j) => {
        const target = targets.get(t);
        const path = ["targetGroups", i, "named", j];
        if (!target)
          fail(ctx, "unknown-target", path, `expected the id of a target, received ${t}`, `被巡视单位不存在：${t}`);
        else if (target.kind !== g.kind)
          fail(
            ctx,
            "group-kind",
            path,
            `target kind ${target.kind} differs from the group's kind ${g.kind}`,
            `单位类型（${target.kind}）与分组类型（${g.kind}）不一致`,
          );
        const other = namedInGroups.get(t);
        if (other !== undefined)
          fail(
            ctx,
            "target-in-two-groups",
            path,
            `target ${t} is already named in group ${other}`,
            `单位 ${t} 已列入分组 ${other}`,
          );
        namedInGroups.set(t, g.id);
      });
      g.parentIds?.forEach((p, j) => {
        if (!targets.has(p))
          fail(
            ctx,
            "unknown-parent",
            ["targetGroups", i, "parentIds", j],
            `expected the id of a target, received ${p}`,
            `上级单位编号不存在：${p}`,
          );
      });
    });

    // Every named target is assigned exactly once per kind; counts add up.
    const covered = new Map<string, string>(); // `${kind}|${target}` → assignment id
    const assignedTargets = new Set<string>();
    const seenAssignments = new Set<string>();
    round.assignments.forEach((a, i) => {
      if (seenAssignments.has(a.id))
        fail(
          ctx,
          "duplicate-assignment-id",
          ["assignments", i, "id"],
          `assignment id ${a.id} is used twice`,
          `任务分工编号重复：${a.id}`,
        );
      seenAssignments.add(a.id);
      a.teams.forEach((n, j) => {
        if (!numbers.has(n))
          fail(
            ctx,
            "unknown-team",
            ["assignments", i, "teams", j],
            `expected one of the round's teams, received ${n}`,
            `第${n}巡视组不存在`,
          );
      });
      const named: Array<[string, PropertyKey[]]> = [];
      a.targets?.forEach((t, j) => {
        const path = ["assignments", i, "targets", j];
        if (!targets.has(t))
          fail(ctx, "unknown-target", path, `expected the id of a target, received ${t}`, `被巡视单位不存在：${t}`);
        else if (targets.get(t)?.inspected === false)
          fail(
            ctx,
            "target-not-inspected",
            path,
            `target ${t} is marked inspected: false (context only): expected an inspected target`,
            `单位 ${t} 标注为不被巡视（仅作上级单位），不能分配`,
          );
        else if (namedInGroups.has(t))
          fail(
            ctx,
            "target-assigned-twice",
            path,
            `target ${t} is named in group ${namedInGroups.get(t)}: assign the group instead`,
            `单位 ${t} 已列入分组 ${namedInGroups.get(t)}，应分配该分组`,
          );
        else named.push([t, path]);
      });
      let total = a.targets?.length ?? 0;
      a.groups?.forEach((gid, j) => {
        const g = groups.get(gid);
        if (!g)
          fail(
            ctx,
            "unknown-group",
            ["assignments", i, "groups", j],
            `expected the id of a target group, received ${gid}`,
            `单位分组不存在：${gid}`,
          );
        else {
          total += g.count;
          for (const t of g.named) named.push([t, ["assignments", i, "groups", j]]);
        }
      });
      if ((a.targets?.length ?? 0) + (a.groups?.length ?? 0) === 0)
        fail(
          ctx,
          "empty-assignment",
          ["assignments", i],
          "expected targets or groups, received neither",
          "任务分工须包含被巡视单位或分组",
        );
      for (const [t, path] of named) {
        const key = `${a.kind}|${t}`;
        const other = covered.get(key);
        if (other !== undefined)
          fail(
            ctx,
            "target-assigned-twice",
            path,
            `target ${t} is already assigned (${other}) for ${a.kind} inspection: expected one team block per kind`,
            `同一巡视方式下，单位 ${t} 已分配（${other}）`,
          );
        covered.set(key, a.id);
        assignedTargets.add(t);
      }
      if (a.targetCount !== undefined && a.targetCount !== total)
        fail(
          ctx,
          "count-mismatch",
          ["assignments", i, "targetCount"],
          `declared ${a.targetCount} targets, but the targets and groups add up to ${total}`,
          `单位数量不一致：声明${a.targetCount}个，实际合计${total}个`,
        );
      if (a.oneToN !== undefined && a.oneToN * a.teams.length !== total)
        fail(
          ctx,
          "count-mismatch",
          ["assignments", i, "oneToN"],
          `${a.teams.length} teams × ${a.oneToN} = ${a.teams.length * a.oneToN}, but there are ${total} targets`,
          `“一托${a.oneToN}”与单位数量不一致：${a.teams.length}个组×${a.oneToN}=${a.teams.length * a.oneToN}，实际${total}个`,
        );
      if (!round.kinds.includes(a.kind))
        fail(
          ctx,
          "kind-not-in-round",
          ["assignments", i, "kind"],
          `expected one of the round's kinds (${round.kinds.join(", ")}), received ${a.kind}`,
          `巡视方式（${a.kind}）不在本轮巡视方式之列`,
        );
    });
    round.targets.forEach((t, i) => {
      if (t.inspected === false) return;
      if (!assignedTargets.has(t.id))
        fail(
          ctx,
          "target-unassigned",
          ["targets", i],
          `target ${t.id} is not assigned to any team`,
          `单位 ${t.id} 未分配巡视组`,
        );
    });

    // Dates: stationing, acceptance window inside the on-site period.
    const { stationing } = round.keyDates;
    if (stationing.to < stationing.from)
      fail(
        ctx,
        "date-order",
        ["keyDates", "stationing", "to"],
        `expected the stationing to end on or after ${stationing.from}, received ${stationing.to}`,
        `进驻结束日期（${stationing.to}）早于开始日期（${stationing.from}）`,
      );
    const { mobilization, feedback, onSiteEnd } = round.keyDates;
    if (mobilization && mobilization > stationing.from)
      fail(
        ctx,
        "date-order",
        ["keyDates", "mobilization"],
        `expected the mobilization meeting on or before the stationing (${stationing.from}), received ${mobilization}`,
        `动员部署会（${mobilization}）应不晚于进驻（${stationing.from}）`,
      );
    if (onSiteEnd && onSiteEnd < stationing.to)
      fail(
        ctx,
        "date-order",
        ["keyDates", "onSiteEnd"],
        `expected the on-site end on or after the stationing (${stationing.to}), received ${onSiteEnd}`,
        `驻点结束日期（${onSiteEnd}）早于进驻（${stationing.to}）`,
      );
    const end = onSiteEndOf(round.keyDates);
    if (feedback && feedback < (end ?? stationing.to))
      fail(
        ctx,
        "date-order",
        ["keyDates", "feedback"],
        `expected the feedback after the on-site period (${end ?? stationing.to}), received ${feedback}`,
        `反馈（${feedback}）应在驻点结束（${end ?? stationing.to}）之后`,
      );
    const { start, cutoff } = round.acceptance;
    if (cutoff < start)
      fail(
        ctx,
        "date-order",
        ["acceptance", "cutoff"],
        `expected the cut-off on or after the start (${start}), received ${cutoff}`,
        `受理截止日（${cutoff}）早于受理开始日（${start}）`,
      );
    if (start < (mobilization ?? stationing.from))
      fail(
        ctx,
        "date-order",
        ["acceptance", "start"],
        `expected the acceptance to start on or after ${mobilization ? "the mobilization meeting" : "the stationing"} (${mobilization ?? stationing.from}), received ${start}`,
        `受理开始日（${start}）早于${mobilization ? "动员部署会" : "进驻"}（${mobilization ?? stationing.from}）`,
      );
    if (cutoff < stationing.from || (end !== undefined && cutoff > end))
      fail(
        ctx,
        "cutoff-outside-on-site",
        ["acceptance", "cutoff"],
        `expected the cut-off inside the on-site period (${stationing.from} to ${end ?? "its end"}), received ${cutoff}`,
        `受理截止日（${cutoff}）须在驻点期间内（${stationing.from}至${end ?? "驻点结束"}）`,
      );

    // Phases in order.
    const order = (p: Phase) => PHASES.codes.indexOf(p);
    const events = round.events ?? [];
    events.forEach((e, i) => {
      if (e.to !== undefined && e.to < e.from)
        fail(
          ctx,
          "date-order",
          ["events", i, "to"],
          `expected the ${e.phase} event to end on or after ${e.from}, received ${e.to}`,
          `${PHASES.labels[e.phase].zh}结束日期（${e.to}）早于开始日期（${e.from}）`,
        );
      events.forEach((f, j) => {
        if (j <= i) return;
        if (f.phase === e.phase)
          fail(
            ctx,
            "duplicate-phase",
            ["events", j, "phase"],
            `phase ${f.phase} appears twice`,
            `阶段重复：${PHASES.labels[f.phase].zh}`,
          );
        const [early, late, at] = order(e.phase) < order(f.phase) ? [e, f, j] : [f, e, i];
        if (late.from < early.from)
          fail(
            ctx,
            "phase-order",
            ["events", at, "from"],
            `expected ${late.phase} on or after ${early.phase} (${early.from}), received ${late.from}`,
            `${PHASES.labels[late.phase].zh}（${late.from}）不能早于${PHASES.labels[early.phase].zh}（${early.from}）`,
          );
      });
    });
  })
  .meta({ id: "Round", title: "巡视巡察轮次 / Inspection round" });

/** An inspection round. */
export type Round = z.infer<typeof roundSchema>;
/** A round before validation. */
export type RoundInput = z.input<typeof roundSchema>;
/** A team. */
export type Team = z.infer<typeof teamSchema>;
/** A target. */
export type Target = z.infer<typeof targetSchema>;
/** A target group. */
export type TargetGroup = z.infer<typeof targetGroupSchema>;
/** An assignment. */
export type Assignment = z.infer<typeof assignmentSchema>;
/** A phase event. */
export type PhaseEvent = z.infer<typeof phaseEventSchema>;
/** The acceptance window. */
export type Acceptance = z.infer<typeof acceptanceSchema>;
