import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { suggestCategories } from "@xunshi/complaints";
import { requirePermission } from "../auth/access.js";
import type { AppEnv } from "../http/env.js";
import { problemResponses } from "../http/problem.js";
import { validationHook } from "../http/validation-hook.js";

const evidenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  ruleId: z.string(),
  code: z.string(),
});

const suggestionResultSchema = z
  .object({
    suggestions: z.array(
      z.object({
        code: z.string(),
        category: z.string(),
        score: z.number(),
        inScope: z.boolean(),
        evidence: z.array(evidenceSchema),
      }),
    ),
    inScope: z.boolean(),
    mentionsPublicRole: z.boolean(),
  })
  .meta({ id: "CategorySuggestions" });

/**
 * Register the category suggestion route.
 *
 * @param app - The app.
 * @returns Nothing.
 * @example
 * registerCategoryRoutes(app)
 * //=> POST /categories/suggest
 */
export function registerCategoryRoutes(app: OpenAPIHono<AppEnv>): void {
  const suggest = createRoute({
    method: "post",
    path: "/categories/suggest",
    tags: ["categories"],
    summary: "Suggest taxonomy categories for a complaint text, with the evidence spans",
    description: "Nothing is stored or logged.",
    security: [{ bearer: [] }],
    middleware: [requirePermission("reference:read")],
    request: {
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z
              .object({
                text: z.string().min(1).max(50_000).meta({ example: "县住建局局长收受开发商现金20万元" }),
                limit: z.number().int().min(1).max(10).optional(),
              })
              .strict()
              .meta({ id: "SuggestRequest" }),
          },
        },
      },
    },
    responses: {
      200: { description: "Ranked suggestions", content: { "application/json": { schema: suggestionResultSchema } } },
      ...problemResponses(400, 401, 403, 413, 415),
    },
  });
  app.openapi(
    suggest,
    (c) => {
      const { text, limit } = c.req.valid("json");
      return c.json(suggestCategories(text, limit === undefined ? {} : { limit }), 200);
    },
    validationHook(suggest),
  );
}
