import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extendLexicon, getDefaultLexicon, parseLexicon } from "./lexicon";
import { SuggestionError } from "./suggest-error";
import { parseSuggestionModel } from "./suggestion-model";
import { TOP_LEVEL_CODES } from "./taxonomy";

const TOP: ReadonlySet<string> = new Set(TOP_LEVEL_CODES);

describe("default lexicon", () => {
  const lex = getDefaultLexicon();

  it("is identical to the shipped data/lexicon.json", () => {
    const json = JSON.parse(readFileSync(new URL("../data/lexicon.json", import.meta.url), "utf8"));
    expect(parseLexicon(json)).toEqual(lex);
  });

  it("uses only codes under the ten top-level categories", () => {
    const codes = [
      ...lex.rules.map((r) => r.code),
      lex.settings.fallbackCode,
      lex.settings.noSubstanceCode,
      lex.settings.noPublicRoleCode,
    ];
    for (const c of codes) {
      expect(TOP.has(c.split(".")[0] as string), c).toBe(true);
      expect(c, c).toMatch(/^[a-z-]+(\.[a-z0-9-]+)?$/);
    }
  });

  it("uses only codes that exist in the package taxonomy, when the taxonomy data is present", async () => {
    // The taxonomy is owned by the schema part of the package; collect every `code` it declares, wherever it is nested.
    const collect = (v: unknown, out: Set<string>): Set<string> => {
      if (Array.isArray(v)) for (const x of v) collect(x, out);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          if (k === "code" && typeof x === "string") out.add(x);
          else collect(x, out);
        }
      }
      return out;
    };
    const json = new URL("../data/taxonomy.json", import.meta.url);
    const ts = new URL("./taxonomy-data.ts", import.meta.url);
    let taxonomy: unknown;
    if (existsSync(json)) taxonomy = JSON.parse(readFileSync(json, "utf8"));
    else if (existsSync(ts)) taxonomy = await import(/* @vite-ignore */ ts.href);
    const known = collect(taxonomy, new Set<string>());
    const used = new Set([
      ...lex.rules.map((r) => r.code),
      lex.settings.fallbackCode,
      lex.settings.noSubstanceCode,
      lex.settings.noPublicRoleCode,
    ]);
    if (known.size === 0) {
      // No taxonomy data yet: at least every code is under a known top level (checked above).
      expect([...used].every((c) => TOP.has(c.split(".")[0] as string))).toBe(true);
      return;
    }
    for (const c of TOP) known.add(c);
    expect([...used].filter((c) => !known.has(c))).toEqual([]);
  });

  it("has unique rule ids", () => {
    expect(new Set(lex.rules.map((r) => r.id)).size).toBe(lex.rules.length);
  });
});

describe("default suggestion model", () => {
  it("is identical to the shipped data/suggest-model.json and valid", async () => {
    const { DEFAULT_SUGGESTION_MODEL } = await import("./suggest-model-data");
    const json = JSON.parse(readFileSync(new URL("../data/suggest-model.json", import.meta.url), "utf8"));
    expect(json).toEqual(DEFAULT_SUGGESTION_MODEL);
    expect(DEFAULT_SUGGESTION_MODEL.classes).toEqual([...TOP]);
    expect(parseSuggestionModel(json)).toBe(json);
  });
});

describe("extendLexicon", () => {
  it("adds, replaces and removes rules without mutating the base", () => {
    const base = getDefaultLexicon();
    const n = base.rules.length;
    const ext = extendLexicon(base, {
      rules: [
        { id: "new", code: "integrity", weight: 1, terms: ["甲"] },
        { id: "life.relations", code: "life.improper-relations", weight: 1, terms: ["乙"] },
      ],
      removeRuleIds: ["political.speech"],
      settings: { saturation: 5 },
    });
    expect(ext.rules).toHaveLength(n);
    expect(ext.rules.find((r) => r.id === "life.relations")?.terms).toEqual(["乙"]);
    expect(ext.settings.saturation).toBe(5);
    expect(base.rules).toHaveLength(n);
    expect(base.settings.saturation).not.toBe(5);
  });

  it("rejects a rule without terms", () => {
    expect(() => extendLexicon(getDefaultLexicon(), { rules: [{ id: "x", code: "work", weight: 1 }] })).toThrow(
      SuggestionError,
    );
  });
});
