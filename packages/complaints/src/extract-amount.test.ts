import { describe, expect, it } from "vitest";
import { parseChineseNumber } from "./extract-amount";
import { SuggestionError } from "./suggest-error";

describe("parseChineseNumber", () => {
  it.each([
    ["二十万", 200_000, 200_000],
    ["一百二十万", 1_200_000, 1_200_000],
    ["一万二", 12_000, 12_000],
    ["两万四", 24_000, 24_000],
    ["四万八", 48_000, 48_000],
    ["一亿二千万", 120_000_000, 120_000_000],
    ["五百", 500, 500],
    ["一千零五", 1005, 1005],
    ["1.5万", 15_000, 15_000],
    ["3,000", 3000, 3000],
    ["5万", 50_000, 50_000],
  ])("reads %s exactly", (text, min, max) => {
    expect(parseChineseNumber(text)).toEqual({ min, max, approximate: false });
  });

  it.each([
    ["六七十万", 600_000, 700_000],
    ["一两万", 10_000, 20_000],
    ["八千多", 8000, 9000],
    ["七百多万", 7_000_000, 8_000_000],
    ["十几", 11, 19],
  ])("reads the approximate %s as a range", (text, min, max) => {
    expect(parseChineseNumber(text)).toEqual({ min, max, approximate: true });
  });

  it("returns undefined for text that is not a number", () => {
    expect(parseChineseNumber("局长")).toBeUndefined();
    expect(parseChineseNumber("")).toBeUndefined();
  });

  it("throws a typed error for a non-string", () => {
    expect(() => parseChineseNumber(5 as unknown as string)).toThrow(SuggestionError);
  });
});
