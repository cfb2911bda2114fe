import { parseRound, shanxi2024Round6, toAcceptanceRules } from "@xunshi/domain";
import type { AcceptanceRules } from "../src/assess-scope";
import type { Complaint } from "../src/complaint-schema";

/**
 * The motivating round (Shanxi, 12th provincial committee, 6th round, reference.md §0), from `@xunshi/domain`'s
 * fixture: stationed from 2024-10-12 (a make-up working Saturday), cut-off 2025-01-07, hotline, postal box and visits
 * on working days in office hours (the clock times are the domain fixture's stated assumption).
 */
export const ROUND = parseRound(shanxi2024Round6);

/** The motivating round's acceptance rules (`toAcceptanceRules` of `@xunshi/domain`). */
export const ROUND_RULES: AcceptanceRules = toAcceptanceRules(ROUND);

/** A named phone complaint about a leadership-team member's banquets, received in office hours. */
export const NAMED: Complaint = {
  id: "r6-t1-0001",
  receivedAt: "2024-12-30T10:00:00+08:00",
  channel: "phone",
  roundId: "shanxi-2024-round-6",
  teamNumber: 1,
  targetId: "city-a",
  complainant: {
    kind: "named",
    name: "张某某",
    contact: "13900000000",
    idNumber: "14010119800101001X",
    address: "太原市某区某街道",
    unit: "某公司",
  },
  isRepeat: false,
  subjects: [
    { name: "李某", unit: "某市政府", position: "副市长", rankLevel: "department-bureau", role: "leadership-team" },
  ],
  content: "李某多次用公款在私人会所宴请，每次花费上万元。",
  categorization: { primary: "integrity.public-funds-banquets", taxonomyVersion: "2024.1", setBy: "staff" },
};

/** The same complaint, anonymous. */
export const ANONYMOUS: Complaint = { ...NAMED, id: "r6-t1-0002", complainant: { kind: "anonymous" } };
