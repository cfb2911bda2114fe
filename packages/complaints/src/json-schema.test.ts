import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getJsonSchema } from "./json-schema";
import { getTaxonomy } from "./taxonomy";
import { taxonomySchema } from "./taxonomy-schema";

describe("getJsonSchema", () => {
  const schema = getJsonSchema();

  it("matches the shipped schema.json (run `pnpm build` to refresh it)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it("marks confidential fields with x-confidential", () => {
    const content = JSON.stringify(
      (schema.$defs.Complaint?.properties as Record<string, unknown> | undefined)?.content,
    );
    expect(content).toContain('"x-confidential":"content"');
    const complainant = JSON.stringify(schema.$defs.Complainant);
    for (const field of ["name", "contact", "idNumber", "address", "unit"])
      expect(complainant).toMatch(new RegExp(`"${field}":\\{[^}]*"x-confidential":"identity"`));
  });

  it("describes the taxonomy document, which the shipped taxonomy satisfies", () => {
    expect(schema.$defs.Taxonomy?.type).toBe("object");
    expect(taxonomySchema.safeParse(getTaxonomy()).success).toBe(true);
  });
});
