import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";
import { negotiateLanguage } from "./language.js";

/** One structured log line. Never carries bodies, query strings, headers, tokens or complaint data. */
export interface LogEntry {
  level: "info" | "warn" | "error";
  msg: string;
  [field: string]: unknown;
}

/** Where log lines go. */
export type Logger = (entry: LogEntry) => void;

/**
 * A logger writing one JSON object per line.
 *
 * @param write - Sink for a line (e.g. `(s) => process.stdout.write(s)`).
 * @param clock - Source of the timestamp (the service edge's clock).
 * @returns The logger.
 * @example
 * jsonLogger((s) => process.stdout.write(s), () => new Date())({ level: "info", msg: "listening", port: 8787 })
 * //=> writes {"time":"…","level":"info","msg":"listening","port":8787}
 */
export function jsonLogger(write: (line: string) => void, clock: () => Date): Logger {
  return (entry) => write(`${JSON.stringify({ time: clock().toISOString(), ...entry })}\n`);
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Middleware: set the request id and language, then log one line per request: method, route pattern (not the raw
 * URL), status, duration, and the caller's name and role. No bodies, no query strings, no identity.
 *
 * @param log - Logger.
 * @returns Middleware.
 * @example
 * app.use(requestLog(log))
 * //=> {"msg":"request","method":"POST","route":"/complaints","status":201,"ms":4.2,"role":"clerk","caller":"desk-1"}
 */
export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header("x-request-id");
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    c.set("lang", negotiateLanguage(c.req.header("accept-language")));
    await next();
    c.header("X-Request-Id", requestId);
    const principal = c.get("principal");
    log({
      level: c.res.status >= 500 ? "error" : "info",
      msg: "request",
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(principal === undefined ? {} : { role: principal.role, caller: principal.name }),
    });
  };
}
