import * as z from "zod";
import { OFFICE_HOURS_DAYS } from "./vocabulary";

const time = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const monthDay = z.string().regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/);
const minutes = (t: string) => (t === "24:00" ? 1440 : Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));

/**
 * A span of a day, `HH:MM`–`HH:MM` in Beijing time (the calendar's `TimeSegment`): it starts from 00:00 to 23:59 and
 * ends after its start, at 24:00 at the latest.
 *
 * @example
 * timeSegmentSchema.safeParse({ start: "14:30", end: "12:00" }).success
 * //=> false
 */
export const timeSegmentSchema = z
  .object({ start: time, end: time })
  .strict()
  .superRefine((s, ctx) => {
    if (s.start === "24:00")
      ctx.addIssue({ code: "custom", path: ["start"], message: "start: expected a time from 00:00 to 23:59" });
    else if (minutes(s.end) <= minutes(s.start))
      ctx.addIssue({ code: "custom", path: ["end"], message: `end: expected a time after the start ${s.start}` });
  })
  .meta({ id: "TimeSegment" });

/** Segments of one day, in order and not overlapping (as the calendar requires). */
const segmentsSchema = z.array(timeSegmentSchema).superRefine((segments, ctx) => {
  segments.forEach((s, i) => {
    const previous = segments[i - 1];
    if (previous && minutes(s.start) < minutes(previous.end))
      ctx.addIssue({
        code: "custom",
        path: [i, "start"],
        message: `start: expected segments in order and not overlapping (after ${previous.end})`,
      });
  });
});

/**
 * The zod schema of `@xunshi/calendar`'s `OfficeHoursSchedule`: when a desk or hotline is open (segments per day,
 * working days only or every day, seasons, dated exceptions). It accepts exactly the schedules the calendar's
 * `validateOfficeHoursSchedule` accepts (a property test holds the two together).
 *
 * @example
 * officeHoursScheduleSchema.parse({ days: "working-days", segments: [{ start: "08:30", end: "12:00" }] }).days
 * //=> "working-days"
 */
export const officeHoursScheduleSchema = z
  .object({
    name: z.string().min(1).exactOptional(),
    days: OFFICE_HOURS_DAYS.schema,
    segments: segmentsSchema,
    seasons: z
      .array(z.object({ name: z.string().min(1), from: monthDay, to: monthDay, segments: segmentsSchema }).strict())
      .exactOptional(),
    exceptions: z
      .array(
        z
          .object({
            date: z.iso.date(),
            closed: z.boolean().exactOptional(),
            segments: segmentsSchema.exactOptional(),
            reason: z.string().exactOptional(),
          })
          .strict()
          .refine((e) => e.closed === true || e.segments !== undefined, {
            message: "expected closed: true or segments",
          }),
      )
      .exactOptional(),
  })
  .strict()
  .meta({ id: "OfficeHoursSchedule" });

const count = z.number().int().nonnegative();
const periodSchema = z.union([
  z.object({ days: count }).strict(),
  z.object({ months: count }).strict(),
  z.object({ years: count }).strict(),
  z.object({ workingDays: count }).strict(),
  z.object({ hours: count }).strict(),
]);
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * The zod schema of `@xunshi/calendar`'s `DeadlineRule` format (the same format as its `deadline-rule.schema.json`),
 * for services that validate user rule sets with zod.
 *
 * @example
 * deadlineRuleSchema.safeParse({ id: "province.registration", title: { zh: "登记", en: "Registration" }, period: { workingDays: 5 }, startEvent: "received", source: { document: "某省信访条例", verified: true } }).success
 * //=> true
 */
export const deadlineRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
    title: text,
    period: periodSchema,
    startEvent: z.string().min(1),
    counting: z
      .object({
        includeStartDay: z.boolean().exactOptional(),
        rollForward: z.boolean().exactOptional(),
        weekendIsRestDay: z.boolean().exactOptional(),
      })
      .strict()
      .exactOptional(),
    extension: z.object({ max: periodSchema, approval: text.exactOptional() }).strict().exactOptional(),
    appliesWhen: text.exactOptional(),
    source: z
      .object({
        document: z.string().min(1),
        article: z.string().exactOptional(),
        url: z.string().exactOptional(),
        verified: z.boolean(),
        note: z.string().exactOptional(),
      })
      .strict(),
  })
  .strict()
  .meta({ id: "DeadlineRule" });
