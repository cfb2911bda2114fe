import { InvalidArgumentError } from "./calendar-error";
import type { Calendar, DayInfo } from "./calendar-types";
import { checkPeriod, type DeadlinePeriod, type DeadlineRule, validateDeadlineRule } from "./deadline-rule";
import { daysInMonth, formatIsoDate, fromEpochDay, toEpochDay } from "./internal/civil-date";
import { defaultCalendar } from "./internal/default-calendar";
import {
  formatEndOfShanghaiDay,
  formatShanghaiInstant,
  momentToEpochMs,
  toShanghaiMoment,
} from "./internal/office-hours-instant";
import { nextOpening, type OfficeHoursSchedule, openSpansOn, validateOfficeHoursSchedule } from "./office-hours";
import { type DateInput, toEpochDayInput } from "./parse-date";

/** A stretch of days, both ends included, during which the clock stops (e.g. hearing time excluded from 复核). */
export interface DeadlinePause {
  /** First paused day. */
  readonly from: DateInput;
  /** Last paused day. */
  readonly to: DateInput;
  /** Why (shown in the explanation). */
  readonly reason?: string;
}

/** Options of {@link computeDeadline}; each overrides the rule's own flags. */
export interface ComputeDeadlineOptions {
  /** The working-day calendar (default: the mainland calendar). */
  readonly calendar?: Calendar;
  /** Count the start day as day 1 ("自收到之日起"); default: the rule's flag, else `false` (民法典 art. 201). */
  readonly includeStartDay?: boolean;
  /** Roll a last day that is a rest day to the next working day; default: the rule's flag, else `true` (art. 203). */
  readonly rollForward?: boolean;
  /**
   * Whether an ordinary Saturday or Sunday counts as a rest day for the roll-forward (default `true`). With `false`,
   * only holiday-break days (statutory holidays and in-lieu rest days) roll. A make-up working Saturday never rolls.
   */
  readonly weekendIsRestDay?: boolean;
  /** Office hours: the last day ends at its closing time instead of 24:00 (民法典 art. 203(2)). */
  readonly officeHours?: OfficeHoursSchedule;
  /**
   * A fixed closing time, `HH:MM` in Asia/Shanghai, that ends the last day instead of 24:00 (民法典 art. 203(2));
   * for when no full office-hours schedule is at hand. Not together with `officeHours`.
   */
  readonly closingTime?: string;
  /**
   * With `officeHours` and a start instant: `"next-opening"` treats a receipt outside office hours as received at
   * the next opening (default `"as-received"`).
   */
  readonly receivedAfterHours?: "as-received" | "next-opening";
  /**
   * Days on which the clock stops (e.g. hearing time in 复核); the period, extensions included, is prolonged by the
   * paused days that fall inside it (working days for working-day periods). Not for hour periods.
   */
  readonly pauses?: readonly DeadlinePause[];
  /**
   * Granted extensions, counted one after the other from the last day of the period before any roll-forward (the
   * extended period is one period; only its final last day rolls). A rule's `extension.max` bounds their total.
   */
  readonly extensions?: readonly DeadlinePeriod[];
}

/** One step of a deadline's explanation, in Chinese and English. */
export interface DeadlineStep {
  /** What the step did: `start`, `after-hours`, `count`, `pause`, `roll-forward`, `extension`, `end`. */
  readonly code: "start" | "after-hours" | "count" | "pause" | "roll-forward" | "extension" | "end";
  /** The step in Chinese. */
  readonly zh: string;
  /** The step in English. */
  readonly en: string;
}

