import * as z from "zod";

const label = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * A node of the taxonomy document (the format of `getTaxonomy().nodes`).
 *
 * @example
 * TAXONOMY_NODES.every((node) => taxonomyNodeSchema.safeParse(node).success)
 * //=> true
 */
export const taxonomyNodeSchema = z
  .object({
    code: z.string().regex(/^[a-z-]+(\.[a-z0-9-]+)?$/),
    label,
    parent: z.string().optional(),
    order: z.number().int(),
    active: z.boolean(),
    effectiveFrom: z.iso.date(),
    effectiveTo: z.iso.date().optional(),
    sourceArticles: z.array(z.object({ ref: z.string(), verified: z.boolean() }).strict()).optional(),
    eightPointRule: z.enum(["hedonism-extravagance", "formalism-bureaucratism"]).optional(),
    dutyCrime: z.boolean().optional(),
  })
  .strict()
  .meta({ id: "TaxonomyNode" });

/**
 * The taxonomy document: a version, its basis and every node (deactivated ones included).
 *
 * @example
 * taxonomySchema.parse(getTaxonomy()).version
 * //=> "2024.1"
 */
export const taxonomySchema = z
  .object({
    version: z.string().min(1),
    effectiveFrom: z.iso.date(),
    basis: z.string(),
    nodes: z.array(taxonomyNodeSchema),
  })
  .strict()
  .meta({ id: "Taxonomy" });
