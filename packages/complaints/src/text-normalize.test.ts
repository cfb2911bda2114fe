import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeChineseText, toSimplifiedChinese } from "./text-normalize";

describe("normalizeChineseText", () => {
  it("maps traditional characters to simplified ones", () => {
    expect(normalizeChineseText("黨委書記說學院領導幹部")).toBe("党委书记说学院领导干部");
  });

  it("maps full-width ASCII and capitals", () => {
    expect(normalizeChineseText("ＫＴＶ１２３ABC，")).toBe("ktv123abc,");
  });

  it("never changes the length, so offsets stay valid", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        expect(normalizeChineseText(s)).toHaveLength(s.length);
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (s) => {
        const once = normalizeChineseText(s);
        expect(normalizeChineseText(once)).toBe(once);
      }),
    );
  });

  it("leaves simplified text unchanged", () => {
    const s = "镇里让每户买五百块钱的平安保险 不买的低保暂停。";
    expect(normalizeChineseText(s)).toBe(s);
  });
});

describe("toSimplifiedChinese", () => {
  it("converts traditional characters but keeps Latin letters and full-width forms", () => {
    expect(toSimplifiedChinese("我們縣的ＫＴＶ和KTV")).toBe("我们县的ＫＴＶ和KTV");
  });
});
