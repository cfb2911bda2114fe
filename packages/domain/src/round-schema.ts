import * as z from "zod";
import { officeHoursScheduleSchema } from "./office-hours-schema";
import {
  bilingualSchema,
  CHANNEL_KINDS,
  FOCUS_AREAS,
  INSPECTION_KINDS,
  MATTERS,
  PARTY_ORGANIZATION_TYPES,
  PHASES,
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
 * An inspected party organization (被巡视党组织).
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

/** Adds months to an ISO date, clamping to the month's last day (民法典 art. 202). @internal */
export function addMonthsIso(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** Adds days to an ISO date. @internal */
export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

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
const fail = (ctx: Ctx, key: string, path: PropertyKey[], message: string) =>
  ctx.addIssue({ code: "custom", path, message, params: { key } });

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
        fail(ctx, "duplicate-team-number", ["teams", i, "number"], `team number ${team.number} is used twice`);
      numbers.add(team.number);
      if (team.leader.authorization.roundId !== round.id)
        fail(
          ctx,
          "authorization-other-round",
          ["teams", i, "leader", "authorization", "roundId"],
          `authorization must be for this round (${round.id})`,
        );
      team.deputies?.forEach((d, j) => {
        if (d.authorization.roundId !== round.id)
          fail(
            ctx,
            "authorization-other-round",
            ["teams", i, "deputies", j, "authorization", "roundId"],
            `authorization must be for this round (${round.id})`,
          );
      });
    });

    const targets = new Map(round.targets.map((t) => [t.id, t]));
    if (targets.size !== round.targets.length)
      fail(ctx, "duplicate-target-id", ["targets"], "target ids must be unique");
    round.targets.forEach((t, i) => {
      if (t.parentId !== undefined && (t.parentId === t.id || !targets.has(t.parentId)))
        fail(ctx, "unknown-parent", ["targets", i, "parentId"], "parentId: expected the id of another target");
    });

    const groups = new Map((round.targetGroups ?? []).map((g) => [g.id, g]));
    (round.targetGroups ?? []).forEach((g, i) => {
      if (g.named.length > g.count)
        fail(
          ctx,
          "group-count",
          ["targetGroups", i, "named"],
          `${g.named.length} named targets exceed the group's count ${g.count}`,
        );
      g.named.forEach((t, j) => {
        const target = targets.get(t);
        if (!target) fail(ctx, "unknown-target", ["targetGroups", i, "named", j], "expected the id of a target");
        else if (target.kind !== g.kind)
          fail(
            ctx,
            "group-kind",
            ["targetGroups", i, "named", j],
            `target kind ${target.kind} differs from the group's kind ${g.kind}`,
          );
      });
    });

    // Every named target is assigned exactly once per kind; counts add up.
    const covered = new Map<string, string>(); // `${kind}|${target}` → assignment id
    round.assignments.forEach((a, i) => {
      a.teams.forEach((n, j) => {
        if (!numbers.has(n)) fail(ctx, "unknown-team", ["assignments", i, "teams", j], `team ${n} does not exist`);
      });
      const named: Array<[string, PropertyKey[]]> = [];
      a.targets?.forEach((t, j) => {
        if (!targets.has(t))
          fail(ctx, "unknown-target", ["assignments", i, "targets", j], "expected the id of a target");
        else named.push([t, ["assignments", i, "targets", j]]);
      });
      let total = a.targets?.length ?? 0;
      a.groups?.forEach((gid, j) => {
        const g = groups.get(gid);
        if (!g) fail(ctx, "unknown-group", ["assignments", i, "groups", j], "expected the id of a target group");
        else {
          total += g.count;
          for (const t of g.named) named.push([t, ["assignments", i, "groups", j]]);
        }
      });
      if ((a.targets?.length ?? 0) + (a.groups?.length ?? 0) === 0)
        fail(ctx, "empty-assignment", ["assignments", i], "an assignment needs targets or groups");
      for (const [t, path] of named) {
        const key = `${a.kind}|${t}`;
        const other = covered.get(key);
        if (other !== undefined)
          fail(
            ctx,
            "target-assigned-twice",
            path,
            `target ${t} is already assigned (${other}) for ${a.kind} inspection`,
          );
        covered.set(key, a.id);
      }
      if (a.targetCount !== undefined && a.targetCount !== total)
        fail(
          ctx,
          "count-mismatch",
          ["assignments", i, "targetCount"],
          `declared ${a.targetCount} targets, but the targets and groups add up to ${total}`,
        );
      if (a.oneToN !== undefined && a.oneToN * a.teams.length !== total)
        fail(
          ctx,
          "count-mismatch",
          ["assignments", i, "oneToN"],
          `${a.teams.length} teams × ${a.oneToN} = ${a.teams.length * a.oneToN}, but there are ${total} targets`,
        );
      if (!round.kinds.includes(a.kind))
        fail(ctx, "kind-not-in-round", ["assignments", i, "kind"], `kind ${a.kind} is not among the round's kinds`);
    });
    round.targets.forEach((t, i) => {
      if (![...covered.keys()].some((k) => k.endsWith(`|${t.id}`)))
        fail(ctx, "target-unassigned", ["targets", i], `target ${t.id} is not assigned to any team`);
    });

    // Dates: stationing, acceptance window inside the on-site period.
    const { stationing } = round.keyDates;
    if (stationing.to < stationing.from)
      fail(ctx, "date-order", ["keyDates", "stationing", "to"], "stationing ends before it starts");
    if (round.keyDates.mobilization && round.keyDates.mobilization > stationing.from)
      fail(ctx, "date-order", ["keyDates", "mobilization"], "the mobilization meeting comes before stationing");
    const { start, cutoff } = round.acceptance;
    if (cutoff < start) fail(ctx, "date-order", ["acceptance", "cutoff"], "the cut-off comes before the start");
    const end = onSiteEndOf(round.keyDates);
    if (cutoff < stationing.from || (end !== undefined && cutoff > end))
      fail(
        ctx,
        "cutoff-outside-on-site",
        ["acceptance", "cutoff"],
        `the cut-off must fall inside the on-site period (${stationing.from} to ${end ?? "?"})`,
      );

    // Phases in order.
    const order = (p: string) => PHASES.codes.indexOf(p as (typeof PHASES.codes)[number]);
    const events = round.events ?? [];
    events.forEach((e, i) => {
      if (e.to !== undefined && e.to < e.from)
        fail(ctx, "date-order", ["events", i, "to"], "the event ends before it starts");
      events.forEach((f, j) => {
        if (j <= i) return;
        if (f.phase === e.phase) fail(ctx, "duplicate-phase", ["events", j, "phase"], `phase ${f.phase} appears twice`);
        const [early, late, at] = order(e.phase) < order(f.phase) ? [e, f, j] : [f, e, i];
        if (late.from < early.from)
          fail(
            ctx,
            "phase-order",
            ["events", at, "from"],
            `${late.phase} (${late.from}) cannot come before ${early.phase} (${early.from})`,
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
