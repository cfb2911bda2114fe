import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSimilarityIndex, findSimilar } from "./find-similar";
import { SuggestionError } from "./suggest-error";

const A =
  "村主任截留危房改造补助，县里给每户两万元，只给了我们一万二，剩下的八千说是村里垫付的材料费，全村十几户都是这样。";
const B = "某县住建局局长葛某某在办理预售许可过程中收受开发商现金二十万元、购物卡五万元，还收受名烟名酒若干。";

describe("createSimilarityIndex", () => {
  it("finds a repeat sent again with small edits", () => {
    const index = createSimilarityIndex();
    index.add("a", A);
    index.add("b", B);
    const repeat = `${A.replace("十几户", "十多户")}请领导明察！`;
    const matches = findSimilar(repeat, index);
    expect(matches.map((m) => m.id)).toEqual(["a"]);
    expect(matches[0]?.similarity).toBeGreaterThan(0.6);
  });

  it("finds a repeat written in traditional characters", () => {
    const index = createSimilarityIndex();
    index.add("a", A);
    const trad =
      "村主任截留危房改造補助，縣裡給每戶兩萬元，只給了我們一萬二，剩下的八千說是村裡墊付的材料費，全村十幾戶都是這樣。";
    expect(findSimilar(trad, index)[0]?.id).toBe("a");
  });

  it("does not report unrelated complaints", () => {
    const index = createSimilarityIndex();
    index.add("b", B);
    expect(findSimilar(A, index)).toEqual([]);
  });

  it("estimates 1 for identical texts, whatever the punctuation", () => {
    const index = createSimilarityIndex();
    index.add("a", A);
    expect(findSimilar(A.replace(/，/g, " "), index)).toEqual([{ id: "a", similarity: 1 }]);
  });

  it("estimates similarity within the MinHash error of the true Jaccard index", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 50 }), (cut) => {
        const index = createSimilarityIndex({ numHashes: 128, bands: 64 });
        index.add("a", A);
        const q = A.slice(0, cut);
        const m = findSimilar(q, index, { threshold: 0 })[0];
        const shingles = (s: string) => {
          const c = s.replace(/[^\p{L}\p{N}]/gu, "");
          return new Set(Array.from({ length: c.length - 2 }, (_, i) => c.slice(i, i + 3)));
        };
        const x = shingles(A);
        const y = shingles(q);
        const inter = [...y].filter((s) => x.has(s)).length;
        const jaccard = inter / (x.size + y.size - inter);
        if (m) expect(Math.abs(m.similarity - jaccard)).toBeLessThan(0.25);
      }),
      { numRuns: 20 },
    );
  });

  it("supports remove and has, and rejects duplicate ids", () => {
    const index = createSimilarityIndex();
    index.add("a", A);
    expect(() => index.add("a", B)).toThrow(SuggestionError);
    expect(index.has("a")).toBe(true);
    expect(index.remove("a")).toBe(true);
    expect(index.size).toBe(0);
    expect(findSimilar(A, index)).toEqual([]);
  });

  it("accepts empty texts without matching them", () => {
    const index = createSimilarityIndex();
    index.add("empty", "");
    expect(findSimilar("", index)).toEqual([]);
    expect(index.size).toBe(1);
  });

  it("rejects inconsistent options", () => {
    expect(() => createSimilarityIndex({ numHashes: 10, bands: 3 })).toThrow(/multiple/);
  });
});
