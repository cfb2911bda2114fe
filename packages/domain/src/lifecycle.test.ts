import { describe, expect, it } from "vitest";
import { DomainError } from "./domain-error";
import { canTransition, nextPhases, transition } from "./lifecycle";
import { PHASES } from "./vocabulary";

describe("lifecycle", () => {
  it("walks preparation → … → closed in order", () => {
    const path = PHASES.codes;
    for (let i = 0; i < path.length - 1; i++) expect(canTransition(path[i] as never, path[i + 1] as never)).toBe(true);
    expect(nextPhases("closed")).toEqual([]);
  });

  it("allows skipping the hand-over when there are no leads", () => {
    expect(nextPhases("feedback")).toEqual(["handover", "rectification"]);
  });

  it("forbids feedback before the report, and going back", () => {
    expect(canTransition("on-site", "feedback")).toBe(false);
    expect(canTransition("report", "on-site")).toBe(false);
    expect(() => transition("on-site", "feedback")).toThrow(DomainError);
    expect(() => transition("on-site", "feedback")).toThrow(/expected report/);
    expect(transition("report", "feedback")).toBe("feedback");
    expect(() => nextPhases("unknown" as never)).toThrow(DomainError);
  });
});
