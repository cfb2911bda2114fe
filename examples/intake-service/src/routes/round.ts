import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { requirePermission } from "../auth/access.js";
import type { AppEnv } from "../http/env.js";
import { problemResponses } from "../http/problem.js";
import { validationHook } from "../http/validation-hook.js";
import { acceptanceStatus, acceptanceWindowSchema, type IntakeRound, intakeRoundSchema } from "../intake.js";

const security = [{ bearer: [] }];

/**
 * Register the round routes: the round, and its acceptance window and office hours (open now / at an instant?).
 *
 * @param app - The app.
 * @param options - The round and the clock.
 * @returns Nothing.
 * @example
 * registerRoundRoutes(app, { round, clock })
 * //=> GET /round, GET /round/acceptance
 */
export function registerRoundRoutes(
  app: OpenAPIHono<AppEnv>,
  options: { round: IntakeRound; clock: () => Date },
): void {
  const { round, clock } = options;
  const get = createRoute({
    method: "get",
    path: "/round",
    tags: ["round"],
    summary: "The inspection round this service takes complaints for",
    security,
    middleware: [requirePermission("reference:read")],
    responses: {
      200: { description: "The round", content: { "application/json": { schema: intakeRoundSchema } } },
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
        description: "The window and the answer",
        content: {
          "application/json": {
            schema: z
              .object({
                window: acceptanceWindowSchema,
                at: z.string(),
                date: z.iso.date().describe("Civil date of `at` in Asia/Shanghai"),
                withinWindow: z.boolean(),
                withinOfficeHours: z.boolean(),
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
      return c.json({ window: round.acceptance, at, ...acceptanceStatus(round, at) }, 200);
    },
    validationHook(acceptance),
  );
}
