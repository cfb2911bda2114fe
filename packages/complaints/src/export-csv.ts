import type { ScopeAssessment } from "./assess-scope";
import type { Complaint } from "./complaint-schema";
import { redact } from "./redact";
import { findCategory } from "./taxonomy";

/**
 * The fixed column order of {@link toCSV}.
 *
 * @example
 * CSV_COLUMNS.slice(0, 3)
 * //=> ["id", "received_date", "channel"]
 */
export const CSV_COLUMNS = [
  "id",
  "received_date",
  "channel",
  "round_id",
  "team_number",
  "target_id",
  "complainant_kind",
  "is_repeat",
  "subject_roles",
  "category",
  "category_label_zh",
  "category_top_level",
  "in_scope",
  "destination",
  "status",
] as const;

/** Options of {@link toCSV}. */
export interface ToCsvOptions {
  /** Scope decisions by complaint id, to fill `in_scope` and `destination`. */
  readonly scope?: ReadonlyMap<string, ScopeAssessment>;
  /** Prefix a UTF-8 byte-order mark so spreadsheet programs read Chinese correctly (default `true`). */
  readonly bom?: boolean;
}

/**
 * Escapes a CSV cell: quotes it when needed, and defuses spreadsheet formulas (a cell starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading `'`), following OWASP's CSV-injection advice.
 *
 * @param value - the cell value
 * @returns the escaped cell
 * @example
 * escapeCsvCell("=1+1")
 * //=> "'=1+1"
 */
export function escapeCsvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Exports complaints as CSV with a fixed column order ({@link CSV_COLUMNS}), UTF-8 with a BOM, CRLF line ends and
 * formula-injection escaping. Built from the statistics view: no complainant identity and no content ever appear.
 *
 * @param complaints - validated complaints
 * @param options - `scope`: decisions by id; `bom`
 * @returns the CSV text
 * @example
 * toCSV([complaint]).split("\r\n")[0]
 * //=> "\uFEFFid,received_date,channel,round_id,team_number,target_id,complainant_kind,is_repeat,subject_roles,category,category_label_zh,category_top_level,in_scope,destination,status"
 */
export function toCSV(complaints: readonly Complaint[], options: ToCsvOptions = {}): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const complaint of complaints) {
    const v = redact(complaint, "statistics");
    const scope = options.scope?.get(complaint.id);
    const row = [
      v.id,
      v.receivedDate,
      v.channel,
      v.roundId,
      v.teamNumber,
      v.targetId,
      v.complainantKind,
      v.isRepeat,
      v.subjects.map((s) => s.role).join(";"),
      v.category?.primary,
      v.category ? findCategory(v.category.primary)?.label.zh : undefined,
      v.category?.topLevel,
      scope?.inScope,
      scope?.destination.code ?? v.destination,
      v.status,
    ];
    lines.push(row.map(escapeCsvCell).join(","));
  }
  return `${options.bom === false ? "" : "\uFEFF"}${lines.join("\r\n")}\r\n`;
}
