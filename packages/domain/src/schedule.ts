import {
  type Calendar,
  computeDeadline,
  createCalendar,
  type Deadline,
  getDeadlineRule,
  isWithinOfficeHours,
  nextOpening,
  type OfficeHoursSchedule,
} from "@xunshi/calendar";
import { assertRoundLike } from "./internal/assert-round";
import { shanghaiDay } from "./internal/shanghai-day";
import { onSiteEndOf, type Round } from "./round-schema";
import { type Bilingual, type Matter, OFFICE_HOURS_DAYS, type SubjectRole } from "./vocabulary";

/** Options of the schedule functions. */
export interface ScheduleOptions {
  /** The working-day calendar (default: the mainland calendar). */
  readonly calendar?: Calendar;
}

/** A span of dates with its calendar and working days. */
export interface DateSpan {
  readonly from: string;
  readonly to: string;
  readonly calendarDays: number;
  readonly workingDays: number;
}

/** A round's derived schedule. */
export interface RoundSchedule {
  readonly mobilization?: string;
  /** The stationing days (they may include rest days). */
  readonly stationing: DateSpan;
  /** The on-site period, from stationing to its derived end (when a duration or end is known). */
  readonly onSite?: DateSpan;
  /** The acceptance window: 2024-10-12..2025-01-07 is 88 calendar days and 62 working days. */
  readonly acceptance: DateSpan;
  /** When the rectification report is due (2 months after feedback), once the feedback date is known. */
  readonly rectificationReportDue?: Deadline;
}

function span(from: string, to: string, calendar: Calendar): DateSpan {
  const calendarDays = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return { from, to, calendarDays, workingDays: calendar.countWorkingDays(from, to) };
}

/**
 * Derives a round's schedule with the working-day calendar: the stationing days, the on-site period from stationing
 * plus its duration ("about 3 months"), the calendar and working days of the acceptance window, and the rectification
 * report's due date after feedback (`inspection.rectification-report`).
 *
 * @param round - a validated round
 * @param options - `calendar`
 * @returns the schedule
 * @throws {DomainError} code `INVALID_ARGUMENT` when `round` is not a validated round
 * @throws {CoverageError} (from `@xunshi/calendar`) when a date lies outside the calendar's data
 * @example
 * deriveSchedule(parseRound(shanxi2024Round6)).acceptance
 * //=> { from: "2024-10-12", to: "2025-01-07", calendarDays: 88, workingDays: 62 }
 */
export function deriveSchedule(round: Round, options: ScheduleOptions = {}): RoundSchedule {
  assertRoundLike(round, "deriveSchedule");
  const calendar = options.calendar ?? defaultCalendar();
  const { keyDates, acceptance } = round;
  const end = onSiteEndOf(keyDates);
  const feedback = keyDates.feedback ?? round.events?.find((e) => e.phase === "feedback")?.from;
  return {
    ...(keyDates.mobilization ? { mobilization: keyDates.mobilization } : {}),
    stationing: span(keyDates.stationing.from, keyDates.stationing.to, calendar),
    ...(end ? { onSite: span(keyDates.stationing.from, end, calendar) } : {}),
    acceptance: span(acceptance.start, acceptance.cutoff, calendar),
    ...(feedback
      ? {
          rectificationReportDue: computeDeadline(feedback, getDeadlineRule("inspection.rectification-report"), {
            calendar,
          }),
        }
      : {}),
  };
}

let mainland: Calendar | undefined;
function defaultCalendar(): Calendar {
  mainland ??= createCalendar();
  return mainland;
}

/** Whether a round accepts complaints at an instant, and why. */
export interface AcceptingAt {
  /** `true` when the desk is open and the window runs. */
  readonly accepting: boolean;
  /** `before-window`, `after-cutoff`, `outside-office-hours` or `open`. */
  readonly code: "before-window" | "after-cutoff" | "outside-office-hours" | "open";
  /** Why, in Chinese and English. */
  readonly reason: Bilingual;
  /** The next opening inside the window, when there is one. */
  readonly nextOpening?: string;
}

