import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname, isAbsolute, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Readable } from "node:stream";
import { type Round, toAcceptanceRules } from "@xunshi/domain";
import type { Assessment } from "../assess";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  DESTINATION_LABELS,
  label,
  msg,
  ROLE_LABELS,
  SCOPE_LABELS,
  STATUS_LABELS,
} from "../i18n";
import { checkInstant, DEFAULT_NOW, type GlobalOptions, type Io, printJson, println, UsageError } from "../io";
import { type BadLine, type BatchSummary, processBatch, type Tally } from "../process-batch";
import { Progress } from "../progress";
import { displayWidth, renderBarChart, renderTable } from "../render";
import { CsvReportWriter, writeSummaryReports } from "../reports";

export const PROCESS_HELP = `Usage: round-desk process <file.jsonl | -> [options]

Validates and assesses a batch of complaints, one JSON document per line (the complaint shape of @xunshi/complaints),
streaming: any size, constant memory. For each complaint: the suggested category with its evidence, the scope decision,
the destination and the deadlines. Bad lines are reported with their line numbers and skipped. Reports (report.md,
report.json, records.csv) go to the output folder. No complainant identity and no complaint text is printed or written.

Options:
  --out <dir>       output folder (default ./out/round-desk-<round id>-<file name>)
  --now <instant>   the instant deadline status is read at (default ${DEFAULT_NOW}, the last acceptance day)
  --details         print one block per complaint (the demo does)
  --no-reports      do not write report files
  --json            machine-readable summary on stdout (progress and bad lines stay on stderr)
  --lang zh|en      language (default en)
  -h, --help        this help

Exit code: 0 when every line was valid, 1 when any line failed, 2 on a usage error.

Examples:
  round-desk process data/sample-complaints.jsonl --details
  cat big.jsonl | round-desk process - --json > summary.json`;

export interface BatchRun {
  readonly input: string;
  readonly inputStream: () => Readable;
  readonly totalBytes?: number;
  readonly bytesRead: () => number;
  readonly outDir: string | null;
  readonly now: string;
  readonly details: boolean;
  readonly round: Round;
}

export interface BatchResult {
  readonly input: string;
  readonly out: string | null;
  readonly now: string;
  readonly summary: BatchSummary;
  readonly stats: {
    readonly seconds: number;
    readonly linesPerSecond: number;
    readonly startRssBytes: number;
    readonly peakRssBytes: number;
    readonly peakHeapUsedBytes: number;
  };
}

function printBadLine(io: Io, bad: BadLine, g: GlobalOptions): void {
  const head = `${msg("badLine", g.lang, { line: bad.line })}${bad.id ? ` (${bad.id})` : ""}`;
  io.stderr.write(`✗ ${head}: ${bad.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}\n`);
}

function printDetails(io: Io, a: Assessment, line: number, g: GlobalOptions): void {
  const zh = g.lang === "zh";
  const who = a.named ? (zh ? "实名" : "named") : zh ? "匿名" : "anonymous";
  const team =
    a.teamNumber === undefined ? (zh ? "未分组" : "no team") : zh ? `第${a.teamNumber}组` : `team ${a.teamNumber}`;
  println(
    io.stdout,
    `${a.scope.inScope ? "✓" : "→"} ${a.id}  (${zh ? "第" : "line "}${line}${zh ? "行" : ""}) ${team} · ${label(CHANNEL_LABELS, a.channel, g.lang)} · ${who}${a.repeat ? (zh ? " · 重复件" : " · repeat") : ""} · ${label(ROLE_LABELS, a.subjectRole, g.lang)}`,
  );
  const evidence =
    a.category.evidence.length > 0
      ? `  ${msg("evidence", g.lang)}: ${a.category.evidence.map((e) => `「${e}」`).join("")}`
      : "";
  println(
    io.stdout,
    `    ${field(zh ? "类别" : "category")}${a.category.code} ${label(CATEGORY_LABELS, a.category.top, g.lang)}${a.category.score === undefined ? (zh ? "（人工）" : " (set by staff)") : ` ${(a.category.score * 100).toFixed(0)}%`}${evidence}`,
  );
  const opening = a.scope.nextOpening ? ` (${msg("nextOpening", g.lang)} ${a.scope.nextOpening})` : "";
  println(
    io.stdout,
    `    ${field(zh ? "范围" : "scope")}${label(SCOPE_LABELS, a.scope.reason, g.lang)}${opening} → ${label(DESTINATION_LABELS, a.route, g.lang)}`,
  );
  const why = a.scope.reasons[0];
  if (why && !a.scope.inScope) println(io.stdout, `    ${field("")}${why[g.lang]}`);
  if (a.deadlines.length === 0) println(io.stdout, `    ${field(zh ? "期限" : "clocks")}${msg("noClock", g.lang)}`);
  for (const d of a.deadlines)
    println(
      io.stdout,
      `    ${field(zh ? "期限" : "clocks")}${d.title[g.lang]}: ${d.dueDate} (${label(STATUS_LABELS, d.status, g.lang)}) [${d.ruleId}]`,
    );
}

