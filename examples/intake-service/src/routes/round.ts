import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { acceptanceSchema, isAcceptingAt, type Round, roundSchema } from "@xunshi/domain";
import { requirePermission } from "../auth/access.js";
import type { AppEnv } from "../http/env.js";
import { problemResponses } from "../http/problem.js";
import { validationHook } from "../http/validation-hook.js";

const security = [{ bearer: [] }];

/**
 * Register the round routes: the round document, and its acceptance window and office hours with whether an instant
 * (default: now) falls inside them (`isAcceptingAt` of `@xunshi/domain`).
 *
 * @param app - The app.
 * @param options - The round and the clock.
 * @returns Nothing.
 * @example
 * registerRoundRoutes(app, { round, clock })
 * //=> GET /round, GET /round/acceptance
 */
export function registerRoundRoutes(app: OpenAPIHono<AppEnv>, options: { round: Round; clock: () => Date }): void {
  const { round, clock } = options;
  const get = createRoute({
    method: "get",
    path: "/round",
    tags: ["round"],
    summary: "The inspection round this service takes complaints for",
    security,
    middleware: [requirePermission("reference:read")],
    responses: {
      200: { description: "The round", content: { "application/json": { schema: roundSchema } } },
      ...problemResponses(401, 403),
    },
  });
  app.openapi(get, (c) => c.json(round, 200));

  const acceptance = createRoute({
    method: "get",
    path: "/round/acceptance",
    tags: ["round"],
    summary: "Acceptance window and office hours; whether an instant (default: now) falls inside them",
    security,
    middleware: [requirePermission("reference:read")],
    request: {
      query: z.object({
        at: z.iso.datetime({ offset: true }).optional().meta({ example: "2024-10-12T09:00:00+08:00" }),
      }),
    },
    responses: {
      200: {
        description: "The window, the hours and the answer (read in Asia/Shanghai)",
        content: {
          "application/json": {
            schema: z
              .object({
                acceptance: acceptanceSchema,
                at: z.string(),
                accepting: z.boolean(),
                code: z.enum(["before-window", "after-cutoff", "outside-office-hours", "open"]),
                reason: z.object({ zh: z.string(), en: z.string() }),
                nextOpening: z.string().optional(),
              })
              .meta({ id: "AcceptanceStatus" }),
          },
        },
      },
      ...problemResponses(400, 401, 403),
    },
  });
  app.openapi(
    acceptance,
    (c) => {
      const at = c.req.valid("query").at ?? clock().toISOString();
      const answer = isAcceptingAt(round, at);
      return c.json(
        {
          acceptance: round.acceptance,
          at,
          accepting: answer.accepting,
          code: answer.code,
          reason: { zh: answer.reason.zh, en: answer.reason.en },
          ...(answer.nextOpening === undefined ? {} : { nextOpening: answer.nextOpening }),
        },
        200,
      );
    },
    validationHook(acceptance),
  );
}
