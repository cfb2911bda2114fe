import { isWithinOfficeHours, nextOpening, parseDate } from "@xunshi/calendar";
import { checkInstant, type GlobalOptions, type Io, printJson, println, UsageError } from "../io";
import type { DeskRound } from "../round";

export const OPEN_HELP = `Usage: round-desk open <instant> [--json] [--lang zh|en]

Is the round's desk taking calls and visits at this instant? Checks the acceptance window (start to cut-off) and the
office hours (working days only, make-up Saturdays included). An instant without an offset is Shanghai time.

Examples:
  round-desk open 2024-10-12T09:00          # a make-up working Saturday: open
  round-desk open 2024-10-13T09:00+08:00    # Sunday: closed, next opening 2024-10-14 08:30
  round-desk open 2025-01-08T09:00 --json   # after the cut-off`;

export interface OpenAnswer {
  readonly instant: string;
  readonly date: string;
  readonly withinWindow: boolean;
  readonly withinOfficeHours: boolean;
  readonly accepting: boolean;
  readonly nextOpening: string | null;
  readonly window: { readonly from: string; readonly cutoff: string };
  readonly officeHours: string;
}

/** Whether the desk accepts at an instant (no clock: the instant is an argument). */
export function openAt(round: DeskRound, instant: string): OpenAnswer {
  const date = parseDate(new Date(instant)); // the civil date in Shanghai, whatever the host zone
  const { from, cutoff, officeHours } = round.acceptance;
  const withinWindow = date >= from && date <= cutoff;
  const withinOfficeHours = isWithinOfficeHours(instant, officeHours);
  const accepting = withinWindow && withinOfficeHours;
  let next: string | null = null;
  if (!accepting && date <= cutoff) {
    const candidate = nextOpening(date < from ? `${from}T00:00:00+08:00` : instant, officeHours);
    next = candidate.slice(0, 10) <= cutoff ? candidate : null;
  }
  return {
    instant,
    date,
    withinWindow,
    withinOfficeHours,
    accepting,
    nextOpening: next,
    window: { from, cutoff },
    officeHours: officeHours.name ?? "",
  };
}

/** `open`: is the desk open at an instant. */
export function runOpen(positionals: readonly string[], round: DeskRound, g: GlobalOptions, io: Io): number {
  const [raw, ...extra] = positionals;
  if (raw === undefined) throw new UsageError("open", "expected an instant, e.g. open 2024-10-14T09:30");
  if (extra.length > 0) throw new UsageError("open", `expected one instant, received also "${extra.join(" ")}"`);
  const answer = openAt(round, checkInstant("open", "<instant>", raw));
  if (g.json) printJson(io, answer);
  else printOpen(answer, round, g, io);
  return 0;
}

/** Prints an answer in words. */
export function printOpen(a: OpenAnswer, round: DeskRound, g: GlobalOptions, io: Io): void {
  const zh = g.lang === "zh";
  const state = a.accepting ? (zh ? "正在受理" : "OPEN") : zh ? "不受理" : "CLOSED";
  let why = "";
  if (!a.withinWindow)
    why =
      a.date > a.window.cutoff
        ? zh
          ? "已过受理截止日"
          : "after the acceptance cut-off"
        : zh
          ? "受理尚未开始"
          : "before the acceptance window";
  else if (!a.withinOfficeHours) why = zh ? "非受理时间" : "outside office hours";
  println(io.stdout, `${a.instant}: ${state}${why ? ` (${why})` : ""}`);
  println(
    io.stdout,
    `  ${zh ? "受理期" : "window"}: ${a.window.from} – ${a.window.cutoff}; ${round.acceptance.officeHoursNote[g.lang]}`,
  );
  if (a.nextOpening) println(io.stdout, `  ${zh ? "下次开放" : "next opening"}: ${a.nextOpening}`);
  else if (!a.accepting)
    println(
      io.stdout,
      zh
        ? "  本轮不再开放；可向纪检监察机关反映（12388）"
        : "  the desk will not open again this round; report to the discipline commission (12388)",
    );
}
