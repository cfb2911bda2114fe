import { parseDate } from "@xunshi/calendar";
import * as z from "zod";

/**
 * One line of the desk's JSONL batch: a complaint document in the shape of `@xunshi/complaints`' `complaintSchema`.
 *
 * LOCAL ADAPTER: when this example was written, `@xunshi/complaints` did not export its complaint schema yet. This
 * mirror keeps only the fields the desk reads, with the same names and codes, so that lines written for it are
 * complaint documents. Replace it with `safeParseComplaint` once that is exported.
 */
export const CHANNELS = ["letter", "phone", "visit", "email", "online", "sms", "suggestion-box"] as const;
export type Channel = (typeof CHANNELS)[number];

export const SUBJECT_ROLES = ["leadership-team", "next-level-principal", "key-post", "other"] as const;
export type SubjectRole = (typeof SUBJECT_ROLES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

const isoDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s), {
  message: "expected a real calendar date YYYY-MM-DD",
});
const isoInstant = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)$/.test(s) && isRealDate(s.slice(0, 10)),
    {
      message: "expected an ISO instant with offset on a real date, e.g. 2024-10-15T09:30:00+08:00",
    },
  );

function isRealDate(iso: string): boolean {
  try {
    parseDate(iso);
    return true;
  } catch {
    return false;
  }
}

const complainantSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("anonymous") }),
  z.object({
    kind: z.literal("named"),
    name: text(100),
    contact: text(100).optional(),
    idNumber: z.string().optional(),
    address: text(300).optional(),
    unit: text(200).optional(),
  }),
]);

const subjectSchema = z.object({
  name: text(100).optional(),
  unit: text(200).optional(),
  position: text(200).optional(),
  role: z.enum(SUBJECT_ROLES),
});

export const intakeRecordSchema = z
  .object({
    id: z.string().regex(/^[\w.:-]{1,64}$/),
    receivedAt: isoInstant,
    /** Letters: the postmark date, which decides timeliness. */
    postmarkDate: isoDate.optional(),
    channel: z.enum(CHANNELS),
    roundId: z.string().min(1).optional(),
    teamNumber: z.number().int().positive(),
    targetId: z.string().min(1).optional(),
    complainant: complainantSchema,
    isRepeat: z.boolean(),
    subjects: z.array(subjectSchema).max(50),
    content: text(200_000),
  })
  .superRefine((c, ctx) => {
    if (c.postmarkDate !== undefined && c.channel !== "letter")
      ctx.addIssue({ code: "custom", path: ["postmarkDate"], message: "only letters have a postmark" });
  });

export type IntakeRecord = z.infer<typeof intakeRecordSchema>;

/** A problem with one line, without any of the line's content. */
export interface LineIssue {
  readonly path: string;
  readonly message: string;
}

export type ParsedLine =
  | { readonly ok: true; readonly record: IntakeRecord }
  | { readonly ok: false; readonly issues: readonly LineIssue[]; readonly id?: string };

/**
 * Parses one JSONL line. Never throws, and never echoes values (they may identify the complainant): only paths and
 * what was expected.
 */
export function parseIntakeLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, issues: [{ path: "(line)", message: "expected one JSON object, received invalid JSON" }] };
  }
  const result = intakeRecordSchema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  const id =
    typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string"
      ? (value as { id: string }).id
      : undefined;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join(".") : "(record)",
    message: issue.message,
  }));
  return id === undefined ? { ok: false, issues } : { ok: false, issues, id };
}
