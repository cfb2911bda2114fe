import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { AcceptanceRules } from "@xunshi/complaints";
import { type Assessment, assessInDetail, type DetailedAssessment } from "./assess";
import type { Lang } from "./i18n";
import { type LineIssue, parseIntakeLine } from "./intake-record";

/** A line that failed validation: its number, the record id when readable, and what was wrong (no values). */
export interface BadLine {
  readonly line: number;
  readonly id?: string;
  readonly issues: readonly LineIssue[];
}

/** Counts by key. */
export type Tally = Record<string, number>;

/** What a batch amounted to. Memory stays bounded: only counts, and the first `keepBadLines` bad lines. */
export interface BatchSummary {
  /** Lines read, blank lines included. */
  lines: number;
  /** Blank lines (skipped, not errors). */
  blank: number;
  /** Valid complaints assessed. */
  records: number;
  /** Invalid lines (reported, skipped). */
  invalid: number;
  /** The first bad lines (all of them up to `keepBadLines`). */
  badLines: BadLine[];
  byCategory: Tally;
  byScope: Tally;
  byRoute: Tally;
  byTeam: Tally;
  byChannel: Tally;
  byDeadlineStatus: Tally;
  inScope: number;
  named: number;
}

export interface ProcessBatchOptions {
  /** The round's acceptance rules (`toAcceptanceRules(round)`). */
  readonly rules: AcceptanceRules;
  /** The instant deadline status is read at. */
  readonly now: string;
  /** The language of validation messages (default en). */
  readonly lang?: Lang;
  /** How many bad lines to keep in the summary (all are passed to `onBadLine`); default 1000. */
  readonly keepBadLines?: number;
  /** Called for each assessed complaint, in order; awaited, so a slow writer slows the reader (backpressure). */
  readonly onRecord?: (assessment: Assessment, line: number, detail: DetailedAssessment) => void | Promise<void>;
  /** Called for each invalid line. */
  readonly onBadLine?: (bad: BadLine) => void;
  /** Called every `progressEvery` lines and at the end. */
  readonly onProgress?: (lines: number) => void;
  readonly progressEvery?: number;
}

function bump(tally: Tally, key: string | number): void {
  const k = String(key);
  tally[k] = (tally[k] ?? 0) + 1;
}

/** An empty summary. */
export function emptySummary(): BatchSummary {
  return {
    lines: 0,
    blank: 0,
    records: 0,
    invalid: 0,
    badLines: [],
    byCategory: {},
    byScope: {},
    byRoute: {},
    byTeam: {},
    byChannel: {},
    byDeadlineStatus: {},
    inScope: 0,
    named: 0,
  };
}

/**
 * Reads JSONL from a stream one line at a time (constant memory), validates and assesses each complaint, and tallies
 * the results. Bad lines are reported with their line numbers and skipped; a line that makes the assessment throw is
 * reported too, never dropped.
 */
export async function processBatch(input: Readable, options: ProcessBatchOptions): Promise<BatchSummary> {
  const summary = emptySummary();
  const keep = options.keepBadLines ?? 1000;
  const every = options.progressEvery ?? 1000;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const reportBad = (bad: BadLine) => {
    summary.invalid++;
    if (summary.badLines.length < keep) summary.badLines.push(bad);
    options.onBadLine?.(bad);
  };
  for await (const raw of lines) {
    const lineNumber = ++summary.lines;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") summary.blank++;
    else {
      const parsed = parseIntakeLine(line, options.lang);
      if (!parsed.ok) {
        reportBad(
          parsed.id === undefined
            ? { line: lineNumber, issues: parsed.issues }
            : { line: lineNumber, id: parsed.id, issues: parsed.issues },
        );
      } else {
        let detail: DetailedAssessment | undefined;
        try {
          detail = assessInDetail(parsed.complaint, options.rules, options.now);
        } catch (error) {
          // e.g. a date outside the calendar's coverage: the error names the date, never the complainant.
          const message = error instanceof Error ? `${error.name}: ${error.message}` : "assessment failed";
          reportBad({ line: lineNumber, id: parsed.complaint.id, issues: [{ path: "(assessment)", message }] });
        }
        if (detail) {
          const { assessment } = detail;
          summary.records++;
          bump(summary.byCategory, assessment.category.top);
          bump(summary.byScope, assessment.scope.reason);
          bump(summary.byRoute, assessment.route);
          bump(summary.byTeam, assessment.teamNumber ?? "—");
          bump(summary.byChannel, assessment.channel);
          for (const d of assessment.deadlines) bump(summary.byDeadlineStatus, d.status);
          if (assessment.scope.inScope) summary.inScope++;
          if (assessment.named) summary.named++;
          await options.onRecord?.(assessment, lineNumber, detail);
        }
      }
    }
    if (lineNumber % every === 0) options.onProgress?.(lineNumber);
  }
  options.onProgress?.(summary.lines);
  return summary;
}
