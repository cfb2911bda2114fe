import type { Readable } from "node:stream";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { CalendarError } from "@xunshi/calendar";
import { CATEGORIZE_HELP, runCategorize } from "./commands/categorize";
import { DEADLINE_HELP, runDeadline } from "./commands/deadline";
import { DEMO_HELP, runDemo } from "./commands/demo";
import { OPEN_HELP, runOpen } from "./commands/open";
import { PROCESS_HELP, runProcess } from "./commands/process";
import { runWorkingDay, WORKING_DAY_HELP } from "./commands/working-day";
import type { Lang } from "./i18n";
import { type GlobalOptions, type Io, println, UsageError } from "./io";
import { deskRound } from "./round";

type Options = NonNullable<ParseArgsConfig["options"]>;

const GLOBAL: Options = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

const COMMANDS = {
  demo: { help: DEMO_HELP, options: { now: { type: "string" }, out: { type: "string" } } },
  deadline: {
    help: DEADLINE_HELP,
    options: {
      "working-days": { type: "string" },
      days: { type: "string" },
      months: { type: "string" },
      rule: { type: "string" },
      "include-start-day": { type: "boolean" },
      rules: { type: "boolean" },
    },
  },
  "working-day": { help: WORKING_DAY_HELP, options: {} },
  open: { help: OPEN_HELP, options: {} },
  categorize: { help: CATEGORIZE_HELP, options: { limit: { type: "string" } } },
  process: {
    help: PROCESS_HELP,
    options: {
      out: { type: "string" },
      now: { type: "string" },
      details: { type: "boolean" },
      "no-reports": { type: "boolean" },
    },
  },
} as const satisfies Record<string, { help: string; options: Options }>;

type Command = keyof typeof COMMANDS;

function isCommand(name: string): name is Command {
  return Object.hasOwn(COMMANDS, name);
}

/**
 * Runs the CLI and returns the exit code: 0 success, 1 when a batch had invalid lines, 2 on a usage or input error.
 * Nothing here reads the clock or the host time zone to decide anything.
 */
export async function main(argv: readonly string[], io: Io, stdin: Readable): Promise<number> {
  const first = argv[0];
  const command: Command = first !== undefined && !first.startsWith("-") ? (first as Command) : "demo";
  const rest = first !== undefined && !first.startsWith("-") ? argv.slice(1) : argv;
  let lang: Lang = "en";
  let json = false;
  try {
    if (!isCommand(command))
      throw new UsageError("demo", `unknown command "${command}"; expected one of ${Object.keys(COMMANDS).join(", ")}`);
    const spec = COMMANDS[command];
    // Strict: an unknown or misspelt option is a usage error, never ignored. (A negative amount such as
    // `--days -3` is rejected here too; legal periods are never negative and computeDeadline refuses them.)
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...GLOBAL, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
    const v = values as Record<string, string | boolean | undefined>;
    if (v.lang !== undefined) {
      if (v.lang !== "zh" && v.lang !== "en")
        throw new UsageError(command, `--lang: expected zh or en, received "${String(v.lang)}"`);
      lang = v.lang;
    }
    json = v.json === true;
    if (v.help === true) {
      println(io.stdout, spec.help);
      return 0;
    }
    const g: GlobalOptions = { json, lang };
    const round = deskRound();
    const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
    const bool = (k: string) => v[k] === true;
    switch (command) {
      case "demo":
        if (positionals.length > 0) throw new UsageError("demo", `unexpected argument "${positionals.join(" ")}"`);
        return await runDemo({ ...opt("now", str("now")), ...opt("out", str("out")) }, round, g, io);
      case "deadline":
        return runDeadline(
          {
            positionals,
            ...opt("working-days", str("working-days")),
            ...opt("days", str("days")),
            ...opt("months", str("months")),
            ...opt("rule", str("rule")),
            "include-start-day": bool("include-start-day"),
            rules: bool("rules"),
          },
          g,
          io,
        );
      case "working-day":
        return runWorkingDay(positionals, g, io);
      case "open":
        return runOpen(positionals, round, g, io);
      case "categorize":
        return await runCategorize(positionals, str("limit"), g, io, stdin);
      case "process":
        return await runProcess(
          {
            positionals,
            ...opt("out", str("out")),
            ...opt("now", str("now")),
            details: bool("details"),
            "no-reports": bool("no-reports"),
          },
          round,
          g,
          io,
          stdin,
        );
    }
  } catch (error) {
    return reportError(error, command, { json, lang }, io);
  }
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function reportError(error: unknown, command: string, g: GlobalOptions, io: Io): number {
  let code: string;
  let message: string;
  if (error instanceof UsageError) {
    code = "USAGE";
    message = error.message;
  } else if (CalendarError.isInstance(error)) {
    code = error.code;
    message = error.message;
  } else if (error instanceof Error && (error as { code?: unknown }).code?.toString().startsWith("ERR_PARSE_ARGS")) {
    code = "USAGE";
    message = error.message;
  } else throw error;
  if (g.json) io.stdout.write(`${JSON.stringify({ error: { code, message } }, null, 2)}\n`);
  io.stderr.write(`round-desk ${command}: ${message}\n`);
  io.stderr.write(`Run "round-desk ${command === "demo" ? "" : `${command} `}--help" for usage.\n`);
  return 2;
}