const SAMPLE_SIZE = 200;

/** A field name padded to a fixed display width, for the per-complaint blocks. */
function field(name: string): string {
  return name + " ".repeat(Math.max(1, 10 - displayWidth(name)));
}

/** A path relative to the working directory when it lies inside it, else absolute. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

/** Streams a batch through the desk, with progress, details, reports and memory figures. */
export async function runBatch(run: BatchRun, g: GlobalOptions, io: Io): Promise<BatchResult> {
  const progress = new Progress({
    sink: io.stderr,
    ...(run.totalBytes === undefined ? {} : { totalBytes: run.totalBytes }),
    bytesRead: run.bytesRead,
    clock: () => performance.now(),
  });
  const startRssBytes = process.memoryUsage.rss();
  let peakRssBytes = startRssBytes;
  let peakHeapUsedBytes = process.memoryUsage().heapUsed;
  const sampleMemory = () => {
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
    peakHeapUsedBytes = Math.max(peakHeapUsedBytes, process.memoryUsage().heapUsed);
  };
  const csv = run.outDir === null ? undefined : await CsvReportWriter.open(run.outDir);
  const sample: Assessment[] = [];
  const summary = await processBatch(run.inputStream(), {
    rules: toAcceptanceRules(run.round),
    now: run.now,
    lang: g.lang,
    onRecord: async (a, line, detail) => {
      if (run.details && !g.json) printDetails(io, a, line, g);
      if (sample.length < SAMPLE_SIZE) sample.push(a);
      await csv?.row(detail.complaint, detail.scope);
    },
    onBadLine: (bad) => printBadLine(io, bad, g),
    onProgress: (lines) => {
      sampleMemory();
      progress.update(lines);
    },
  });
  await csv?.close();
  sampleMemory();
  const { seconds, linesPerSecond } = progress.done(summary.lines);
  if (run.outDir !== null)
    await writeSummaryReports(run.outDir, {
      round: run.round,
      input: run.input,
      now: run.now,
      lang: g.lang,
      summary,
      sample,
    });
  return {
    input: run.input,
    out: run.outDir,
    now: run.now,
    summary,
    stats: { seconds, linesPerSecond, startRssBytes, peakRssBytes, peakHeapUsedBytes },
  };
}

function rows(tally: Tally, labels?: Readonly<Record<string, { zh: string; en: string }>>, g?: GlobalOptions) {
  return Object.entries(tally)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, "en", { numeric: true }))
    .map(([key, n]): [string, number] => [labels && g ? `${label(labels, key, g.lang)} (${key})` : key, n]);
}

