import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDefaultLexicon } from "./lexicon";
import { createSuggester, suggestCategories } from "./suggest-categories";
import { SuggestionError } from "./suggest-error";
import { TOP_LEVEL_CODES } from "./taxonomy";

const TOP: readonly string[] = TOP_LEVEL_CODES;

describe("suggestCategories", () => {
  it("files an accepted bribe under integrity with the words that show it", () => {
    const text = "举报县住建局局长葛某某，去年为开发商办理预售许可，收受现金20万元和购物卡5万元。";
    const r = suggestCategories(text);
    const first = r.suggestions[0];
    expect(first?.category).toBe("integrity");
    expect(first?.code.startsWith("integrity")).toBe(true);
    expect(first?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(["收受", "购物卡"]));
    expect(r.inScope).toBe(true);
  });

  it("reads described facts: cars lining up at a cadre's door at every festival are gifts", () => {
    const r = suggestCategories("每逢过节，局长家门口就停满了车，一个个拎着东西上去。");
    expect(r.suggestions[0]?.category).toBe("integrity");
    expect(r.suggestions[0]?.evidence.map((e) => e.text)).toContain("每逢");
  });

  it("routes an appeal against a bribery conviction to litigation, even with integrity words", () => {
    const r = suggestCategories("我父亲被法院以受贿罪判了五年，那二十万是别人放的，他是冤枉的，请帮他申冤。");
    expect(r.suggestions[0]?.category).toBe("litigation");
    expect(r.inScope).toBe(false);
  });

  it("treats a claim for one's own loss from a private business as a personal grievance", () => {
    const r = suggestCategories("我给孩子报了民办培训学校，交了两万四，学校关门了老板联系不上，请帮我们追回学费。");
    expect(r.suggestions[0]?.category).toBe("personal-grievance");
  });

  it("files a report about someone with no public role under other", () => {
    const r = suggestCategories("村里有个姓胡的搞投资，说年化收益百分之二十，他不是干部也不是党员，就是个生意人。");
    expect(r.suggestions[0]?.category).toBe("other");
  });

  it("records evidence spans as UTF-16 offsets into the original text", () => {
    const text = "😀😀 我們局長收受賄賂，還搞小圈子。";
    const r = suggestCategories(text, { limit: 10 });
    const spans = r.suggestions.flatMap((s) => s.evidence);
    expect(spans.length).toBeGreaterThan(0);
    for (const e of spans) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.start).toBeGreaterThanOrEqual(4); // after the two surrogate pairs
    }
    expect(spans.map((e) => e.text)).toEqual(expect.arrayContaining(["收受", "賄賂", "小圈子"]));
  });

  it("keeps evidence spans inside the text and equal to its slices for any text", () => {
    const terms = getDefaultLexicon()
      .rules.flatMap((r) => r.terms ?? [])
      .slice(0, 400);
    const piece = fc.oneof(fc.constantFrom(...terms), fc.string({ maxLength: 6 }), fc.constantFrom("😀", "，", "\n"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const r = suggestCategories(text, { limit: 10, minScore: 0 });
        expect(TOP).toContain(r.suggestions[0]?.category);
        for (const s of r.suggestions) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
          for (const e of s.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(e.start, e.end)).toBe(e.text);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("ranks suggestions by score, one per top-level category", () => {
    const r = suggestCategories("上轮巡视指出公款吃喝，整改后领导们还是每周去企业食堂吃饭，用的还是单位的车。", {
      limit: 10,
      minScore: 0,
    });
    const scores = r.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(r.suggestions.map((s) => s.category)).size).toBe(r.suggestions.length);
    expect(r.suggestions[0]?.category).toBe("rectification");
  });

  it("returns other with a low score for empty or content-free text", () => {
    for (const text of ["", "   ", "。。。！！", "您好", "\u0000\uFFFF", "🙂🙂🙂"]) {
      const r = suggestCategories(text);
      expect(r.suggestions[0]?.category).toBe("other");
      expect(r.suggestions[0]?.score).toBeLessThan(0.3);
      expect(r.inScope).toBe(false);
    }
  });

  it("gives the same categories for traditional and simplified characters", () => {
    const simplified = "我们学院的院长，每次提拔干部都是他一个人说了算，民主推荐只是走过场。";
    const traditional = "我們學院的院長，每次提拔幹部都是他一個人說了算，民主推薦只是走過場。";
    const a = suggestCategories(simplified);
    const b = suggestCategories(traditional);
    expect(b.suggestions.map((s) => [s.category, s.code, s.score])).toEqual(
      a.suggestions.map((s) => [s.category, s.code, s.score]),
    );
    expect(b.suggestions[0]?.category).toBe("organizational");
    expect(b.suggestions[0]?.evidence.some((e) => e.text.endsWith("說了算"))).toBe(true);
  });

  it("handles mixed traditional and simplified text in one letter", () => {
    const r = suggestCategories("鎮里的書記收受老板红包，还把低保名額给了自己亲戚。", { limit: 5 });
    const cats = r.suggestions.map((s) => s.category);
    expect(cats).toContain("integrity");
    expect(cats).toContain("mass");
  });

  it("reads common misspellings through aliases, keeping offsets into the original text", () => {
    const text = "我们镇的书计收了底保户的钱";
    const r = suggestCategories(text, { limit: 10, minScore: 0 });
    const spans = r.suggestions.flatMap((s) => s.evidence);
    expect(spans.some((e) => e.text.includes("底保"))).toBe(true);
    for (const e of spans) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(r.mentionsPublicRole).toBe(true);
  });

  it("rejects aliases that would move offsets", () => {
    expect(() => createSuggester({ extend: { settings: { aliases: { 书计: "党委书记" } } } })).toThrow(SuggestionError);
  });

  it("is not moved by the formulae letters open and close with", () => {
    const formulae = [
      "（反映人担心被打击报复，暂不署名）",
      "请对反映人的信息保密，不要把信转到当事人手里。",
      "此致\n敬礼！\n一名知情人",
      "（附：相关照片和截图若干）",
      "本人对所反映内容的真实性负责，恳请查实。",
      "恳请领导在百忙之中过问此事，谢谢！",
      "如需核实，我可以提供更多线索。",
    ];
    const bases = [
      "县住建局局长收受开发商现金二十万元，还收了购物卡。",
      "村主任把低保名额都给了自己的亲戚，真正困难的评不上。",
      "我和邻居的宅基地纠纷，法院判决不公，我要求再审。",
      "镇里要求每天在群里发入户走访照片，照片不够就P图。",
    ];
    for (const base of bases) {
      const before = suggestCategories(base).suggestions[0]?.category;
      for (const f of formulae) {
        expect(suggestCategories(`${base}${f}`).suggestions[0]?.category, f).toBe(before);
        expect(suggestCategories(`${f}${base}`).suggestions[0]?.category, f).toBe(before);
      }
    }
  });

  it("is deterministic", () => {
    const text = "局长在KTV醉酒打人，派出所出警后才知道他的身份，事后有人出面私了给了三万块。";
    expect(suggestCategories(text)).toEqual(suggestCategories(text));
  });

  it("completes on 1 MB of text without throwing", () => {
    const unit = "我们村的村主任截留危房改造补助，每户只给了一万二。还有人天天在群里发照片留痕。";
    const text = unit.repeat(Math.ceil(1_048_576 / unit.length)).slice(0, 1_048_576);
    const r = suggestCategories(text);
    expect(r.suggestions.length).toBeGreaterThan(0);
    for (const e of r.suggestions.flatMap((s) => s.evidence)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("completes on 1 MB of one repeated character", () => {
    expect(suggestCategories("啊".repeat(1_048_576)).suggestions[0]?.category).toBe("other");
  });

  it("respects limit and minScore", () => {
    const text = "书记收受贿赂，还搞小圈子，公车私用，醉酒打人，截留补助。";
    expect(suggestCategories(text, { limit: 2 }).suggestions).toHaveLength(2);
    const r = suggestCategories(text, { limit: 10, minScore: 0.99 });
    expect(r.suggestions).toHaveLength(1);
  });

  it("throws a SuggestionError for a text that is not a string", () => {
    expect(() => suggestCategories(42 as unknown as string)).toThrow(SuggestionError);
    try {
      suggestCategories(null as unknown as string);
    } catch (e) {
      expect(SuggestionError.isInstance(e) && e.code).toBe("INVALID_TEXT");
    }
  });

  it("rejects a limit below one", () => {
    expect(() => suggestCategories("x", { limit: 0 })).toThrow(/limit/);
  });
});

describe("createSuggester", () => {
  it("adds rules from an extension and reports them as evidence", () => {
    const text = "所长每年都收一盒明前龙井。";
    const before = createSuggester({ model: null }).suggest(text);
    expect(before.suggestions[0]?.category).not.toBe("integrity");
    const s = createSuggester({
      model: null,
      extend: { rules: [{ id: "local.tea", code: "integrity.gifts-and-money", weight: 3, terms: ["明前龙井"] }] },
    });
    const after = s.suggest(text);
    expect(after.suggestions[0]?.code).toBe("integrity.gifts-and-money");
    expect(after.suggestions[0]?.evidence).toEqual([
      { start: 8, end: 12, text: "明前龙井", ruleId: "local.tea", code: "integrity.gifts-and-money" },
    ]);
  });

  it("lets an extension replace and remove rules by id", () => {
    const base = getDefaultLexicon();
    const rule = base.rules.find((r) => r.id === "life.relations");
    expect(rule).toBeDefined();
    const s = createSuggester({ extend: { removeRuleIds: ["life.relations", "life.relations.more"] } });
    const r = s.suggest("处长与女下属长期保持不正当关系", { limit: 10, minScore: 0 });
    expect(r.suggestions.flatMap((x) => x.evidence).some((e) => e.ruleId === "life.relations")).toBe(false);
    expect(base.rules.some((r2) => r2.id === "life.relations")).toBe(true); // not mutated
  });

  it("accepts a complete replacement lexicon through suggestCategories options", () => {
    const lexicon = {
      ...getDefaultLexicon(),
      rules: [{ id: "only", code: "work.formalism", weight: 2, terms: ["接龙"] }],
    };
    const r = suggestCategories("每天在群里接龙，局长收受贿赂", { lexicon, model: null });
    expect(r.suggestions[0]?.code).toBe("work.formalism");
    expect(r.suggestions.flatMap((s) => s.evidence).map((e) => e.text)).toEqual(["接龙"]);
  });

  it("lets co-occurrence rules fire only within their window", () => {
    const s = createSuggester({
      model: null,
      lexicon: {
        ...getDefaultLexicon(),
        rules: [{ id: "near", code: "integrity.gifts-and-money", weight: 3, near: [["过节"], ["停满"]], window: 10 }],
      },
    });
    expect(s.suggest("过节门口停满车").suggestions[0]?.code).toBe("integrity.gifts-and-money");
    expect(s.suggest(`过节${"。".repeat(30)}停满`).suggestions[0]?.category).toBe("other");
  });

  it("ranks with the learned model and reports its strongest bigrams as evidence", () => {
    const text = "老书记退休后，在村里组织人搞祭祖大会，不去的就说你忘了祖宗。";
    const lexiconOnly = createSuggester({ model: null }).suggest(text, { limit: 10, minScore: 0 });
    expect(lexiconOnly.suggestions.flatMap((x) => x.evidence).some((e) => e.ruleId === "model")).toBe(false);
    const zeros = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const pol = [3, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const model = {
      version: 1 as const,
      kind: "linear" as const,
      classes: [...TOP_LEVEL_CODES],
      bias: zeros,
      weights: { "b:退休": pol, "b:祭祖": pol, "b:祖宗": pol },
    };
    const r = createSuggester({ model }).suggest(text);
    expect(r.suggestions[0]?.category).toBe("political");
    const spans = r.suggestions[0]?.evidence.filter((e) => e.ruleId === "model") ?? [];
    expect(spans.map((e) => e.text)).toEqual(["退休", "祭祖", "祖宗"]);
    for (const e of spans) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("keeps the lexicon's answer when no feature of the model occurs", () => {
    const zeros = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const model = {
      version: 1 as const,
      kind: "linear" as const,
      classes: [...TOP_LEVEL_CODES],
      bias: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      weights: { "b:祭祖": zeros },
    };
    const r = createSuggester({ model }).suggest("！！？？");
    expect(r.suggestions[0]?.category).toBe("other");
    expect(r.suggestions[0]?.score).toBeLessThan(0.3);
  });

  it("rejects a malformed model with a typed error", () => {
    expect(() =>
      createSuggester({ model: { version: 1, kind: "linear", classes: ["a"], bias: [0], weights: {} } }),
    ).toThrow(SuggestionError);
    expect(() =>
      createSuggester({
        model: { version: 1, kind: "linear", classes: [...TOP_LEVEL_CODES], bias: [0], weights: {} },
      }),
    ).toThrow(/bias must hold 10 finite numbers/);
  });

  it("rejects a malformed lexicon with a typed error", () => {
    expect(() => createSuggester({ extend: { rules: [{ id: "bad", code: "x", weight: 1 } as never] } })).toThrow(
      SuggestionError,
    );
  });
});
