import type { ComplaintIssue } from "@xunshi/complaints";
import type { Bilingual, Lang } from "./i18n";

// Clerk-facing wording for the issues zod's generic locales describe in schema terms (regexes, enum literals).
// The issues still come from the library's `safeParseComplaint`: the page only rewords the ones it knows.
const BY_FIELD: Record<string, Partial<Record<string, Bilingual>>> = {
  receivedAt: {
    invalid_format: { zh: "请填写收到的日期和时间", en: "Enter the date and time it was received" },
  },
  postmarkDate: {
    invalid_format: { zh: "请填写邮戳上的日期", en: "Enter the date on the postmark" },
  },
  "complainant.idNumber": {
    invalid_format: {
      zh: "身份证号应为18位：前17位为数字，最后一位为数字或X",
      en: "An ID number has 18 characters: 17 digits, then a digit or X",
    },
  },
  role: {
    invalid_value: { zh: "请选择被反映人的身份", en: "Choose the person's role" },
  },
  rankLevel: {
    invalid_value: { zh: "请选择级别", en: "Choose a rank" },
  },
  channel: {
    invalid_value: { zh: "请选择受理渠道", en: "Choose a channel" },
  },
};

const REQUIRED: Bilingual = { zh: "此项必填", en: "This field is required" };

/**
 * The message a clerk reads for a validation issue: reworded when the page knows the field and the issue kind,
 * else the library's own (localized) message.
 *
 * @param issue - an issue from `safeParseComplaint` (in the same language as `lang`)
 * @param lang - the language
 * @returns the message
 * @example
 * friendlyMessage({ path: ["content"], code: "too_small", message: "数值过小：期望 string >=1 字符" }, "zh")
 * //=> "此项必填"
 */
export function friendlyMessage(issue: ComplaintIssue, lang: Lang): string {
  const path = issue.path.map(String).join(".");
  const last = String(issue.path[issue.path.length - 1] ?? "");
  const known = BY_FIELD[path]?.[issue.code] ?? BY_FIELD[last]?.[issue.code];
  if (known) return known[lang];
  // Every minimum in the complaint schema is "at least one character": a required text left empty.
  if (issue.code === "too_small") return REQUIRED[lang];
  return issue.message;
}
