import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { type Round, toAcceptanceRules } from "@xunshi/domain";
import { CHANNEL_LABELS, label, msg } from "../i18n";
import { checkInstant, DEFAULT_NOW, type GlobalOptions, type Io, printJson, println } from "../io";
import { renderTable } from "../render";
import { assignmentRows, scheduleOf, specialCheckLabels } from "../round";
import { SAMPLE_FILE } from "../sample-file";
import { openAt, printOpen } from "./open";
import { defaultOutDir, printSummary, runBatch } from "./process";

export const DEMO_HELP = `Usage: round-desk [demo] [--now <instant>] [--out <dir>] [--json] [--lang zh|en]

The walkthrough that \`pnpm demo\` runs, with no arguments and no configuration: the motivating round (Shanxi, 12th
provincial committee, 6th round, October 2024) at a glance — teams and targets, acceptance window and office hours,
whether the desk is open at "now" — then the bundled batch of 50 fictional complaints (data/sample-complaints.jsonl),
one block per complaint, a summary and a chart. Reports go to ./out/round-desk-shanxi-2024-round-6-sample-complaints.

"now" is ${DEFAULT_NOW} (10:00 on the acceptance cut-off day) unless --now is given, so the output is reproducible.
The sample deliberately holds invalid lines; they are reported and skipped (the demo still exits 0; \`process\` exits 1).

Commands:
  deadline <date> --working-days N | --days N | --months N | --rule <id>
  working-day <date>
  open <instant>
  categorize "<text>"
  process <file.jsonl>
Run \`round-desk <command> --help\` for each.`;

function printRound(round: Round, g: GlobalOptions, io: Io): void {
  const out = io.stdout;
  const zh = g.lang === "zh";
  const schedule = scheduleOf(round);
  const { acceptance } = schedule;
  println(out, `■ ${msg("roundAtAGlance", g.lang)}: ${round.name[g.lang]} (${round.id})`);
  println(out, `  ${msg("committee", g.lang)}: ${round.dispatchingBody.name[g.lang]}`);
  println(
    out,
    `  ${msg("mobilization", g.lang)}: ${schedule.mobilization ?? "—"}; ${msg("stationing", g.lang)}: ${schedule.stationing.from} – ${schedule.stationing.to}${schedule.onSite ? `; ${msg("onSite", g.lang)}: ${schedule.onSite.from} – ${schedule.onSite.to}` : ""}`,
  );
  println(out);
  println(
    out,
    renderTable(
      [msg("teams", g.lang), msg("kind", g.lang), msg("count", g.lang), msg("targets", g.lang)],
      assignmentRows(round).map((row) => [row.teams, row.kind[g.lang], row.count, row.targets[g.lang]]),
    ),
  );
  println(out);
  println(
    out,
    `  ${msg("specialChecks", g.lang)}: ${specialCheckLabels(round)
      .map((c) => c[g.lang])
      .join(zh ? "、" : ", ")}`,
  );
  println(
    out,
    `  ${msg("acceptanceWindow", g.lang)}: ${acceptance.from} – ${acceptance.to}: ${acceptance.workingDays} ${msg("workingDays", g.lang)}, ${acceptance.calendarDays} ${msg("calendarDays", g.lang)}`,
  );
  println(out, `  ${msg("officeHours", g.lang)}: ${round.acceptance.officeHours.name ?? ""}`);
  const rules = toAcceptanceRules(round);
  println(
    out,
    `  ${msg("channels", g.lang)}: ${rules.channels.map((c) => label(CHANNEL_LABELS, c, g.lang)).join(zh ? "、" : ", ")}`,
  );
}

export interface DemoArgs {
  readonly now?: string;
  readonly out?: string;
}

/** The walkthrough. */
export async function runDemo(args: DemoArgs, round: Round, g: GlobalOptions, io: Io): Promise<number> {
  const now = checkInstant("demo", "--now", args.now ?? DEFAULT_NOW);
  const open = openAt(round, now);
  const outDir = args.out !== undefined ? resolve(io.cwd, args.out) : defaultOutDir(io, round, SAMPLE_FILE);
  const totalBytes = (await stat(SAMPLE_FILE)).size;
  const stream = createReadStream(SAMPLE_FILE);
  if (!g.json) {
    printRound(round, g, io);
    println(io.stdout);
    println(io.stdout, `■ ${msg("deskAt", g.lang)} "now"`);
    printOpen(open, g, io);
    println(io.stdout);
    println(io.stdout, `■ ${msg("batch", g.lang)}: data/sample-complaints.jsonl  (${msg("readingAt", g.lang)} ${now})`);
  }
  const result = await runBatch(
    {
      input: "data/sample-complaints.jsonl",
      inputStream: () => stream,
      totalBytes,
      bytesRead: () => stream.bytesRead,
      outDir,
      now,
      details: true,
      round,
    },
    g,
    io,
  );
  if (g.json)
    printJson(io, {
      round: { id: round.id, name: round.name, schedule: scheduleOf(round), rules: toAcceptanceRules(round) },
      open,
      ...result,
    });
  else printSummary(result, g, io);
  return 0;
}
