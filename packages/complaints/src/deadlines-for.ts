import {
  type Calendar,
  computeDeadline,
  type Deadline,
  type DeadlineRule,
  getDeadlineRule,
  parseDate,
} from "@xunshi/calendar";
import type { Complaint, Disposition } from "./complaint-schema";
import { ComplaintArgumentError } from "./complaints-error";
import { parseDisposition } from "./parse-complaint";
import { isInScopeCategory } from "./taxonomy";

/** Destinations inside the discipline chain: their clocks come from the accusation rules. */
const DISCIPLINE_CHAIN: ReadonlySet<string> = new Set([
  "inspection-team",
  "discipline-commission",
  "higher-discipline-commission",
]);
/** Bodies that handle a transferred petition matter under 信访工作条例 art. 23(3). */
const PETITION_BODIES: ReadonlySet<string> = new Set([
  "inspected-unit",
  "competent-department",
  "organization-department",
]);

/** A clock that applies to a complaint, with its due date and why it applies. */
export interface ComplaintClock {
  /** The rule's id, e.g. `accusation.acceptance-notice`. */
  readonly ruleId: string;
  /** The rule (period, source, …). */
  readonly rule: DeadlineRule;
  /** The computed deadline with its explanation. */
  readonly deadline: Deadline;
  /** Why this clock applies, in Chinese and English. */
  readonly because: { readonly zh: string; readonly en: string };
}

/** Options of {@link deadlinesFor}. */
export interface DeadlinesForOptions {
  /** The working-day calendar (default: mainland). */
  readonly calendar?: Calendar;
}

/**
 * Whether a complaint is a named accusation in the sense of 检举控告工作规则 art. 24: the complainant's real name plus a
 * concrete contact. A named complaint without a contact is handled as anonymous.
 *
 * @param complaint - a complaint
 * @returns `true` for a named accusation with a contact
 * @example
 * isNamedAccusation({ ...complaint, complainant: { kind: "anonymous" } })
 * //=> false
 */
export function isNamedAccusation(complaint: Pick<Complaint, "complainant">): boolean {
  return complaint.complainant.kind === "named" && complaint.complainant.contact !== undefined;
}

function day(instant: string): string {
  return parseDate(new Date(instant));
}

/**
 * Every clock that applies to a complaint under its disposition, with due dates and explanations (rules from
 * `@xunshi/calendar`):
 * - an accusation (a discipline or rectification matter) referred to the commission one level up: forwarded within 5
 *   working days (检举控告工作规则 art. 15); referred to a discipline commission at the same or a lower level: 5 working
 *   days (art. 16);
 * - a named, non-repeat accusation: the acceptance notice within 15 working days of receipt, and, once closed, the
 *   result within 15 working days of closure; anonymous accusations and repeats get neither;
 * - a matter referred or handed over outside the discipline chain: for a named, non-repeat complainant with an
 *   address, the written notice of where it went within 15 days of receipt (信访工作条例 art. 23(2)); to the petition
 *   bureau, its registration and routing within 15 days (art. 22); to the inspected unit, a competent department or
 *   the organization department, their 5-working-day objection window and (named, with address) their 15-day notice
 *   (art. 23(3)) — the receiving body's clocks count from the referral (`decidedAt`), the earliest it can have the
 *   matter. Courts, procuratorates, police, arbitration and review bodies get no petition clock: the matter enters their
 *   own procedure (诉访分离, arts. 28, 31).
 *
 * @param complaint - a validated complaint
 * @param disposition - what was decided (default: the complaint's own `disposition`, else none: no routing clocks)
 * @param options - `calendar`
 * @returns the clocks, in the order above
 * @throws {ComplaintValidationError} for a disposition that breaks the schema (a referral without a destination, a
 *   closure without `closedAt`, …)
 * @throws {ComplaintArgumentError} for a disposition decided before the complaint was received
 * @example
 * deadlinesFor(namedComplaint, { status: "accepted", decidedAt: "2024-12-30T10:00:00+08:00" }).map((c) => [c.ruleId, c.deadline.dueDate])
 * //=> [["accusation.acceptance-notice", "2025-01-21"]] (received 2024-12-30)
 */