/**
 * Whether a round's desk accepts calls and visits at an instant: inside the window (start to cut-off) and its office
 * hours. The instant is read in Asia/Shanghai, whatever the host zone. `now` is always an argument.
 *
 * @param round - a validated round
 * @param instant - a `Date` or an ISO date-time
 * @param options - `calendar`
 * @returns the answer with its reason and the next opening
 * @throws {DomainError} code `INVALID_ARGUMENT` for an instant that is not a valid `Date` or ISO date-time, or a
 *   `round` that is not a validated round
 * @throws {CoverageError} (from `@xunshi/calendar`) when the window lies outside the calendar's data
 * @example
 * isAcceptingAt(round, "2024-10-12T09:00:00+08:00").accepting // a make-up working Saturday
 * //=> true
 * isAcceptingAt(round, "2024-10-13T09:00:00+08:00").nextOpening // a Sunday
 * //=> "2024-10-14T08:00:00+08:00"
 */
export function isAcceptingAt(round: Round, instant: Date | string, options: ScheduleOptions = {}): AcceptingAt {
  assertRoundLike(round, "isAcceptingAt");
  const calendar = options.calendar ?? defaultCalendar();
  const { start, cutoff, officeHours } = round.acceptance;
  const day = shanghaiDay(instant);
  if (day > cutoff)
    return {
      accepting: false,
      code: "after-cutoff",
      reason: { zh: `受理已于${cutoff}截止。`, en: `Acceptance closed on ${cutoff}.` },
    };
  const opening = (from: Date | string) => {
    const next = nextOpening(from, officeHours, { calendar });
    return next.slice(0, 10) <= cutoff ? next : undefined;
  };
  if (day < start) {
    const next = opening(`${start}T00:00`);
    return {
      accepting: false,
      code: "before-window",
      reason: { zh: `受理自${start}开始。`, en: `Acceptance opens on ${start}.` },
      ...(next ? { nextOpening: next } : {}),
    };
  }
  if (!isWithinOfficeHours(instant, officeHours, { calendar })) {
    const hours = officeHours.segments.map((x) => `${x.start}–${x.end}`).join(", ");
    const next = opening(instant);
    return {
      accepting: false,
      code: "outside-office-hours",
      reason: {
        zh: `不在受理时间内（${OFFICE_HOURS_DAYS.labels[officeHours.days].zh}${hours}）。`,
        en: `Outside the acceptance hours (${OFFICE_HOURS_DAYS.labels[officeHours.days].en.toLowerCase()}, ${hours}).`,
      },
      ...(next ? { nextOpening: next } : {}),
    };
  }
  return { accepting: true, code: "open", reason: { zh: "正在受理。", en: "Open for complaints." } };
}

/** The acceptance rules of a round, in the shape `@xunshi/complaints`' `assessScope` takes. */
export interface RoundAcceptanceRules {
  readonly start: string;
  readonly cutoff: string;
  readonly officeHours: OfficeHoursSchedule;
  /** Complaint channels the round opened (`letter`, `phone`, `visit`, `email`, `online`, `sms`, `suggestion-box`). */
  readonly channels: readonly ("letter" | "phone" | "visit" | "email" | "online" | "sms" | "suggestion-box")[];
  readonly subjectRoles: readonly SubjectRole[];
  readonly matters: readonly Matter[];
}

const CHANNEL_MAP = {
  hotline: "phone",
  sms: "sms",
  "postal-box": "letter",
  email: "email",
  "online-platform": "online",
  visit: "visit",
  "suggestion-box": "suggestion-box",
} as const;

/**
 * The acceptance rules of a round (window, hours, channels, subjects, matters), ready for `assessScope` of
 * `@xunshi/complaints`.
 *
 * @param round - a validated round
 * @returns the rules
 * @throws {DomainError} code `INVALID_ARGUMENT` when `round` is not a validated round
 * @example
 * toAcceptanceRules(parseRound(shanxi2024Round6)).channels
 * //=> ["phone", "letter", "visit"]
 */
export function toAcceptanceRules(round: Round): RoundAcceptanceRules {
  assertRoundLike(round, "toAcceptanceRules");
  const { acceptance } = round;
  return {
    start: acceptance.start,
    cutoff: acceptance.cutoff,
    officeHours: acceptance.officeHours,
    channels: [...new Set(acceptance.channels.map((c) => CHANNEL_MAP[c.kind]))],
    subjectRoles: acceptance.scope.subjectRoles,
    matters: acceptance.scope.matters,
  };
}
