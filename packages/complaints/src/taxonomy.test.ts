import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  childrenOf,
  findCategory,
  getTaxonomy,
  isInScopeCategory,
  TOP_LEVEL_CODES,
  toOpen311Services,
  topLevelOf,
} from "./taxonomy";
import { TAXONOMY_NODES } from "./taxonomy-data";

describe("taxonomy", () => {
  it("has unique, well-formed codes whose parents exist and are top levels", () => {
    const codes = TAXONOMY_NODES.map((n) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const node of TAXONOMY_NODES) {
      expect(node.code).toMatch(/^[a-z-]+(\.[a-z0-9-]+)?$/);
      if (node.parent) {
        expect(TOP_LEVEL_CODES).toContain(node.parent);
        expect(node.code.startsWith(`${node.parent}.`)).toBe(true);
      } else expect(TOP_LEVEL_CODES).toContain(node.code);
      expect(node.label.zh.length * node.label.en.length).toBeGreaterThan(0);
    }
    expect(childrenOf(undefined).map((n) => n.code)).toEqual([...TOP_LEVEL_CODES]);
  });

  it("gives every top level leaves, with the issue's example codes", () => {
    for (const top of TOP_LEVEL_CODES) expect(childrenOf(top).length).toBeGreaterThan(0);
    for (const code of [
      "integrity.gifts-and-money",
      "integrity.public-funds-banquets",
      "mass.withholding-benefits",
      "work.formalism",
      "organizational.personnel-selection",
    ])
      expect(findCategory(code)?.active).toBe(true);
  });

  it("knows scope and top levels", () => {
    expect(topLevelOf("work.formalism")).toBe("work");
    expect(topLevelOf("work")).toBe("work");
    expect(topLevelOf("nope")).toBeUndefined();
    expect(isInScopeCategory("rectification.not-rectified")).toBe(true);
    expect(isInScopeCategory("personal-grievance.employment")).toBe(false);
  });

  it("walks up from a leaf to its top level", () => {
    expect(ancestorsOf("integrity.gifts-and-money").map((n) => n.code)).toEqual(["integrity"]);
    expect(ancestorsOf("integrity")).toEqual([]);
    expect(ancestorsOf("integrity.nope")).toEqual([]);
  });

  it("records effective dates and source articles, marking unverified numbers", () => {
    for (const node of TAXONOMY_NODES) {
      expect(node.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (!node.active) expect(node.effectiveTo).toBeDefined();
      for (const source of node.sourceArticles ?? []) expect(typeof source.verified).toBe("boolean");
    }
    // The six disciplines follow the chapters of the 2023 regulations (reference §4.1).
    expect(findCategory("integrity")?.sourceArticles).toEqual([
      { ref: "纪律处分条例(2023) arts. 94–121", verified: true },
    ]);
    expect(findCategory("life")?.sourceArticles?.[0]?.verified).toBe(false);
  });

  it("covers the duty-crime (涉法行为) kinds of the 12388 form and the accusation rules, each with a source", () => {
    const duty = TAXONOMY_NODES.filter((n) => n.dutyCrime).map((n) => n.code);
    for (const code of [
      "integrity.accepting-bribes", // 贪污贿赂
      "integrity.embezzlement",
      "work.dereliction", // 失职渎职
      "work.abuse-of-power",
      "work.market-order-crimes", // 破坏市场经济秩序
      "mass.rights-violations", // 侵犯人身、民主权利
      "work.disrupting-social-administration", // 妨害社会管理
      "integrity.benefit-transfer", // 权力寻租、利益输送
      "work.favoritism-fraud", // 徇私舞弊
      "integrity.wasting-state-assets", // 浪费国家资财
    ])
      expect(duty).toContain(code);
    for (const code of duty) expect(findCategory(code)?.sourceArticles?.length).toBeGreaterThan(0);
  });

  it("files the eight-point-rule kinds under both statistics families", () => {
    const family = (f: string) =>
      TAXONOMY_NODES.filter((n) => n.eightPointRule === f)
        .map((n) => n.code)
        .sort();
    expect(family("hedonism-extravagance")).toEqual(
      expect.arrayContaining([
        "integrity.gifts-and-money",
        "integrity.public-funds-banquets",
        "integrity.allowances",
        "integrity.weddings-funerals",
        "integrity.public-tourism",
        "integrity.official-cars",
        "integrity.receptions-and-meetings",
        "integrity.private-clubs",
        "integrity.office-and-housing",
      ]),
    );
    expect(family("formalism-bureaucratism")).toEqual(
      expect.arrayContaining(["work.formalism", "work.not-taking-responsibility", "mass.neglecting-the-public"]),
    );
  });

  it("matches the shipped taxonomy.json (run `pnpm build` to refresh it)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../taxonomy.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(getTaxonomy())));
  });

  it("exports the taxonomy as JSON and as an Open311 services list (snapshots)", () => {
    expect(JSON.parse(JSON.stringify(getTaxonomy()))).toMatchSnapshot();
    expect(toOpen311Services("en")).toMatchSnapshot();
  });
});
