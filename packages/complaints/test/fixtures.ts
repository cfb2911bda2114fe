import type { AcceptanceRules } from "../src/assess-scope";
import type { Complaint } from "../src/complaint-schema";

/**
 * The motivating round (Shanxi, 12th provincial committee, 6th round, reference.md §0) as acceptance rules: teams
 * stationed from 2024-10-12 (a make-up working Saturday), cut-off 2025-01-07, hotline on working days in office hours
 * (§1.8). The exact hours and the channel list are assumptions in the style of the announcements (§1.8), not facts of
 * this round.
 *
 * LOCAL ADAPTER: `@xunshi/domain` (its round fixture and `toAcceptanceRules`) had no sources when these tests were
 * written; swap this for `toAcceptanceRules(<the domain fixture>)` once it lands.
 */
export const ROUND_RULES: AcceptanceRules = {
  start: "2024-10-12",
  cutoff: "2025-01-07",
  officeHours: {
    days: "working-days",
    segments: [
      { start: "08:00", end: "12:00" },
      { start: "14:30", end: "18:00" },
    ],
  },
  channels: ["letter", "phone", "visit", "sms"],
  subjectRoles: ["leadership-team", "next-level-principal", "key-post"],
  matters: ["political", "organizational", "integrity", "mass", "work", "life", "rectification"],
};

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
