import type { ConfidentialityLevel } from "./complaint-schema";
import { getJsonSchema } from "./json-schema";

/** A field of the complaint document marked confidential in the schema. */
export interface ConfidentialField {
  /** Dotted path, `[]` for array items: `complainant.name`, `subjects[].name`, `content`. */
  readonly path: string;
  /** `identity` (the complainant's) or `content` (what the complaint says). */
  readonly level: ConfidentialityLevel;
}

type JsonSchemaNode = Record<string, unknown>;

function walk(
  node: JsonSchemaNode | undefined,
  path: string,
  defs: Readonly<Record<string, JsonSchemaNode>>,
  out: Map<string, ConfidentialityLevel>,
  seen: ReadonlySet<string>,
): void {
  if (!node) return;
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    const name = ref.slice("#/$defs/".length);
    if (seen.has(name)) return; // no recursion in these documents; guard anyway
    walk(defs[name], path, defs, out, new Set([...seen, name]));
  }
  const level = node["x-confidential"];
  if ((level === "identity" || level === "content") && path !== "") out.set(path, level);
  const properties = node.properties as Record<string, JsonSchemaNode> | undefined;
  for (const [key, child] of Object.entries(properties ?? {}))
    walk(child, path === "" ? key : `${path}.${key}`, defs, out, seen);
  const items = node.items as JsonSchemaNode | undefined;
  if (items) walk(items, `${path}[]`, defs, out, seen);
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const branches = node[keyword] as JsonSchemaNode[] | undefined;
    for (const branch of branches ?? []) walk(branch, path, defs, out, seen);
  }
}

/**
 * Every field of the complaint document the schema marks confidential, read from the JSON Schema (the
 * `x-confidential` extension keyword), so storage, exports and tests can follow the schema rather than a hand-kept
 * list (e.g. to encrypt these columns, or to prove a view leaks none of them).
 *
 * @returns the fields in schema order, each with its level
 * @example
 * getConfidentialFields().filter((f) => f.level === "identity").map((f) => f.path)
 * //=> ["complainant.name", "complainant.contact", "complainant.idNumber", "complainant.address", "complainant.unit"]
 */
export function getConfidentialFields(): ConfidentialField[] {
  const { $defs } = getJsonSchema();
  const out = new Map<string, ConfidentialityLevel>();
  walk($defs.Complaint, "", $defs, out, new Set(["Complaint"]));
  return [...out].map(([path, level]) => ({ path, level }));
}
