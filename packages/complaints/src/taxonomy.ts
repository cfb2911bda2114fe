import { TAXONOMY_NODES, TAXONOMY_VERSION, type TaxonomyNodeData } from "./taxonomy-data";

/**
 * The top-level codes: the six disciplines and rectification (in scope), then the out-of-scope kinds.
 *
 * @example
 * TOP_LEVEL_CODES.slice(7)
 * //=> ["litigation", "personal-grievance", "other"]
 */
export const TOP_LEVEL_CODES = [
  "political",
  "organizational",
  "integrity",
  "mass",
  "work",
  "life",
  "rectification",
  "litigation",
  "personal-grievance",
  "other",
] as const;
/** A top-level code. */
export type TopLevelCode = (typeof TOP_LEVEL_CODES)[number];

/**
 * The top-level codes of the matters an inspection team accepts.
 *
 * @example
 * IN_SCOPE_TOP_LEVEL_CODES.includes("litigation")
 * //=> false
 */
export const IN_SCOPE_TOP_LEVEL_CODES: readonly TopLevelCode[] = [
  "political",
  "organizational",
  "integrity",
  "mass",
  "work",
  "life",
  "rectification",
];

/**
 * The taxonomy versions whose codes this package can check. A complaint stores the version it was filed under
 * (`categorization.taxonomyVersion`); later versions are appended here, and their codes deactivate older ones rather
 * than delete them, so every stored complaint stays readable.
 *
 * @example
 * KNOWN_TAXONOMY_VERSIONS
 * //=> ["2024.1"]
 */
export const KNOWN_TAXONOMY_VERSIONS = [TAXONOMY_VERSION] as const;

/** A node of the taxonomy. */
export type TaxonomyNode = TaxonomyNodeData;

/** A versioned taxonomy document. */
export interface Taxonomy {
  /** The version, e.g. `2024.1`. */
  readonly version: string;
  /** First day the version applies. */
  readonly effectiveFrom: string;
  /** The regulation the disciplines follow. */
  readonly basis: string;
  /** Every node, deactivated ones included. */
  readonly nodes: readonly TaxonomyNode[];
}

const byCode = new Map(TAXONOMY_NODES.map((node) => [node.code, node]));

/**
 * The shipped taxonomy (version {@link TAXONOMY_VERSION}) as a JSON-ready document.
 *
 * @returns the taxonomy with every node
 * @example
 * getTaxonomy().version
 * //=> "2024.1"
 */
export function getTaxonomy(): Taxonomy {
  return {
    version: TAXONOMY_VERSION,
    effectiveFrom: "2024-01-01",
    basis: "中国共产党纪律处分条例 (2023年12月修订, 2024-01-01施行)",
    nodes: TAXONOMY_NODES,
  };
}

/**
 * A node by its code, or `undefined`. Deactivated codes are still found: complaints filed under them stay readable.
 *
 * @param code - e.g. `integrity.gifts-and-money`
 * @returns the node, or `undefined`
 * @example
 * findCategory("integrity.public-funds-banquets")?.label.zh
 * //=> "违规吃喝、公款宴请娱乐"
 */
export function findCategory(code: string): TaxonomyNode | undefined {
  return byCode.get(code);
}

/**
 * The top-level code of a code (`integrity.gifts-and-money` → `integrity`), or `undefined` for an unknown code.
 *
 * @param code - a taxonomy code
 * @returns its top-level code
 * @example
 * topLevelOf("mass.withholding-benefits")
 * //=> "mass"
 */
export function topLevelOf(code: string): TopLevelCode | undefined {
  const node = byCode.get(code);
  if (!node) return undefined;
  return (node.parent ?? node.code) as TopLevelCode;
}

/**
 * The ancestors of a node, nearest first (for a leaf: its top level; for a top level: none). Works for deactivated
 * codes too.
 *
 * @param code - a taxonomy code
 * @returns the ancestor nodes, nearest first; `[]` for a top level or an unknown code
 * @example
 * ancestorsOf("integrity.gifts-and-money").map((n) => n.code)
 * //=> ["integrity"]
 */
export function ancestorsOf(code: string): TaxonomyNode[] {
  const result: TaxonomyNode[] = [];
  let node = byCode.get(code);
  while (node?.parent !== undefined) {
    const parent = byCode.get(node.parent);
    if (!parent) break;
    result.push(parent);
    node = parent;
  }
  return result;
}

/**
 * Whether a category is one of the matters an inspection team accepts (the six disciplines and rectification).
 *
 * @param code - a taxonomy code
 * @returns `true` for in-scope matters, `false` for litigation, personal grievances, other, or an unknown code
 * @example
 * isInScopeCategory("litigation.court-case")
 * //=> false
 */
export function isInScopeCategory(code: string): boolean {
  const top = topLevelOf(code);
  return top !== undefined && IN_SCOPE_TOP_LEVEL_CODES.includes(top);
}

/**
 * The children of a node (or the top levels for `undefined`), in display order; active ones only unless asked.
 *
 * @param code - a parent code, or `undefined` for the top levels
 * @param options - `includeInactive`: also list deactivated nodes
 * @returns the child nodes
 * @example
 * childrenOf("life").map((n) => n.code)
 * //=> ["life.extravagance", "life.improper-relations", "life.family-conduct", "life.public-morals"]
 */
export function childrenOf(code: string | undefined, options: { includeInactive?: boolean } = {}): TaxonomyNode[] {
  return TAXONOMY_NODES.filter((n) => n.parent === code && (options.includeInactive === true || n.active)).sort(
    (a, b) => a.order - b.order,
  );
}

/** An Open311 GeoReport v2 service entry. */
export interface Open311Service {
  readonly service_code: string;
  readonly service_name: string;
  readonly description: string;
  readonly metadata: false;
  readonly type: "realtime";
  readonly keywords: string;
  readonly group: string;
}

/**
 * The taxonomy as an Open311 GeoReport v2 `services` list: one service per active leaf, grouped by its top level.
 *
 * @param lang - label language (default `zh`)
 * @returns the services
 * @example
 * toOpen311Services("en").find((s) => s.service_code === "work.formalism")?.group
 * //=> "Work discipline"
 */
export function toOpen311Services(lang: "zh" | "en" = "zh"): Open311Service[] {
  return TAXONOMY_NODES.filter((n) => n.parent !== undefined && n.active).map((n) => {
    const parent = byCode.get(n.parent as string) as TaxonomyNode;
    return {
      service_code: n.code,
      service_name: n.label[lang],
      description: `${parent.label[lang]} / ${n.label[lang]}`,
      metadata: false,
      type: "realtime",
      keywords: [n.eightPointRule, n.dutyCrime ? "duty-crime" : undefined].filter(Boolean).join(","),
      group: parent.label[lang],
    };
  });
}