export function deadlinesFor(
  complaint: Complaint,
  disposition: Disposition | undefined = complaint.disposition,
  options: DeadlinesForOptions = {},
): ComplaintClock[] {
  if (disposition !== undefined) {
    parseDisposition(disposition);
    if (Date.parse(disposition.decidedAt) < Date.parse(complaint.receivedAt))
      throw new ComplaintArgumentError(
        "disposition.decidedAt",
        `an instant at or after the complaint's receivedAt ${complaint.receivedAt}`,
        disposition.decidedAt,
      );
  }
  const clocks: ComplaintClock[] = [];
  const calendarOption = options.calendar ? { calendar: options.calendar } : {};
  const add = (ruleId: string, start: string, because: { zh: string; en: string }) => {
    const rule = getDeadlineRule(ruleId);
    clocks.push({ ruleId, rule, deadline: computeDeadline(start, rule, calendarOption), because });
  };
  const received = day(complaint.receivedAt);
  const category = complaint.categorization?.primary;
  const isAccusation = category === undefined || isInScopeCategory(category);
  const named = isNamedAccusation(complaint);

  if (isAccusation && disposition?.status === "referred") {
    if (disposition.destination === "higher-discipline-commission") {
      add("accusation.forward-to-higher", received, {
        zh: "属于上级纪委监委受理的检举控告，应在5个工作日内报送。",
        en: "An accusation for the commission one level up must be forwarded within 5 working days.",
      });
    } else if (disposition.destination === "discipline-commission") {
      add("accusation.forward-to-lower", day(disposition.decidedAt), {
        zh: "转交纪委监委的检举控告，接收方应在5个工作日内受理或转办（自转交之日起算）。",
        en: "An accusation passed to a discipline commission is accepted or re-routed within 5 working days (counted from the referral).",
      });
    }
  }

  if (isAccusation && named && !complaint.isRepeat) {
    add("accusation.acceptance-notice", received, {
      zh: "实名检举控告（非重复件），应在收到之日起15个工作日内告知受理情况。",
      en: "A named, non-repeat accusation: the accuser is told within 15 working days whether it is accepted.",
    });
    if (disposition?.status === "closed" && disposition.closedAt) {
      add("accusation.result-notice", day(disposition.closedAt), {
        zh: "实名检举控告办结后，应在15个工作日内反馈处理结果。",
        en: "Once a named accusation is closed, the accuser is told the result within 15 working days.",
      });
    }
  }

  // Matters referred outside the discipline chain (信访工作条例 arts. 22, 23, 28, 31).
  const to =
    disposition?.status === "referred" || disposition?.status === "handed-over" ? disposition.destination : undefined;
  if (to !== undefined && !DISCIPLINE_CHAIN.has(to)) {
    const decided = day((disposition as Disposition).decidedAt);
    const withAddress =
      complaint.complainant.kind === "named" && complaint.complainant.address !== undefined && !complaint.isRepeat;
    if (withAddress) {
      add("petition.notice-direct", received, {
        zh: "信访人姓名、住址清楚的，直接收到信访事项的机关应在收到之日起15日内书面告知转送去向。",
        en: "With the petitioner's name and address known, the body filed with tells them in writing within 15 days of receipt where the matter went.",
      });
    }
    if (to === "petition-bureau") {
      add("petition.registration", decided, {
        zh: "信访工作机构应在15日内登记并转送、交办（自转交之日起算，即其最早收到之日）。",
        en: "The petition bureau registers and routes the matter within 15 days (counted from the referral, the earliest it can have received it).",
      });
    } else if (PETITION_BODIES.has(to)) {
      add("petition.objection", decided, {
        zh: "收到转送事项的机关认为不属于其职权范围的，应在5个工作日内提出异议（自转交之日起算）。",
        en: "The body receiving the matter objects within 5 working days if it is outside its remit (counted from the referral).",
      });
      if (withAddress) {
        add("petition.notice-transferred", decided, {
          zh: "收到转送事项的机关应在15日内书面告知信访人（自转交之日起算）。",
          en: "The body receiving the matter tells the petitioner in writing within 15 days (counted from the referral).",
        });
      }
    }
    // Courts, procuratorates, police, arbitration and review bodies: the matter enters their own procedure (诉访分离,
    // art. 28, art. 31(1)–(5)); its periods are that procedure's, not a petition clock.
  }
  return clocks;
}
