import { type Complaint, safeParseComplaint } from "@xunshi/complaints";
import type { Lang } from "./i18n";

/** A problem with one line, without any of the line's values. */
export interface LineIssue {
  readonly path: string;
  readonly message: string;
}

/** The outcome of reading one JSONL line. */
export type ParsedLine =
  | { readonly ok: true; readonly complaint: Complaint }
  | { readonly ok: false; readonly issues: readonly LineIssue[]; readonly id?: string };

/**
 * Reads one JSONL line as a complaint document (`@xunshi/complaints`' `safeParseComplaint`). Never throws, and never
 * echoes values (they may identify the complainant): only paths and what was expected.
 *
 * @param line - one line of the batch
 * @param lang - the language of the messages
 * @returns the complaint, or the issues with the record's id when it is readable
 */
export function parseIntakeLine(line: string, lang: Lang = "en"): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    const message =
      lang === "zh" ? "应为一个 JSON 对象，收到的不是有效的 JSON" : "expected one JSON object, received invalid JSON";
    return { ok: false, issues: [{ path: "(line)", message }] };
  }
  const result = safeParseComplaint(value, { locale: lang });
  if (result.success) return { ok: true, complaint: result.data };
  const id =
    typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string"
      ? (value as { id: string }).id.slice(0, 64)
      : undefined;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join(".") : "(record)",
    message: issue.message,
  }));
  return id === undefined ? { ok: false, issues } : { ok: false, issues, id };
}
