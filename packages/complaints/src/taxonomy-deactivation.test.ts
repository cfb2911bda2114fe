import { describe, expect, it, vi } from "vitest";

// A deactivated leaf, as a later taxonomy version would leave it: still present, `active: false`, with an end date.
vi.mock("./taxonomy-data", async (importOriginal) => {
  const original = await importOriginal<typeof import("./taxonomy-data")>();
  return {
    ...original,
    TAXONOMY_NODES: [
      ...original.TAXONOMY_NODES,
      {
        code: "work.retired-kind",
        parent: "work",
        label: { zh: "已停用的类别", en: "A retired kind" },
        order: 99,
        active: false,
        effectiveFrom: "2024-01-01",
        effectiveTo: "2024-12-31",
      },
    ],
  };
});

const { ancestorsOf, childrenOf, findCategory, isInScopeCategory, toOpen311Services } = await import("./taxonomy");
const { safeParseComplaint } = await import("./parse-complaint");
const { NAMED } = await import("../test/fixtures");

describe("a deactivated code", () => {
  it("is still found, with its ancestors and scope, so complaints filed under it stay readable", () => {
    expect(findCategory("work.retired-kind")?.active).toBe(false);
    expect(ancestorsOf("work.retired-kind").map((n) => n.code)).toEqual(["work"]);
    expect(isInScopeCategory("work.retired-kind")).toBe(true);
    const stored = {
      ...NAMED,
      categorization: { primary: "work.retired-kind", taxonomyVersion: "2024.1", setBy: "staff" },
    };
    expect(safeParseComplaint(stored).success).toBe(true);
  });

  it("is no longer offered for new complaints", () => {
    expect(childrenOf("work").map((n) => n.code)).not.toContain("work.retired-kind");
    expect(childrenOf("work", { includeInactive: true }).map((n) => n.code)).toContain("work.retired-kind");
    expect(toOpen311Services().map((s) => s.service_code)).not.toContain("work.retired-kind");
  });
});
