import { computeDeadline, type DeadlinePeriod, getBuiltInDeadlineRules, getDeadlineRule } from "@xunshi/calendar";
import { type GlobalOptions, type Io, printJson, println, UsageError } from "../io";
import { renderTable } from "../render";

export const DEADLINE_HELP = `Usage: round-desk deadline <date> (--working-days N | --days N | --months N | --rule <id>) [options]
       round-desk deadline --rules

When is something due? Counts as Chinese law does: the start day is not counted, a last day on a rest day rolls to
the next working day (a make-up Saturday is a working day), "N working days" counts working days only.

Arguments:
  <date>                 start date YYYY-MM-DD (or an ISO date-time, read in Asia/Shanghai)

Options:
  --working-days N       N working days (工作日)
  --days N               N calendar days (日)
  --months N             N months (月): the corresponding day, or the month's last day
  --rule <id>            a built-in rule, e.g. petition.registration, accusation.acceptance-notice
  --include-start-day    count the start day as day 1 (自收到之日起)
  --rules                list the built-in rules
  --json                 machine-readable output
  --lang zh|en           language of the explanation (default en)
  -h, --help             this help

Examples:
  round-desk deadline 2024-12-30 --working-days 15     # => 2025-01-21
  round-desk deadline 2024-09-21 --days 10             # => 2024-10-08 (rolls over National Day)
  round-desk deadline 2024-10-15 --rule petition.registration --json`;

export interface DeadlineArgs {
  readonly positionals: readonly string[];
  readonly "working-days"?: string;
  readonly days?: string;
  readonly months?: string;
  readonly rule?: string;
  readonly "include-start-day"?: boolean;
  readonly rules?: boolean;
}

function amount(flag: string, value: string): number {
  if (!/^\d+$/.test(value))
    throw new UsageError("deadline", `--${flag}: expected a whole number of 0 or more, received "${value}"`);
  return Number(value);
}

/** `deadline`: compute a due date. */
export function runDeadline(args: DeadlineArgs, g: GlobalOptions, io: Io): number {
  if (args.rules) {
    const rules = getBuiltInDeadlineRules().rules;
    if (g.json) printJson(io, rules);
    else
      println(
        io.stdout,
        renderTable(
          ["id", "period", g.lang === "zh" ? "名称" : "title", g.lang === "zh" ? "依据" : "source"],
          rules.map((r) => [
            r.id,
            JSON.stringify(r.period),
            r.title[g.lang],
            `${r.source.document} ${r.source.article ?? ""}`,
          ]),
        ),
      );
    return 0;
  }
  const [start, ...extra] = args.positionals;
  if (start === undefined)
    throw new UsageError("deadline", "expected a start date, e.g. deadline 2024-12-30 --working-days 15");
  if (extra.length > 0) throw new UsageError("deadline", `expected one start date, received also "${extra.join(" ")}"`);
  const given = (["working-days", "days", "months", "rule"] as const).filter((k) => args[k] !== undefined);
  if (given.length !== 1)
    throw new UsageError(
      "deadline",
      `expected exactly one of --working-days, --days, --months, --rule; received ${given.length === 0 ? "none" : given.map((k) => `--${k}`).join(", ")}`,
    );
  let target: DeadlinePeriod | ReturnType<typeof getDeadlineRule>;
  if (args.rule !== undefined) target = getDeadlineRule(args.rule);
  else if (args["working-days"] !== undefined) target = { workingDays: amount("working-days", args["working-days"]) };
  else if (args.days !== undefined) target = { days: amount("days", args.days) };
  else target = { months: amount("months", args.months ?? "") };
  const deadline = computeDeadline(start, target, args["include-start-day"] ? { includeStartDay: true } : {});
  if (g.json) {
    printJson(io, deadline);
    return 0;
  }
  println(io.stdout, deadline.dueDate);
  println(io.stdout, `  ${g.lang === "zh" ? "截止时刻" : "due at"}: ${deadline.dueInstant}`);
  if (deadline.rule) {
    const s = deadline.rule.source;
    println(io.stdout, `  ${g.lang === "zh" ? "规则" : "rule"}: ${deadline.rule.id} — ${deadline.rule.title[g.lang]}`);
    println(
      io.stdout,
      `  ${g.lang === "zh" ? "依据" : "source"}: ${s.document} ${s.article ?? ""}${s.verified ? "" : g.lang === "zh" ? "（条号未核实）" : " (unverified)"}`,
    );
  }
  println(io.stdout, `  ${deadline.explanation[g.lang]}`);
  if (deadline.provisional)
    println(io.stdout, g.lang === "zh" ? "  注意：依赖推测的日历数据" : "  note: depends on provisional calendar data");
  return 0;
}
