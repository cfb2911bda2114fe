import type { RouteConfig } from "@hono/zod-openapi";
import { complaintSchema, safeParseComplaint } from "@xunshi/complaints";
import type { Context } from "hono";
import type * as z from "zod";
import { en, zhCN } from "zod/locales";
import type { AppEnv } from "./env.js";
import { HttpProblem } from "./problem.js";

const localeErrors = { zh: zhCN().localeError, en: en().localeError };

type Target = "json" | "query" | "param" | "header" | "form" | "cookie";

function schemaFor(route: RouteConfig, target: Target): z.ZodType | undefined {
  const request = route.request;
  if (request === undefined) return undefined;
  switch (target) {
    case "json":
      return (request.body?.content["application/json"] as { schema?: z.ZodType } | undefined)?.schema;
    case "query":
      return request.query as z.ZodType | undefined;
    case "param":
      return request.params as z.ZodType | undefined;
    case "header":
      return request.headers as z.ZodType | undefined;
    default:
      return undefined;
  }
}

async function inputOf(c: Context<AppEnv>, target: Target): Promise<unknown> {
  switch (target) {
    case "json":
      return c.req.json();
    case "query":
      return Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => (v.length === 1 ? [k, v[0]] : [k, v])));
    case "param":
      return c.req.param();
    case "header":
      return c.req.header();
    default:
      return undefined;
  }
}

/**
 * The validation hook of a route: on failure, answer 400 with the problem shape and zod's issues (path, code,
 * message), the messages in the negotiated language (zod's zh-CN or en locale, chosen per parse; never `z.config`).
 *
 * @param route - The route whose schemas are validated.
 * @returns The hook to pass to `app.openapi(route, handler, hook)`.
 * @example
 * app.openapi(route, handler, validationHook(route))
 * //=> 400 { code: "validation_failed", issues: [{ path: ["content"], code: "too_small", message: "…" }] }
 */
export function validationHook(route: RouteConfig) {
  return (
    result: { target: string; success: boolean; error?: z.ZodError },
    c: Context<AppEnv>,
  ): Promise<never> | undefined =>
    result.success || result.error === undefined ? undefined : fail(route, result.target as Target, result.error, c);
}

async function fail(route: RouteConfig, target: Target, error: z.ZodError, c: Context<AppEnv>): Promise<never> {
  let issues = error.issues;
  const schema = schemaFor(route, target);
  if (schema === complaintSchema) {
    // The library's own parse: its rule messages (e.g. an unknown category code) are localised too.
    const again = safeParseComplaint(await inputOf(c, target), { locale: c.get("lang") });
    if (!again.success) issues = again.error.issues as unknown as z.core.$ZodIssue[];
  } else if (schema !== undefined) {
    // Re-parse once with the caller's locale: the issues carry no input, so the messages cannot be rebuilt from them.
    const again = schema.safeParse(await inputOf(c, target), { error: localeErrors[c.get("lang")] });
    if (!again.success) issues = again.error.issues;
  }
  throw new HttpProblem("validation_failed", 400, {
    issues: issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === "number" ? p : String(p))),
      code: issue.code,
      message: issue.message,
    })),
  });
}
