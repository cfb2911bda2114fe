import * as z from "zod";
import { complaintSchema, dispositionSchema } from "./complaint-schema";
import { taxonomySchema } from "./taxonomy-schema";

/**
 * The JSON Schema (draft 2020-12) of the complaint, disposition and taxonomy documents, for services in other
 * languages. Confidential fields carry `"x-confidential": "identity" | "content"`. The package ships the same document
 * as `@xunshi/complaints/schema.json`.
 *
 * @returns the schema document with `$defs.Complaint`, `$defs.Disposition` and `$defs.Taxonomy`
 * @example
 * getJsonSchema().$defs.Complaint.properties.complainant
 * //=> { oneOf: [...] } (named fields marked "x-confidential": "identity")
 */
export function getJsonSchema(): {
  $schema: string;
  $id: string;
  title: string;
  $defs: Record<string, Record<string, unknown>>;
} {
  // Each schema carries a `.meta({ id })`, so zod emits `{ $ref: "#/$defs/<Id>", $defs }`: merge every `$defs` into one.
  const $defs: Record<string, Record<string, unknown>> = {};
  for (const schema of [complaintSchema, dispositionSchema, taxonomySchema] as z.ZodType[]) {
    const out = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as {
      $defs?: Record<string, Record<string, unknown>>;
    };
    Object.assign($defs, out.$defs);
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/@xunshi/complaints/schema.json",
    title: "@xunshi/complaints documents",
    $defs,
  };
}