/** A computed deadline with the rule applied and its explanation. */
export interface Deadline {
  /** The date the counting starts from (after any after-hours shift), ISO. */
  readonly startDate: string;
  /** The last day of the period, ISO. */
  readonly dueDate: string;
  /** The instant the period ends, ISO with `+08:00` (24:00 is written `23:59:59.999`, or the closing time). */
  readonly dueInstant: string;
  /** The period counted (without extensions). */
  readonly period: DeadlinePeriod;
  /** The rule, when a rule was given. */
  readonly rule?: DeadlineRule;
  /** The counting flags in effect. */
  readonly counting: {
    readonly includeStartDay: boolean;
    readonly rollForward: boolean;
    readonly weekendIsRestDay: boolean;
  };
  /** `true` when a day the result depends on was answered by a calendar fallback. */
  readonly provisional: boolean;
  /** The steps, in order. */
  readonly steps: readonly DeadlineStep[];
  /** The steps joined into one explanation per language. */
  readonly explanation: { readonly zh: string; readonly en: string };
}

const MS_PER_HOUR = 3_600_000;
const WEEKDAY_ZH = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
const WEEKDAY_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function isRule(value: unknown): value is DeadlineRule {
  return typeof value === "object" && value !== null && "period" in value && "id" in value;
}

function unitOf(period: DeadlinePeriod): { key: keyof UnionKeys; amount: number } {
  const [key, amount] = Object.entries(period)[0] as [keyof UnionKeys, number];
  return { key, amount };
}
type UnionKeys = { days: 1; months: 1; years: 1; workingDays: 1; hours: 1 };

function periodText(period: DeadlinePeriod): { zh: string; en: string } {
  const { key, amount } = unitOf(period);
  switch (key) {
    case "days":
      return { zh: `${amount}日`, en: `${amount} day${amount === 1 ? "" : "s"}` };
    case "months":
      return { zh: `${amount}个月`, en: `${amount} month${amount === 1 ? "" : "s"}` };
    case "years":
      return { zh: `${amount}年`, en: `${amount} year${amount === 1 ? "" : "s"}` };
    case "workingDays":
      return { zh: `${amount}个工作日`, en: `${amount} working day${amount === 1 ? "" : "s"}` };
    default:
      return { zh: `${amount}小时`, en: `${amount} hour${amount === 1 ? "" : "s"}` };
  }
}

function describeDay(info: DayInfo): { zh: string; en: string } {
  if (info.holiday && !info.isWorkingDay) {
    const kind =
      info.kind === "statutory-holiday"
        ? { zh: "法定节假日", en: "holiday" }
        : { zh: "放假调休日", en: "holiday-break rest day" };
    return { zh: `${info.holiday.name.zh}${kind.zh}`, en: `a ${info.holiday.name.en} ${kind.en}` };
  }
  if (info.overlay && !info.isWorkingDay)
    return { zh: `本地休息日（${info.overlay.name}）`, en: `a local closure (${info.overlay.name})` };
  if (info.kind === "makeup-workday")
    return {
      zh: `${WEEKDAY_ZH[info.weekday]}，调休上班日`,
      en: `a ${WEEKDAY_EN[info.weekday]} worked as a make-up day`,
    };
  return { zh: WEEKDAY_ZH[info.weekday] ?? "", en: `a ${WEEKDAY_EN[info.weekday]}` };
}

