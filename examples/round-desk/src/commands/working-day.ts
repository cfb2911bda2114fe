import { getDayInfo, type NoticeReference } from "@xunshi/calendar";
import { type GlobalOptions, type Io, printJson, println, UsageError } from "../io";

export const WORKING_DAY_HELP = `Usage: round-desk working-day <date> [--json] [--lang zh|en]

Is this date a working day in mainland China? Answers from the State Council holiday notices, make-up working days
included, and names the holiday and the notice.

Examples:
  round-desk working-day 2024-10-12     # Saturday, a make-up working day
  round-desk working-day 2024-10-03 --lang zh`;

const KIND = {
  workday: { zh: "工作日", en: "working day" },
  weekend: { zh: "周末休息日", en: "weekend rest day" },
  "statutory-holiday": { zh: "法定节假日", en: "statutory holiday" },
  "in-lieu-rest": { zh: "调休休息日", en: "rest day in lieu" },
  "makeup-workday": { zh: "调休上班日", en: "make-up working day" },
} as const;

const WEEKDAY = {
  zh: ["一", "二", "三", "四", "五", "六", "日"].map((d) => `星期${d}`),
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/** `working-day`: the day's kind. Exit code 0 either way (the answer is in the output). */
export function runWorkingDay(positionals: readonly string[], g: GlobalOptions, io: Io): number {
  const [date, ...extra] = positionals;
  if (date === undefined) throw new UsageError("working-day", "expected a date, e.g. working-day 2024-10-12");
  if (extra.length > 0) throw new UsageError("working-day", `expected one date, received also "${extra.join(" ")}"`);
  const info = getDayInfo(date);
  if (g.json) {
    printJson(io, info);
    return 0;
  }
  const yes = info.isWorkingDay
    ? g.lang === "zh"
      ? "是工作日"
      : "a working day"
    : g.lang === "zh"
      ? "不是工作日"
      : "not a working day";
  println(io.stdout, `${info.date} ${WEEKDAY[g.lang][info.weekday - 1] ?? ""}: ${yes} — ${KIND[info.kind][g.lang]}`);
  if (info.holiday) println(io.stdout, `  ${g.lang === "zh" ? "假期" : "holiday"}: ${info.holiday.name[g.lang]}`);
  if (info.notice) println(io.stdout, `  ${g.lang === "zh" ? "依据" : "notice"}: ${noticeText(info.notice)}`);
  if (info.provisional)
    println(
      io.stdout,
      g.lang === "zh" ? "  注意：推测结果，非正式通知" : "  note: provisional, not from an official notice",
    );
  return 0;
}

function noticeText(n: NoticeReference): string {
  return `${n.number}${n.title ? ` ${n.title}` : ""} (${n.published})`;
}
