import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "./domain-error";
import { shanxi2024Round6 } from "./fixtures/shanxi-2024-round-6";
import { canTransition, nextPhases, phaseOn, transition } from "./lifecycle";
import { parseRound } from "./parse-round";
import { PHASES, type Phase } from "./vocabulary";

const round = parseRound(shanxi2024Round6);

describe("lifecycle transitions", () => {
  it("walks preparation → mobilization → … → rectification report → closed in order", () => {
    const walked: Phase[] = ["preparation"];
    for (let phase: Phase = "preparation"; phase !== "closed"; ) {
      const next = nextPhases(phase)[0];
      if (next === undefined) break;
      phase = transition(phase, next);
      walked.push(phase);
    }
    expect(walked).toEqual([...PHASES.codes]);
    expect(nextPhases("closed")).toEqual([]);
  });

  it("allows skipping the hand-over when there are no leads", () => {
    expect(nextPhases("feedback")).toEqual(["handover", "rectification"]);
    expect(canTransition("feedback", "rectification")).toBe(true);
  });

  it("forbids feedback before the report, skipping ahead, and going back", () => {
    expect(canTransition("on-site", "feedback")).toBe(false);
    expect(canTransition("stationing", "report")).toBe(false);
    expect(canTransition("report", "on-site")).toBe(false);
    expect(canTransition("closed", "preparation")).toBe(false);
    expect(() => transition("on-site", "feedback")).toThrow(DomainError);
    expect(() => transition("on-site", "feedback")).toThrow(
      "Invalid transition from on-site to feedback: expected report.",
    );
    expect(transition("report", "feedback")).toBe("feedback");
  });

  it("rejects an unknown phase with a typed error", () => {
    expect(() => nextPhases("unknown" as Phase)).toThrow(DomainError);
  });

  it("only ever moves forward (property)", () => {
    const phase = fc.constantFrom(...PHASES.codes);
    fc.assert(
      fc.property(phase, phase, (from, to) => {
        if (canTransition(from, to)) {
          const gap = PHASES.codes.indexOf(to) - PHASES.codes.indexOf(from);
          return gap === 1 || (from === "feedback" && to === "rectification");
        }
        return !nextPhases(from).includes(to);
      }),
    );
  });
});

describe("phaseOn", () => {
  it("reads the motivating round's phase on a date, a Sunday of stationing included", () => {
    expect(phaseOn(round, "2024-10-09")).toBeUndefined();
    expect(phaseOn(round, "2024-10-10")).toBe("mobilization");
    expect(phaseOn(round, "2024-10-13")).toBe("stationing"); // a Sunday
    expect(phaseOn(round, "2024-10-15")).toBe("on-site");
  });

  it("moves on with later events and the feedback date", () => {
    const later = parseRound({
      ...shanxi2024Round6,
      keyDates: { ...shanxi2024Round6.keyDates, feedback: "2025-03-31" },
      events: [...shanxi2024Round6.events, { phase: "report", from: "2025-02-20" }],
    });
    expect(phaseOn(later, "2025-02-20")).toBe("report");
    expect(phaseOn(later, "2025-04-01")).toBe("feedback");
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(() => phaseOn(round, "2024/10/13")).toThrow(DomainError);
  });
});
