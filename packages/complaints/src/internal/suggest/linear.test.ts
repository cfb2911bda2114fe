import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDefaultLexicon } from "../../lexicon";
import { DEFAULT_SUGGESTION_MODEL } from "../../suggest-model-data";
import { suggestionFeatures } from "../../suggestion-model";
import { compileLexicon, runEngine } from "./engine";
import { compileLinear, runLinear, softmax, trainLinear } from "./linear";

const lexicon = compileLexicon(getDefaultLexicon());
const model = compileLinear(DEFAULT_SUGGESTION_MODEL);

/** Scores a text the slow way, from the feature names that training sees. */
function byNames(text: string): Float64Array {
  const k = DEFAULT_SUGGESTION_MODEL.classes.length;
  const z = Float64Array.from(DEFAULT_SUGGESTION_MODEL.bias);
  for (const [name, v] of suggestionFeatures(lexicon, text)) {
    const w = DEFAULT_SUGGESTION_MODEL.weights[name];
    if (w) for (let c = 0; c < k; c++) z[c] = (z[c] as number) + v * (w[c] as number);
  }
  return softmax(z);
}

function byRun(text: string): Float64Array {
  const e = runEngine(lexicon, text);
  const scores = new Map(e.ranked.map((r) => [r.category as string, { score: r.score, raw: r.raw }]));
  return runLinear(model, e.norm, { fired: e.fired, scores, hasPublicRole: e.hasPublicRole }).probabilities;
}

describe("learned model features", () => {
  it("are the same at run time as in training", () => {
    const samples = [
      "县住建局局长收受开发商现金20万元，还让施工方免费装修房子。",
      "上轮巡视指出的问题，整改后又回来了，局长还是天天用公车接送孩子。",
      "我家和邻居的宅基地纠纷，村里调解两次都偏向他。",
      "局長收受紅包，還公款吃喝",
    ];
    for (const t of samples) {
      const a = byRun(t);
      const b = byNames(t);
      for (let c = 0; c < a.length; c++) expect(a[c]).toBeCloseTo(b[c] as number, 12);
    }
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."局长书记收钱公款吃喝村里低保判决法院巡视整改，。我他的了a1 ") }),
        (t) => {
          const a = byRun(t);
          const b = byNames(t);
          for (let c = 0; c < a.length; c++) expect(a[c]).toBeCloseTo(b[c] as number, 12);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("trainLinear", () => {
  it("learns separable data deterministically and drops rare bigrams", () => {
    const docs = [
      {
        x: [
          ["b:收钱", 1],
          ["r:x", 1],
        ] as Array<[string, number]>,
        y: 0,
      },
      { x: [["b:收钱", 1]] as Array<[string, number]>, y: 0 },
      { x: [["b:判决", 1]] as Array<[string, number]>, y: 1 },
      {
        x: [
          ["b:判决", 1],
          ["b:罕见", 1],
        ] as Array<[string, number]>,
        y: 1,
      },
    ];
    const a = trainLinear(docs, ["integrity", "litigation"], { minDocs: 2, steps: 200 });
    const b = trainLinear(docs, ["integrity", "litigation"], { minDocs: 2, steps: 200 });
    expect(a).toEqual(b);
    expect(a.weights["b:罕见"]).toBeUndefined();
    const w = a.weights["b:收钱"] as number[];
    expect(w[0]).toBeGreaterThan(w[1] as number);
    const v = a.weights["b:判决"] as number[];
    expect(v[1]).toBeGreaterThan(v[0] as number);
  });
});
