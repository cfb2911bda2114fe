import { parseDate } from "@xunshi/calendar";
import { isAcceptingAt, type Round } from "@xunshi/domain";
import { checkInstant, type GlobalOptions, type Io, printJson, println, UsageError } from "../io";

export const OPEN_HELP = `Usage: round-desk open <instant> [--json] [--lang zh|en]

Is the round's desk taking calls and visits at this instant? Checks the acceptance window (start to cut-off) and the
office hours (working days only, make-up Saturdays included). An instant without an offset is Shanghai time.

Examples:
  round-desk open 2024-10-12T09:00          # a make-up working Saturday: open
  round-desk open 2024-10-13T09:00+08:00    # Sunday: closed, next opening on Monday morning
  round-desk open 2025-01-08T09:00 --json   # after the cut-off`;

/** The answer of `open`: `@xunshi/domain`'s `isAcceptingAt`, with the date and the window. */
export interface OpenAnswer {
  readonly instant: string;
  /** The civil date of the instant in Shanghai. */
  readonly date: string;
  readonly accepting: boolean;
  /** `open`, `before-window`, `after-cutoff` or `outside-office-hours`. */
  readonly code: string;
  readonly reason: { readonly zh: string; readonly en: string };
  readonly nextOpening: string | null;
  readonly window: { readonly start: string; readonly cutoff: string };
  readonly officeHours: string;
}

/** Whether the desk accepts at an instant (no clock: the instant is an argument). */
export function openAt(round: Round, instant: string): OpenAnswer {
  const answer = isAcceptingAt(round, instant);
  return {
    instant,
    date: parseDate(new Date(instant)), // the civil date in Shanghai, whatever the host zone
    accepting: answer.accepting,
    code: answer.code,
    reason: answer.reason,
    nextOpening: answer.nextOpening ?? null,
    window: { start: round.acceptance.start, cutoff: round.acceptance.cutoff },
    officeHours: round.acceptance.officeHours.name ?? "",
  };
}

/** `open`: is the desk open at an instant. */
export function runOpen(positionals: readonly string[], round: Round, g: GlobalOptions, io: Io): number {
  const [raw, ...extra] = positionals;
  if (raw === undefined) throw new UsageError("open", "expected an instant, e.g. open 2024-10-14T09:30");
  if (extra.length > 0) throw new UsageError("open", `expected one instant, received also "${extra.join(" ")}"`);
  const answer = openAt(round, checkInstant("open", "<instant>", raw));
  if (g.json) printJson(io, answer);
  else printOpen(answer, g, io);
  return 0;
}

/** Prints an answer in words. */
export function printOpen(a: OpenAnswer, g: GlobalOptions, io: Io): void {
  const zh = g.lang === "zh";
  const state = a.accepting ? (zh ? "正在受理" : "OPEN") : zh ? "不受理" : "CLOSED";
  println(io.stdout, `${a.instant}: ${state} — ${a.reason[g.lang]}`);
  println(io.stdout, `  ${zh ? "受理期" : "window"}: ${a.window.start} – ${a.window.cutoff}; ${a.officeHours}`);
  if (a.nextOpening) println(io.stdout, `  ${zh ? "下次开放" : "next opening"}: ${a.nextOpening}`);
  else if (!a.accepting)
    println(
      io.stdout,
      zh
        ? "  本轮不再开放；可向纪检监察机关反映（12388）"
        : "  the desk will not open again this round; report to the discipline commission (12388)",
    );
}
