/**
 * The intake pipeline: validate → suggest a category → assess scope → compute deadlines → (store), and the redacted
 * views. This is the ONE place where the service meets `@xunshi/complaints` and `@xunshi/domain`.
 *
 * ADAPTER NOTICE: when this file was written, `@xunshi/domain` (round schema, fixture) and the schema/scope/deadline/
 * redaction parts of `@xunshi/complaints` were not published yet. The pieces marked `ADAPTER` below are minimal local
 * stand-ins with the same roles; swap them for the library exports (complaintSchema, assessScope, deadlinesFor,
 * redact, the round fixture) as they land. Category suggestion and the calendar already use the libraries.
 */
import { z } from "@hono/zod-openapi";
import { addWorkingDays, isWorkingDay } from "@xunshi/calendar";
import { suggestCategories } from "@xunshi/complaints";
import type { View } from "./auth/access.js";

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000; // Asia/Shanghai: UTC+8, no DST since 1991.

/**
 * The civil date and minute of day of an instant in Asia/Shanghai (host time zone never used).
 *
 * @param iso - ISO instant with offset.
 * @returns `{ date: "YYYY-MM-DD", minutes }`.
 * @example
 * shanghaiParts("2024-10-12T01:30:00Z")
 * //=> { date: "2024-10-12", minutes: 570 }
 */
export function shanghaiParts(iso: string): { date: string; minutes: number } {
  const shifted = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString();
  return { date: shifted.slice(0, 10), minutes: Number(shifted.slice(11, 13)) * 60 + Number(shifted.slice(14, 16)) };
}

// ── ADAPTER: round (stand-in for @xunshi/domain's round schema and Shanxi 2024 round-6 fixture) ──

/** Office hours of an acceptance desk. */
export const officeHoursSchema = z
  .object({
    days: z.enum(["working-days", "every-day"]),
    segments: z.array(z.object({ open: z.string().regex(/^\d\d:\d\d$/), close: z.string().regex(/^\d\d:\d\d$/) })),
    source: z.string(),
  })
  .meta({ id: "OfficeHours" });

/** The acceptance window of a round. */
export const acceptanceWindowSchema = z
  .object({
    start: z.iso.date(),
    cutOff: z.iso.date(),
    officeHours: officeHoursSchema,
    channels: z.array(z.string()),
    source: z.string(),
  })
  .meta({ id: "AcceptanceWindow" });

/** The round the service takes complaints for. */
export const intakeRoundSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string(),
    acceptance: acceptanceWindowSchema,
  })
  .meta({ id: "Round" });

/** A round, as the service uses it. */
export type IntakeRound = z.infer<typeof intakeRoundSchema>;

/** The motivating round: Shanxi, 12th provincial committee, 6th inspection round (2024). */
export const shanxi2024Round6: IntakeRound = {
  id: "shanxi-2024-round-6",
  name: "十二届山西省委第六轮巡视",
  nameEn: "Shanxi 12th Provincial Committee, 6th inspection round (2024)",
  acceptance: {
    start: "2024-10-12",
    cutOff: "2025-01-07",
    officeHours: {
      days: "working-days",
      // "工作日正常上班时间" per the round's announcement; the exact hours are an assumption of this example.
      segments: [
        { open: "08:30", close: "12:00" },
        { open: "14:30", close: "17:30" },
      ],
      source: "round news report (acceptance on working days during office hours); hours assumed",
    },
    channels: ["phone", "letter", "visit", "online", "box"],
    source: "/work/shared/domain/reference.md §0: stationing 2024-10-12..14, acceptance until 2025-01-07",
  },
};

/**
 * Whether an instant is inside the acceptance window and its office hours.
 *
 * @param round - The round.
 * @param iso - The instant.
 * @returns Inside the window (by date), and inside office hours.
 * @example
 * acceptanceStatus(shanxi2024Round6, "2024-10-12T02:00:00Z")
 * //=> { date: "2024-10-12", withinWindow: true, withinOfficeHours: true }
 */
export function acceptanceStatus(
  round: IntakeRound,
  iso: string,
): { date: string; withinWindow: boolean; withinOfficeHours: boolean } {
  const { date, minutes } = shanghaiParts(iso);
  const { start, cutOff, officeHours } = round.acceptance;
  const withinWindow = date >= start && date <= cutOff;
  const dayOpen = officeHours.days === "every-day" || isWorkingDay(date);
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const withinOfficeHours =
    dayOpen && officeHours.segments.some((s) => minutes >= toMinutes(s.open) && minutes < toMinutes(s.close));
  return { date, withinWindow, withinOfficeHours };
}

// ── ADAPTER: complaint submission (stand-in for @xunshi/complaints complaintSchema) ──

const confidential = { confidential: true } as const;

