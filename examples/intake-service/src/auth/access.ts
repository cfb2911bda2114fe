import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/env.js";
import { problem } from "../http/problem.js";
import type { Role, TokenRegistry } from "./tokens.js";

/** What a route needs the caller to be allowed to do. */
export type Permission =
  | "complaints:submit"
  | "complaints:read"
  | "complaints:list"
  | "complaints:categorize"
  | "complaints:dispose"
  | "statistics:read"
  | "reference:read";

/**
 * The access matrix. clerk (受理): takes complaints in and files them; handler (承办): categorizes and disposes;
 * statistics (统计): counts only; external (外部单位): submits, and reads back only its own submissions.
 */
export const grants: Readonly<Record<Role, readonly Permission[]>> = {
  clerk: ["complaints:submit", "complaints:read", "complaints:list", "complaints:categorize", "reference:read"],
  handler: [
    "complaints:read",
    "complaints:list",
    "complaints:categorize",
    "complaints:dispose",
    "statistics:read",
    "reference:read",
  ],
  statistics: ["complaints:read", "complaints:list", "statistics:read", "reference:read"],
  external: ["complaints:submit", "complaints:read", "reference:read"],
};

/** Views of a complaint: `full` is unredacted; the others are the redacted views of `@xunshi/complaints`. */
export type View = "full" | "handler" | "transfer" | "accused-unit" | "statistics";

/** Views each role may ask for; the first is its default. No role gets more than its first view. */
export const viewsByRole: Readonly<Record<Role, readonly View[]>> = {
  clerk: ["full", "handler", "transfer", "accused-unit", "statistics"],
  handler: ["handler", "transfer", "accused-unit", "statistics"],
  statistics: ["statistics"],
  external: ["transfer"],
};

/**
 * Whether a role holds a permission.
 *
 * @param role - The caller's role.
 * @param permission - The permission.
 * @returns True when granted.
 * @example
 * can("statistics", "complaints:submit")
 * //=> false
 */
export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/**
 * Middleware: read `Authorization: Bearer <token>` and set the principal (never logs or stores the token).
 *
 * @param tokens - The token registry.
 * @returns Middleware.
 * @example
 * app.use(authenticate(tokens))
 * //=> principal set for known tokens
 */
export function authenticate(tokens: TokenRegistry): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
    c.set("principal", match?.[1] === undefined ? undefined : tokens.lookup(match[1]));
    await next();
  };
}

/**
 * Middleware: 401 without a valid token, 403 when the role lacks the permission.
 *
 * @param permission - The permission the route needs.
 * @returns Middleware.
 * @example
 * createRoute({ …, middleware: [requirePermission("complaints:submit")] })
 * //=> a statistics token gets 403
 */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get("principal");
    if (principal === undefined) {
      c.header("WWW-Authenticate", 'Bearer realm="xunshi-intake"');
      return problem(c, "unauthorized", 401);
    }
    if (!can(principal.role, permission)) return problem(c, "forbidden", 403);
    await next();
  };
}
