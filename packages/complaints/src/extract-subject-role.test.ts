import { describe, expect, it } from "vitest";
import { guessSubjectRole } from "./extract-subject-role";
import { SuggestionError } from "./suggest-error";

const county = { kind: "region", level: "county" } as const;

describe("guessSubjectRole", () => {
  it.each([
    ["副县长顾某某醉酒滋事", "leadership_team"],
    ["县委书记", "leadership_team"],
    ["县财政局局长", "next_level_principal"],
    ["某镇镇长", "next_level_principal"],
    ["财务科长", "key_post"],
    ["住建局副局长", "other"],
  ])("reads %s for a county target as %s", (text, role) => {
    expect(guessSubjectRole(text, county)?.role).toBe(role);
  });

  it("treats a village secretary as a next-level principal for a township target", () => {
    expect(guessSubjectRole("村支书", { kind: "region", level: "township" })?.role).toBe("next_level_principal");
  });

  it.each([
    ["副校长赵某某", "leadership_team"],
    ["文学院院长何某某", "next_level_principal"],
    ["基建处副处长", "key_post"],
  ])("reads %s for a university as %s", (text, role) => {
    expect(guessSubjectRole(text, { kind: "university" })?.role).toBe(role);
  });

  it.each([
    ["集团副总经理鲍某", "leadership_team"],
    ["财务总监汤某某", "key_post"],
  ])("reads %s for an enterprise as %s", (text, role) => {
    expect(guessSubjectRole(text, { kind: "enterprise" })?.role).toBe(role);
  });

  it("returns undefined when no position is named", () => {
    expect(guessSubjectRole("有一伙人推销保健品", county)).toBeUndefined();
  });

  it("rejects an unknown target kind", () => {
    expect(() => guessSubjectRole("局长", { kind: "planet" } as never)).toThrow(SuggestionError);
  });
});
