import type * as z from "zod";
import { en, zhCN } from "zod/locales";
import { type Complaint, complaintSchema, type Disposition, dispositionSchema } from "./complaint-schema";
import { type ComplaintIssue, ComplaintValidationError } from "./complaints-error";

/** Options of the parse functions. */
export interface ParseComplaintOptions {
  /** Language of the issue messages (default `zh`). Chosen per parse: the global zod config is never touched. */
  readonly locale?: "zh" | "en";
}

/** The result of {@link safeParseComplaint}. */
export type SafeParseComplaintResult<T = Complaint> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ComplaintValidationError };

const zhLocale = zhCN();
const enLocale = en();

// Our own checks' messages in Chinese, keyed by the issue's `params.key`.
const ZH_MESSAGES: Record<string, string> = {
  "unknown-category": "类别代码不在分类表中",
  "unknown-taxonomy-version": "分类表版本未知",
  "repeat-of-without-repeat": "只有重复件（isRepeat 为 true）才能填写 repeatOf",
  "postmark-not-letter": "只有来信才有邮戳日期",
  "postmark-after-receipt": "邮戳日期不能晚于收信日期（北京时间）",
  "decided-before-received": "处理决定时间不能早于收到时间",
  "duplicate-category": "次要类别不能重复，也不能与主要类别相同",
  "referral-without-destination": "转办、移交时必须写明去向",
  "closed-without-closed-at": "办结时必须填写办结时间",
  "closed-before-decided": "办结时间不能早于处理决定时间",
};

function toIssues(error: z.ZodError, locale: "zh" | "en"): ComplaintIssue[] {
  return error.issues.map((issue) => {
    const key = issue.code === "custom" ? (issue.params as { key?: string } | undefined)?.key : undefined;
    const message = locale === "zh" && key && ZH_MESSAGES[key] ? ZH_MESSAGES[key] : issue.message;
    return { path: issue.path, code: issue.code, message };
  });
}

function run<T>(
  schema: z.ZodType<T>,
  what: string,
  input: unknown,
  options: ParseComplaintOptions,
): SafeParseComplaintResult<T> {
  const locale = options.locale ?? "zh";
  // reportInput stays off, so no issue ever carries the received (possibly confidential) value.
  const result = schema.safeParse(input, { error: (locale === "zh" ? zhLocale : enLocale).localeError });
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: new ComplaintValidationError(what, toIssues(result.error, locale)) };
}

/**
 * Validates a complaint without throwing.
 *
 * @param input - anything (typically parsed JSON)
 * @param options - `locale`: `zh` (default) or `en` for the messages
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue (path, code, message)
 * @example
 * const r = safeParseComplaint({ id: "c1", receivedAt: "2024-10-14T09:00:00+08:00", channel: "phone", complainant: { kind: "anonymous" }, isRepeat: false, subjects: [], content: "反映某局长收受礼金" });
 * r.success
 * //=> true
 */
export function safeParseComplaint(input: unknown, options: ParseComplaintOptions = {}): SafeParseComplaintResult {
  return run(complaintSchema, "complaint", input, options);
}

/**
 * Validates a complaint, throwing a typed error that keeps zod's issues.
 *
 * @param input - anything (typically parsed JSON)
 * @param options - `locale`: `zh` (default) or `en`
 * @returns the validated complaint (the input is not changed)
 * @throws {ComplaintValidationError} with `issues` (path, code, message); messages never echo the values
 * @example
 * parseComplaint({ id: "c1" }, { locale: "en" })
 * //=> throws ComplaintValidationError: Invalid complaint: 6 problems; first at receivedAt: …
 */
export function parseComplaint(input: unknown, options: ParseComplaintOptions = {}): Complaint {
  const result = safeParseComplaint(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Validates a disposition (what was decided about a complaint), throwing a typed error.
 *
 * @param input - anything
 * @param options - `locale`
 * @returns the validated disposition
 * @throws {ComplaintValidationError}
 * @example
 * parseDisposition({ status: "referred", decidedAt: "2024-10-15T10:00:00+08:00", destination: "petition-bureau" }).status
 * //=> "referred"
 */
export function parseDisposition(input: unknown, options: ParseComplaintOptions = {}): Disposition {
  const result = run(dispositionSchema, "disposition", input, options);
  if (!result.success) throw result.error;
  return result.data;
}