/** Prints the summary tables, the category chart and the throughput. */
export function printSummary(result: BatchResult, g: GlobalOptions, io: Io): void {
  const { summary: s, stats } = result;
  const out = io.stdout;
  const count = msg("count", g.lang);
  println(out);
  println(
    out,
    `■ ${msg("summary", g.lang)}: ${s.lines} ${msg("lines", g.lang)}, ${s.records} ${msg("valid", g.lang)}, ${s.invalid} ${msg("invalid", g.lang)}${s.blank ? `, ${s.blank} blank` : ""}`,
  );
  for (const [title, tally, labels] of [
    ["byCategory", s.byCategory, CATEGORY_LABELS],
    ["byScope", s.byScope, SCOPE_LABELS],
    ["byRoute", s.byRoute, DESTINATION_LABELS],
    ["byChannel", s.byChannel, CHANNEL_LABELS],
  ] as const) {
    println(out);
    println(out, renderTable([msg(title, g.lang), count], rows(tally, labels, g)));
  }
  println(out);
  println(
    out,
    renderTable(
      [msg("byTeam", g.lang), count],
      rows(s.byTeam)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([k, n]) => [g.lang === "zh" ? `第${k}组` : `team ${k}`, n]),
    ),
  );
  if (Object.keys(s.byDeadlineStatus).length > 0) {
    println(out);
    println(
      out,
      renderTable([`${msg("deadlines", g.lang)} @ ${result.now}`, count], rows(s.byDeadlineStatus, STATUS_LABELS, g)),
    );
  }
  println(out);
  println(out, `■ ${msg("chart", g.lang)}`);
  println(out, renderBarChart(rows(s.byCategory).map(([k, n]) => [label(CATEGORY_LABELS, k, g.lang), n])));
  println(out);
  println(
    out,
    `${msg("throughput", g.lang)}: ${s.lines.toLocaleString("en-US")} ${msg("lines", g.lang)}, ${stats.seconds.toFixed(2)} s, ${Math.round(stats.linesPerSecond).toLocaleString("en-US")} lines/s; peak RSS ${(stats.peakRssBytes / 1048576).toFixed(0)} MB`,
  );
  if (result.out !== null)
    println(out, `${msg("reports", g.lang)}: ${shownPath(io.cwd, result.out)}/ (report.md, report.json, records.csv)`);
}

export interface ProcessArgs {
  readonly positionals: readonly string[];
  readonly out?: string;
  readonly now?: string;
  readonly details?: boolean;
  readonly "no-reports"?: boolean;
}

/** The default output folder for an input. */
export function defaultOutDir(io: Io, round: Round, input: string): string {
  const stem = input === "-" ? "stdin" : basename(input, extname(input)).replace(/[^\w.-]+/g, "-");
  return resolve(io.cwd, "out", `round-desk-${round.id}-${stem}`);
}

/** `process`: stream a JSONL file. */
export async function runProcess(
  args: ProcessArgs,
  round: Round,
  g: GlobalOptions,
  io: Io,
  stdin: Readable,
): Promise<number> {
  const [input, ...extra] = args.positionals;
  if (input === undefined) throw new UsageError("process", "expected a JSONL file (or - for standard input)");
  if (extra.length > 0) throw new UsageError("process", `expected one file, received also "${extra.join(" ")}"`);
  const now = checkInstant("process", "--now", args.now ?? DEFAULT_NOW);
  let totalBytes: number | undefined;
  let stream: (Readable & { bytesRead?: number }) | undefined;
  if (input !== "-") {
    const path = resolve(io.cwd, input);
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error("not a file");
      totalBytes = info.size;
    } catch {
      throw new UsageError("process", `expected a readable JSONL file, received "${input}" (not found or not a file)`);
    }
    stream = createReadStream(path);
  }
  const source = stream ?? stdin;
  const result = await runBatch(
    {
      input,
      inputStream: () => source,
      ...(totalBytes === undefined ? {} : { totalBytes }),
      bytesRead: () => stream?.bytesRead ?? 0,
      outDir: args["no-reports"]
        ? null
        : args.out !== undefined
          ? resolve(io.cwd, args.out)
          : defaultOutDir(io, round, input),
      now,
      details: args.details ?? false,
      round,
    },
    g,
    io,
  );
  if (g.json) printJson(io, result);
  else printSummary(result, g, io);
  if (result.summary.invalid > 0) {
    io.stderr.write(`${msg("failedLines", g.lang, { n: result.summary.invalid })}\n`);
    return 1;
  }
  return 0;
}