function addMonthsClamped(epochDay: number, months: number): number {
  const { year, month, day } = fromEpochDay(epochDay);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return toEpochDay(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Joins the steps into one text per language. A roll-forward continues the sentence that named the rest day:
 * "10 days after 2024-09-21 is 2024-10-01, a National Day holiday; the period ends on the next working day, 2024-10-08."
 */
function explain(steps: readonly DeadlineStep[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const step of steps) {
    const previous = en.length - 1;
    if (step.code === "roll-forward" && previous >= 0) {
      const next = step.en.slice(step.en.lastIndexOf(", ") + 2, -1);
      en[previous] = `${en[previous]?.slice(0, -1)}; the period ends on the next working day, ${next}.`;
      zh[previous] = `${zh[previous]?.slice(0, -1)}，期间顺延至休息日后的第一日${next}。`;
      continue;
    }
    zh.push(step.zh);
    en.push(step.en);
  }
  return { zh: zh.join(""), en: en.join(" ") };
}

const CLOSING_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

function parseClosingTime(time: string): number {
  const match = typeof time === "string" ? CLOSING_TIME.exec(time) : null;
  if (!match) throw new InvalidArgumentError("options.closingTime", "a time HH:MM from 00:00 to 24:00", time);
  return time === "24:00" ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}

/** Merged, sorted pause ranges as epoch days. */
function mergePauses(pauses: readonly DeadlinePause[]): Array<[number, number, string | undefined]> {
  const ranges = pauses.map((p, i) => {
    const from = toEpochDayInput(p.from);
    const to = toEpochDayInput(p.to);
    if (to < from) throw new InvalidArgumentError(`pauses[${i}].to`, `a date on or after ${formatIsoDate(from)}`, p.to);
    return [from, to, p.reason] as [number, number, string | undefined];
  });
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number, string | undefined]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * Computes a legal deadline the way Chinese law and Party rules count periods:
 * - the start day is not counted (民法典 art. 201; option `includeStartDay` for "自收到之日起" rules);
 * - `{ days }` counts calendar days; a holiday inside the period does not extend it;
 * - `{ months }`/`{ years }` end on the corresponding day, or on the month's last day where there is none (art. 202);
 * - when the last day is a rest day the period ends on the next working day (art. 203; 民事诉讼法 art. 85);
 *   a make-up working Saturday is a working day and does not roll;
 * - `{ workingDays }` counts working days only, per the working-day calendar;
 * - `{ hours }` runs from the start instant;
 * - granted `extensions` prolong the one period from its last day before any roll-forward; paused days inside the
 *   period are made up after its end;
 * - the period ends at 24:00, or at closing time where `closingTime` or `officeHours` apply.
 * An ordinary weekend counts as a rest day for the roll-forward unless `weekendIsRestDay: false`
 * (see docs/counting-deadlines.md for the sources and where interpretations differ).
 *
 * @param start - the day (or instant) of the starting event: an ISO date, an ISO date-time, `{ year, month, day }` or a `Date`
 * @param periodOrRule - a period such as `{ days: 15 }`, or a {@link DeadlineRule} (see {@link getDeadlineRule})
 * @param options - calendar, counting flags, office hours, pauses, extensions
 * @returns the due date and instant, the rule applied and the explanation in Chinese and English
 * @throws {InvalidDateError} for an invalid start
 * @throws {InvalidArgumentError} for an invalid period, rule, option, or an extension beyond what the rule allows
 * @throws {CoverageError} when the counting needs a date the calendar does not cover
 * @example
 * computeDeadline("2024-09-21", { days: 10 }).dueDate
 * //=> "2024-10-08" (10 days after is 2024-10-01, a National Day holiday; the period rolls to the next working day)
 * computeDeadline("2024-12-30", { workingDays: 15 }).dueDate
 * //=> "2025-01-21"
 * computeDeadline("2024-01-31", { months: 1 }).dueDate
 * //=> "2024-02-29"
 * computeDeadline("2025-01-20", getDeadlineRule("petition.handling"), { extensions: [{ days: 30 }] }).dueDate
 * //=> "2025-04-21"
 */
export function computeDeadline(
  start: DateInput,
  periodOrRule: DeadlinePeriod | DeadlineRule,
  options: ComputeDeadlineOptions = {},
): Deadline {
  const rule = isRule(periodOrRule) ? validateDeadlineRule(periodOrRule) : undefined;
  const period = rule ? rule.period : checkPeriod(periodOrRule, "period");
  const calendar = options.calendar ?? defaultCalendar();
  const includeStartDay = options.includeStartDay ?? rule?.counting?.includeStartDay ?? false;
  const rollForward = options.rollForward ?? rule?.counting?.rollForward ?? true;
  const weekendIsRestDay = options.weekendIsRestDay ?? rule?.counting?.weekendIsRestDay ?? true;
  if (options.officeHours) validateOfficeHoursSchedule(options.officeHours);
  for (const list of ["pauses", "extensions"] as const)
    if (options[list] !== undefined && !Array.isArray(options[list]))
      throw new InvalidArgumentError(`options.${list}`, "an array", options[list]);
  const closingMinute = options.closingTime === undefined ? undefined : parseClosingTime(options.closingTime);
  if (closingMinute !== undefined && options.officeHours)
    throw new InvalidArgumentError(
      "options.closingTime",
      "either closingTime or officeHours, not both",
      options.closingTime,
    );
  if (options.receivedAfterHours === "next-opening" && !options.officeHours)
    throw new InvalidArgumentError(
      "options.officeHours",
      'a schedule when receivedAfterHours is "next-opening"',
      undefined,
    );

  const steps: DeadlineStep[] = [];
  let provisional = false;
  const info = (day: number): DayInfo => {
    const i = calendar.getDayInfo(formatIsoDate(day));
    if (i.provisional) provisional = true;
    return i;
  };

  // 1. The start: a date, or an instant (a Date, or a string with a time).
  const isInstant = start instanceof Date || (typeof start === "string" && start.length > 10);
  let startDay: number;
  let startMinute: number | undefined;
  if (isInstant) {
    const moment = toShanghaiMoment(start as Date | string, "start");
    startDay = moment.epochDay;
    startMinute = moment.minuteOfDay;
  } else {
    startDay = toEpochDayInput(start);
  }
  if (options.receivedAfterHours === "next-opening" && options.officeHours && startMinute !== undefined) {
    const opening = nextOpening(formatShanghaiInstant(startDay, startMinute), options.officeHours, { calendar });
    const moment = toShanghaiMoment(opening);
    if (moment.epochDay !== startDay || moment.minuteOfDay !== startMinute) {
      steps.push({
        code: "after-hours",
        zh: `收到时间在办公时间以外，视为在下一次开放时间 ${opening} 收到。`,
        en: `Received outside office hours: treated as received at the next opening, ${opening}.`,
      });
      startDay = moment.epochDay;
      startMinute = moment.minuteOfDay;
    }
  }

  const unverified =
    rule?.source.verified === false ? { zh: "，出处未经核实", en: ", source not verified" } : undefined;
  const ruleText = rule
    ? {
        zh: `依据${rule.source.document}${rule.source.article ?? ""}（${rule.title.zh}${unverified?.zh ?? ""}），`,
        en: `Under rule ${rule.id} (${rule.title.en}; ${rule.source.document}${rule.source.article ? ` ${rule.source.article}` : ""}${unverified?.en ?? ""}), the`,
      }
    : { zh: "", en: "The" };
  steps.push({
    code: "start",
    zh: `${ruleText.zh}期间自${formatIsoDate(startDay)}起算${includeStartDay ? "（含当日）" : "（当日不计入）"}，期间为${periodText(period).zh}。`,
    en: `${ruleText.en} period of ${periodText(period).en} starts on ${formatIsoDate(startDay)} (${includeStartDay ? "that day counts" : "that day is not counted"}).`,
  });

  const { key, amount } = unitOf(period);

  // Hours: from the start instant, no roll-forward (民法典 art. 201(2)).
  if (key === "hours") {
    if (options.pauses && options.pauses.length > 0)
      throw new InvalidArgumentError(
        "options.pauses",
        "no pauses for an hour period (pauses are whole days)",
        options.pauses.length,
      );
    const startMs = momentToEpochMs(startDay, startMinute ?? 0);
    let dueMs = startMs + amount * MS_PER_HOUR;
    for (const [i, extension] of (options.extensions ?? []).entries()) {
      const ext = unitOf(checkPeriod(extension, `options.extensions[${i}]`));
      if (ext.key !== "hours")
        throw new InvalidArgumentError(`options.extensions[${i}]`, "{ hours } for an hour period", extension);
      dueMs += ext.amount * MS_PER_HOUR;
    }
    const due = toShanghaiMoment(new Date(dueMs));
    const dueInstant = formatShanghaiInstant(due.epochDay, due.minuteOfDay);
    steps.push({ code: "end", zh: `期间届满于 ${dueInstant}。`, en: `The period ends at ${dueInstant}.` });
    return finish(startDay, due.epochDay, dueInstant);
  }

  // 2. Count the period.
  const advance = (from: number, p: { key: keyof UnionKeys; amount: number }, countFromDay: boolean): number => {
    switch (p.key) {
      case "days":
        return from + p.amount - (countFromDay && p.amount > 0 ? 1 : 0);
      case "months":
      case "years": {
        const end = addMonthsClamped(from, p.key === "years" ? p.amount * 12 : p.amount);
        return countFromDay && p.amount > 0 ? end - 1 : end;
      }
      default: {
        if (p.amount === 0) return from;
        const iso = formatIsoDate(from);
        const firstCounts = countFromDay && calendar.isWorkingDay(iso);
        const result = calendar.addWorkingDaysDetailed(iso, firstCounts ? p.amount - 1 : p.amount);
        if (result.provisional) provisional = true;
        return toEpochDayInput(result.date);
      }
    }
  };

  const baseEnd = advance(startDay, { key, amount }, includeStartDay);
  steps.push({
    code: "count",
    zh: `${formatIsoDate(startDay)}后${periodText(period).zh}为${formatIsoDate(baseEnd)}（${describeDay(info(baseEnd)).zh}）。`,
    en: `${periodText(period).en} after ${formatIsoDate(startDay)} is ${formatIsoDate(baseEnd)}, ${describeDay(info(baseEnd)).en}.`,
  });

  // 3. Granted extensions, counted from the last day before any roll-forward: the extended period is one period.
  let end = baseEnd;
  const extensions = options.extensions ?? [];
  if (extensions.length > 0) {
    const max = rule?.extension?.max ? unitOf(rule.extension.max) : undefined;
    if (rule && !max)
      throw new InvalidArgumentError(
        "options.extensions",
        `no extension: rule ${rule.id} allows none`,
        extensions.length,
      );
    let granted = 0;
    extensions.forEach((extension, i) => {
      const ext = unitOf(checkPeriod(extension, `options.extensions[${i}]`));
      if (ext.key === "hours")
        throw new InvalidArgumentError(
          `options.extensions[${i}]`,
          "a day, working-day, month or year extension",
          extension,
        );
      if (max) {
        if (ext.key !== max.key)
          throw new InvalidArgumentError(
            `options.extensions[${i}]`,
            `an extension in ${max.key}, as rule ${rule?.id} allows`,
            extension,
          );
        granted += ext.amount;
        if (granted > max.amount)
          throw new InvalidArgumentError(
            "options.extensions",
            `extensions totalling at most ${max.amount} ${max.key} (rule ${rule?.id})`,
            granted,
          );
      }
      const extended = advance(end, ext, false);
      const text = periodText(extension);
      steps.push({
        code: "extension",
        zh: `延长${text.zh}，自${formatIsoDate(end)}起算，至${formatIsoDate(extended)}（${describeDay(info(extended)).zh}）。`,
        en: `Extended by ${text.en}, counted from ${formatIsoDate(end)}, to ${formatIsoDate(extended)}, ${describeDay(info(extended)).en}.`,
      });
      end = extended;
    });
  }

  // 4. Pauses prolong the period by the paused days inside it.
  if (options.pauses && options.pauses.length > 0) {
    const pauses = mergePauses(options.pauses);
    const windowStart = includeStartDay ? startDay : startDay + 1;
    const pauseUnit = key === "workingDays" ? ("workingDays" as const) : ("days" as const);
    const countPaused = (to: number): number => {
      let count = 0;
      for (const [from, last] of pauses) {
        const lo = Math.max(from, windowStart);
        const hi = Math.min(last, to);
        if (hi < lo) continue;
        if (pauseUnit === "days") count += hi - lo + 1;
        else {
          const counted = calendar.countWorkingDaysDetailed(formatIsoDate(lo), formatIsoDate(hi));
          if (counted.provisional) provisional = true;
          count += counted.count;
        }
      }
      return count;
    };
    const isPaused = (day: number): boolean => pauses.some(([from, last]) => day >= from && day <= last);
    // The paused days inside the period are made up by as many unpaused days (or working days) after its end;
    // pauses met on the way are skipped too.
    let owed = countPaused(end);
    while (owed > 0) {
      end = advance(end, { key: pauseUnit, amount: 1 }, false);
      if (!isPaused(end)) owed--;
    }
    const paused = countPaused(end);
    if (paused > 0) {
      const unit = pauseUnit === "workingDays" ? { zh: "个工作日", en: " working day" } : { zh: "日", en: " day" };
      const reasons = [
        ...new Set(
          pauses
            .filter(([from, last]) => last >= windowStart && from <= end)
            .flatMap(([, , reason]) => (reason === undefined ? [] : [reason])),
        ),
      ];
      steps.push({
        code: "pause",
        zh: `暂停计算的${paused}${unit.zh}${reasons.length > 0 ? `（${reasons.join("、")}）` : ""}不计入期间，期间延至${formatIsoDate(end)}（${describeDay(info(end)).zh}）。`,
        en: `${paused}${unit.en}${paused === 1 ? "" : "s"} paused${reasons.length > 0 ? ` (${reasons.join(", ")})` : ""} do not count; the period extends to ${formatIsoDate(end)}, ${describeDay(info(end)).en}.`,
      });
    }
  }

  // 5. Roll a last day that is a rest day forward to the next working day.
  const isRestDay = (day: number): boolean => {
    const i = info(day);
    if (i.isWorkingDay) return false;
    // Without weekends, only the days of a holiday break (its weekend days included) and local closures roll.
    return weekendIsRestDay || i.holiday !== undefined || i.overlay !== undefined;
  };
  if (rollForward && isRestDay(end)) {
    let next = end + 1;
    while (isRestDay(next)) next++;
    const d = describeDay(info(end));
    steps.push({
      code: "roll-forward",
      zh: `${formatIsoDate(end)}为${d.zh}，期间顺延至休息日后的第一日${formatIsoDate(next)}。`,
      en: `${formatIsoDate(end)} is ${d.en}; the period ends on the next working day, ${formatIsoDate(next)}.`,
    });
    end = next;
  }

  // 6. The end: 24:00, or closing time.
  let closing = closingMinute;
  if (options.officeHours) closing = openSpansOn(end, options.officeHours, calendar).at(-1)?.[1];
  const dueInstant =
    closing === undefined || closing >= 1440 ? formatEndOfShanghaiDay(end) : formatShanghaiInstant(end, closing);
  const atClosing = closing !== undefined && closing < 1440;
  steps.push({
    code: "end",
    zh: `期间届满日为${formatIsoDate(end)}，截止于${atClosing ? "办公时间结束" : "当日24时"}（${dueInstant}）。`,
    en: `The period ends on ${formatIsoDate(end)}, at ${atClosing ? "closing time" : "24:00"} (${dueInstant}).`,
  });
  return finish(startDay, end, dueInstant);

  function finish(from: number, due: number, instant: string): Deadline {
    return {
      startDate: formatIsoDate(from),
      dueDate: formatIsoDate(due),
      dueInstant: instant,
      period,
      ...(rule ? { rule } : {}),
      counting: { includeStartDay, rollForward, weekendIsRestDay },
      provisional,
      steps,
      explanation: explain(steps),
    };
  }
}
