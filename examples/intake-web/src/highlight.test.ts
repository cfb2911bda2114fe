import { suggestCategories } from "@xunshi/complaints";
import { describe, expect, it } from "vitest";
import { splitByEvidence } from "./highlight";

const span = (start: number, end: number, text: string, code: string) => ({ start, end, text, ruleId: "r", code });

describe("splitByEvidence", () => {
  it("keeps every character once, in order", () => {
    const text = "县住建局局长收受开发商现金20万元";
    const { suggestions } = suggestCategories(text);
    const pieces = splitByEvidence(
      text,
      suggestions.flatMap((s) => s.evidence),
    );
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.some((p) => p.codes.length > 0)).toBe(true);
  });

  it("merges overlapping spans piecewise with all their codes", () => {
    expect(splitByEvidence("abcdef", [span(1, 4, "bcd", "x"), span(3, 5, "de", "y")])).toEqual([
      { text: "a", codes: [] },
      { text: "bc", codes: ["x"] },
      { text: "d", codes: ["x", "y"] },
      { text: "e", codes: ["y"] },
      { text: "f", codes: [] },
    ]);
  });

  it("clips spans outside the text and handles an empty text", () => {
    expect(splitByEvidence("ab", [span(1, 9, "b", "x")])).toEqual([
      { text: "a", codes: [] },
      { text: "b", codes: ["x"] },
    ]);
    expect(splitByEvidence("", [])).toEqual([]);
  });
});
