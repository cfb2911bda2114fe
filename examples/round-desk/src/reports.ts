import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Complaint, CSV_COLUMNS, type ScopeAssessment, toCSV } from "@xunshi/complaints";
import type { Round } from "@xunshi/domain";
import type { Assessment } from "./assess";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DESTINATION_LABELS,
  type Lang,
  label,
  ROLE_LABELS,
  SCOPE_LABELS,
} from "./i18n";
import type { BatchSummary, Tally } from "./process-batch";

/**
 * Report files: `records.csv` (streamed, one row per complaint: `@xunshi/complaints`' CSV export, its fixed columns,
 * UTF-8 with BOM, formula escaping, statistics view only), `report.json` and `report.md` (the summary).
 */

/** One CSV row (without header or BOM) for a complaint and its scope decision, by the package's `toCSV`. */
export function csvRow(complaint: Complaint, scope: ScopeAssessment): string {
  const text = toCSV([complaint], { scope: new Map([[complaint.id, scope]]), bom: false });
  return text.slice(text.indexOf("\r\n") + 2);
}

/** Streams CSV rows to a file, waiting for `drain` so memory stays flat on big batches. */
export class CsvReportWriter {
  readonly #stream: WriteStream;
  private constructor(stream: WriteStream) {
    this.#stream = stream;
  }

  static async open(dir: string): Promise<CsvReportWriter> {
    await mkdir(dir, { recursive: true });
    const writer = new CsvReportWriter(createWriteStream(join(dir, "records.csv"), { encoding: "utf8" }));
    await writer.#write(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
    return writer;
  }

  async #write(text: string): Promise<void> {
    if (!this.#stream.write(text)) await once(this.#stream, "drain");
  }

  async row(complaint: Complaint, scope: ScopeAssessment): Promise<void> {
    await this.#write(csvRow(complaint, scope));
  }

  async close(): Promise<void> {
    this.#stream.end();
    await once(this.#stream, "finish");
  }
}

export interface ReportContext {
  readonly round: Round;
  readonly input: string;
  readonly now: string;
  readonly lang: Lang;
  readonly summary: BatchSummary;
  /** The first assessments, for the Markdown listing. */
  readonly sample: readonly Assessment[];
  readonly stats?: { readonly seconds: number; readonly linesPerSecond: number; readonly peakRssBytes: number };
}

function tallyRows(tally: Tally, labels?: Readonly<Record<string, { zh: string; en: string }>>, lang: Lang = "en") {
  return Object.entries(tally)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([key, n]) => `| ${labels ? `${label(labels, key, lang)} (${key})` : key} | ${n} |`);
}

/** The Markdown report. */
export function renderMarkdown(ctx: ReportContext): string {
  const { round, summary, lang } = ctx;
  const out: string[] = [
    `# ${round.name[lang]} — ${lang === "zh" ? "受理台报告" : "intake desk report"}`,
    "",
    `- ${lang === "zh" ? "输入" : "Input"}: \`${ctx.input}\``,
    `- ${lang === "zh" ? "期限状态计算时点" : "Deadline status as of"}: ${ctx.now}`,
    `- ${lang === "zh" ? "受理期" : "Acceptance window"}: ${round.acceptance.start} – ${round.acceptance.cutoff}`,
    `- ${lang === "zh" ? "行数" : "Lines"}: ${summary.lines}; ${lang === "zh" ? "有效" : "valid"}: ${summary.records}; ${lang === "zh" ? "无效" : "invalid"}: ${summary.invalid}; ${lang === "zh" ? "空行" : "blank"}: ${summary.blank}`,
    "",
  ];
  const section = (title: string, rows: string[]) => {
    out.push(`## ${title}`, "", "| | n |", "|---|---:|", ...rows, "");
  };
  section(lang === "zh" ? "按类别" : "By category", tallyRows(summary.byCategory, CATEGORY_LABELS, lang));
  section(lang === "zh" ? "按受理范围" : "By scope", tallyRows(summary.byScope, SCOPE_LABELS, lang));
  section(lang === "zh" ? "按去向" : "By destination", tallyRows(summary.byRoute, DESTINATION_LABELS, lang));
  section(lang === "zh" ? "按渠道" : "By channel", tallyRows(summary.byChannel, CHANNEL_LABELS, lang));
  section(lang === "zh" ? "按巡视组" : "By team", tallyRows(summary.byTeam));
  if (summary.badLines.length > 0) {
    out.push(`## ${lang === "zh" ? "无效行" : "Invalid lines"}`, "", "| line | id | problems |", "|---:|---|---|");
    for (const bad of summary.badLines)
      out.push(
        `| ${bad.line} | ${bad.id ?? ""} | ${bad.issues
          .map((i) => `${i.path}: ${i.message}`)
          .join("; ")
          .replaceAll("|", "\\|")} |`,
      );
    if (summary.invalid > summary.badLines.length) out.push("", `… ${summary.invalid - summary.badLines.length} more`);
    out.push("");
  }
  if (ctx.sample.length > 0) {
    out.push(
      `## ${lang === "zh" ? "来件（前 " : "Complaints (first "}${ctx.sample.length}${lang === "zh" ? " 件，不含身份和正文）" : "; no identity, no content)"}`,
      "",
      "| id | team | channel | role | category | evidence | scope | route | deadlines |",
      "|---|---:|---|---|---|---|---|---|---|",
    );
    for (const a of ctx.sample)
      out.push(
        `| ${a.id} | ${a.teamNumber ?? ""} | ${label(CHANNEL_LABELS, a.channel, lang)} | ${label(ROLE_LABELS, a.subjectRole, lang)} | ${a.category.code}${a.category.score === undefined ? "" : ` (${a.category.score.toFixed(2)})`} | ${a.category.evidence.join("、")} | ${label(SCOPE_LABELS, a.scope.reason, lang)} | ${label(DESTINATION_LABELS, a.route, lang)} | ${a.deadlines.map((d) => `${d.ruleId} → ${d.dueDate}`).join("<br>")} |`,
      );
    out.push("");
  }
  return out.join("\n");
}

/** Writes `report.md` and `report.json` (the CSV is streamed separately). */
export async function writeSummaryReports(dir: string, ctx: ReportContext): Promise<void> {
  await mkdir(dir, { recursive: true });
  const json = {
    round: ctx.round.id,
    input: ctx.input,
    now: ctx.now,
    summary: ctx.summary,
    ...(ctx.stats ? { stats: ctx.stats } : {}),
  };
  await writeFile(join(dir, "report.json"), `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(join(dir, "report.md"), renderMarkdown(ctx));
}
