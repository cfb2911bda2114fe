import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./language.js";

describe("negotiateLanguage", () => {
  it.each([
    [undefined, "zh"],
    ["", "zh"],
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["en;q=0.4,zh-TW;q=0.6", "zh"],
    ["fr-FR,en;q=0.5", "en"],
    ["fr-FR", "zh"],
    ["en;q=0", "zh"],
    ["EN-gb", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