/** A complaint as another system submits it (the server assigns the id). */
export const complaintSubmissionSchema = z
  .object({
    receivedAt: z.iso.datetime({ offset: true }).meta({ example: "2024-10-14T09:30:00+08:00" }),
    channel: z.enum(["letter", "phone", "visit", "email", "online", "sms", "box"]),
    roundId: z.string().min(1).max(128).meta({ example: "shanxi-2024-round-6" }),
    complainant: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("anonymous") }).strict(),
      z
        .object({
          kind: z.literal("named"),
          name: z.string().min(1).max(100).meta(confidential),
          contact: z.string().max(200).optional().meta(confidential),
          idNumber: z.string().max(32).optional().meta(confidential),
          address: z.string().max(500).optional().meta(confidential),
          unit: z.string().max(200).optional().meta(confidential),
        })
        .strict(),
    ]),
    repeat: z.boolean().default(false),
    subjects: z
      .array(
        z
          .object({
            name: z.string().max(100).optional(),
            unit: z.string().max(200).optional(),
            position: z.string().max(200).optional(),
          })
          .strict(),
      )
      .max(50)
      .default([]),
    content: z.string().min(1).max(50_000).meta(confidential),
    attachments: z
      .array(
        z
          .object({
            name: z.string().min(1).max(255),
            mediaType: z.string().max(127),
            size: z.number().int().nonnegative(),
            sha256: z.string().regex(/^[0-9a-f]{64}$/),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict()
  .meta({ id: "ComplaintSubmission" });

/** A validated submission. */
export type ComplaintSubmission = z.infer<typeof complaintSubmissionSchema>;

/** A staff categorization. */
export const categorizationSchema = z
  .object({
    primary: z.string().min(1).max(128).meta({ example: "integrity.gifts-and-money" }),
    secondary: z.array(z.string().min(1).max(128)).max(10).default([]),
    taxonomyVersion: z.string().min(1).max(32).optional(),
    note: z.string().max(2000).optional().meta(confidential),
  })
  .strict()
  .meta({ id: "Categorization" });

/** A disposition (how a complaint was handled). */
export const dispositionSchema = z
  .object({
    kind: z.enum(["accepted", "transferred", "handed-over", "no-action", "merged"]),
    destination: z.string().max(200).optional(),
    reason: z.string().max(2000).optional(),
    decidedOn: z.iso.date().optional(),
  })
  .strict()
  .meta({ id: "Disposition" });

/** What the pipeline stores for a complaint. */
export interface ComplaintDocument {
  complaint: ComplaintSubmission & { id: string };
  suggestion: ReturnType<typeof suggestCategories>;
  scope: { inScope: boolean; reasons: string[]; destination?: string };
  deadlines: { id: string; title: string; dueDate: string; explanation: string }[];
}

/**
 * Run the pipeline on a validated submission: suggest a category, assess scope, compute deadlines.
 *
 * @param submission - The validated submission.
 * @param id - The server-assigned id.
 * @param round - The round it was made to.
 * @returns The document to store.
 * @example
 * prepareComplaint(submission, "9b1d…", shanxi2024Round6).scope.inScope
 * //=> true
 */
export function prepareComplaint(submission: ComplaintSubmission, id: string, round: IntakeRound): ComplaintDocument {
  const suggestion = suggestCategories(submission.content, { limit: 3 });
  const status = acceptanceStatus(round, submission.receivedAt);
  const reasons: string[] = [];
  if (submission.roundId !== round.id) reasons.push("made to another round");
  if (!status.withinWindow) reasons.push("received outside the acceptance window");
  if (!suggestion.inScope) reasons.push("the matter is outside the inspection's remit");
  const inScope = reasons.length === 0;
  // ADAPTER: deadlines from the 检举控告工作规则 (reference §3.2), counted in working days with @xunshi/calendar.
  const deadlines: ComplaintDocument["deadlines"] = [];
  if (!inScope) {
    deadlines.push({
      id: "forward-5wd",
      title: "转送有关机关 / forward to the competent body",
      dueDate: addWorkingDays(status.date, 5),
      explanation: "5 working days after receipt (检举控告工作规则, reference §3.2)",
    });
  }
  if (submission.complainant.kind === "named" && !submission.repeat) {
    deadlines.push({
      id: "acceptance-notice-15wd",
      title: "告知实名检举控告人受理情况 / tell a named accuser whether it is accepted",
      dueDate: addWorkingDays(status.date, 15),
      explanation: "15 working days after receipt (检举控告工作规则, reference §3.3)",
    });
  }
  return {
    complaint: { ...submission, id },
    suggestion,
    scope: inScope
      ? { inScope, reasons }
      : { inScope, reasons, destination: "discipline commission / petition bureau" },
    deadlines,
  };
}

/**
 * The part of a stored complaint a view may see.
 *
 * @param document - The stored document.
 * @param view - The view.
 * @returns The redacted complaint (a new object; the input is not changed).
 * @example
 * redactComplaint(document, "statistics").complaint
 * //=> { id, receivedAt, channel, roundId, complainant: { kind: "named" }, attachmentsCount: 0 }
 */
export function redactComplaint(document: ComplaintDocument, view: View): Record<string, unknown> {
  const c = document.complaint;
  if (view === "full") return { ...document };
  const base = { id: c.id, receivedAt: c.receivedAt, channel: c.channel, roundId: c.roundId, repeat: c.repeat };
  const kindOnly = { kind: c.complainant.kind };
  switch (view) {
    case "handler": {
      const complainant =
        c.complainant.kind === "named" ? { ...c.complainant, idNumber: undefined } : { kind: c.complainant.kind };
      return {
        complaint: { ...c, complainant: JSON.parse(JSON.stringify(complainant)) },
        suggestion: document.suggestion,
        scope: document.scope,
        deadlines: document.deadlines,
      };
    }
    case "transfer":
      return {
        complaint: {
          ...base,
          complainant: kindOnly,
          subjects: c.subjects,
          content: c.content,
          attachments: c.attachments,
        },
        scope: document.scope,
      };
    case "accused-unit":
      return { complaint: { ...base, complainant: { kind: "withheld" }, subjects: c.subjects }, scope: document.scope };
    case "statistics":
      return {
        complaint: {
          ...base,
          complainant: kindOnly,
          subjectsCount: c.subjects.length,
          attachmentsCount: c.attachments.length,
        },
        scope: { inScope: document.scope.inScope },
      };
  }
}
