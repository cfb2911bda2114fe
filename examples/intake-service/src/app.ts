import { OpenAPIHono } from "@hono/zod-openapi";
import { CalendarError } from "@xunshi/calendar";
import { ComplaintsError } from "@xunshi/complaints";
import { DomainError, type Round } from "@xunshi/domain";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { authenticate } from "./auth/access.js";
import type { TokenRegistry } from "./auth/tokens.js";
import { docsPage } from "./http/docs-page.js";
import type { AppEnv } from "./http/env.js";
import { HttpProblem, problem } from "./http/problem.js";
import { type Logger, requestLog } from "./http/request-log.js";
import { registerCalendarRoutes } from "./routes/calendar.js";
import { registerCategoryRoutes } from "./routes/categories.js";
import { registerComplaintRoutes } from "./routes/complaints.js";
import { registerRoundRoutes } from "./routes/round.js";
import { ServiceError } from "./service-error.js";
import type { ComplaintStore } from "./storage/complaint-store.js";

/** Everything the app needs from outside: storage, tokens, the round, a clock and a logger. */
export interface AppOptions {
  store: ComplaintStore;
  tokens: TokenRegistry;
  /** The inspection round complaints are made to. */
  round: Round;
  /** The service's clock (the only place "now" comes from). */
  clock: () => Date;
  log: Logger;
  /** Largest accepted request body in bytes; default 256 KiB. */
  bodyLimitBytes?: number;
  /** Id generator for new complaints; default `crypto.randomUUID`. */
  newId?: () => string;
}

/** Default request body limit: 256 KiB (attachments are metadata only, so this is many pages of letter text). */
export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;

/**
 * Build the HTTP app (Hono + OpenAPI). Test it with `app.request()`, serve it with `startServer`.
 *
 * @param options - Storage, tokens, round, clock and logger.
 * @returns The app.
 * @example
 * const app = createApp({ store, tokens, round, clock: () => new Date(), log })
 * (await app.request("/healthz")).status
 * //=> 200
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;

  app.use(requestLog(options.log));
  app.use(authenticate(options.tokens));
  app.use(
    bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new HttpProblem("payload_too_large", 413, { detail: `The limit is ${limit} bytes.` });
      },
    }),
  );

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A token from the tokens file (TOKENS_FILE) or INTAKE_TOKENS; its role decides what you may do.",
  });

  registerComplaintRoutes(app, options);
  registerRoundRoutes(app, options);
  registerCalendarRoutes(app, options);
  registerCategoryRoutes(app);

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "xunshi intake service",
      version: "0.1.0",
      description:
        "Complaint intake (信访举报受理) for an inspection round, on the @xunshi packages. Every operation except " +
        "/healthz, /openapi.json and /docs needs `Authorization: Bearer <token>`. Errors are " +
        "`application/problem+json` (RFC 9457) in Chinese or English (`Accept-Language`).",
    },
    servers: [{ url: "/" }],
  });
  app.get("/docs", (c) => c.html(docsPage()));

  app.notFound((c) => problem(c, "not_found", 404));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.code, error.status, error.extra);
    // The libraries' typed errors: bad input they refused. Their messages never contain complainant data.
    if (ComplaintsError.isInstance(error) || DomainError.isInstance(error) || CalendarError.isInstance(error)) {
      const issues = (error as { issues?: readonly { path: readonly PropertyKey[]; code: string; message: string }[] })
        .issues;
      return problem(c, "validation_failed", 400, {
        issues:
          issues === undefined
            ? [{ path: [], code: error.code, message: error.message }]
            : issues.map((i) => ({
                path: i.path.map((p) => (typeof p === "number" ? p : String(p))),
                code: i.code,
                message: i.message,
              })),
      });
    }
    if (ServiceError.isInstance(error) && error.code === "revision_conflict") {
      return problem(c, "precondition_failed", 412);
    }
    if (error instanceof HTTPException) {
      if (error.status === 415) return problem(c, "unsupported_media_type", 415);
      if (error.status === 413) return problem(c, "payload_too_large", 413);
      if (error.status === 400) return problem(c, "malformed_json", 400);
    }
    // Log the kind of failure only: messages of foreign errors might quote input.
    options.log({
      level: "error",
      msg: "unhandled error",
      requestId: c.get("requestId"),
      error: error.name,
      ...(typeof (error as unknown as { code?: unknown }).code === "string"
        ? { code: (error as unknown as { code: string }).code }
        : {}),
    });
    if (isStorageUnavailable(error)) {
      c.header("Retry-After", "5");
      return problem(c, "service_unavailable", 503);
    }
    return problem(c, "internal_error", 500);
  });
  return app;
}

/** Errors that mean "the database is not reachable right now" (retrying later may work). */
function isStorageUnavailable(error: unknown): boolean {
  if (ServiceError.isInstance(error)) return error.code === "storage_unavailable";
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return false;
  // Node socket errors, PostgreSQL class 08 (connection exception) and 57P0x (shutdown), SQLite busy/locked.
  return (
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "SQLITE_BUSY", "SQLITE_LOCKED"].includes(code) ||
    code.startsWith("08") ||
    code.startsWith("57P0")
  );
}
