import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getRoundJsonSchema } from "./json-schema";

describe("getRoundJsonSchema", () => {
  it("matches the shipped schema.json (run `pnpm build` to refresh it)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(getRoundJsonSchema())));
  });

  it("describes dates as ISO strings", () => {
    const text = JSON.stringify(getRoundJsonSchema().$defs);
    expect(text).toContain('"format":"date"');
    expect(Object.keys(getRoundJsonSchema().$defs)).toEqual(
      expect.arrayContaining(["Round", "Team", "Target", "Acceptance"]),
    );
  });

  it("resolves every $ref inside the document, and has no Date type", () => {
    const schema = getRoundJsonSchema();
    const text = JSON.stringify(schema);
    const refs = [...text.matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(Object.keys(schema.$defs)).toContain(ref);
    expect(text).not.toMatch(/"\$ref":"#(?!\/\$defs\/)/);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(["OfficeHoursSchedule", "DeadlineRule"]));
  });
});
