import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./env.js";
import type { Language } from "./language.js";

/** Stable problem codes; each is also the last segment of the problem `type` URI. */
export type ProblemCode =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "validation_failed"
  | "malformed_json"
  | "unsupported_media_type"
  | "payload_too_large"
  | "idempotency_key_missing"
  | "idempotency_key_reused"
  | "precondition_failed"
  | "method_not_allowed"
  | "service_unavailable"
  | "internal_error";

const titles: Record<ProblemCode, Record<Language, string>> = {
  unauthorized: { zh: "未认证：缺少或无效的访问令牌", en: "Unauthorized: missing or invalid access token" },
  forbidden: { zh: "无权访问：当前角色不能执行此操作", en: "Forbidden: this role may not perform this operation" },
  not_found: { zh: "未找到", en: "Not found" },
  validation_failed: { zh: "请求内容不符合要求", en: "The request did not pass validation" },
  malformed_json: { zh: "请求体不是有效的 JSON", en: "The request body is not valid JSON" },
  unsupported_media_type: {
    zh: "不支持的内容类型，请使用 application/json",
    en: "Unsupported media type; send application/json",
  },
  payload_too_large: { zh: "请求体过大", en: "Request body too large" },
  idempotency_key_missing: { zh: "缺少 Idempotency-Key 请求头", en: "Missing Idempotency-Key header" },
  idempotency_key_reused: {
    zh: "该 Idempotency-Key 已用于另一份不同的提交",
    en: "This Idempotency-Key was already used for a different submission",
  },
  precondition_failed: { zh: "版本已变化，请重新读取后再提交", en: "The revision changed; read it again and retry" },
  method_not_allowed: { zh: "不支持的请求方法", en: "Method not allowed" },
  service_unavailable: { zh: "服务暂时不可用", en: "Service temporarily unavailable" },
  internal_error: { zh: "服务器内部错误", en: "Internal server error" },
};

/** Base of the problem `type` URIs (documented in the README; not dereferenced). */
export const PROBLEM_TYPE_BASE = "https://xunshi.dev/problems/";

/** One validation issue, as zod reports it (path kept as an array, message localised). */
export const problemIssueSchema = z
  .object({
    path: z.array(z.union([z.string(), z.number()])),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: "ProblemIssue" });

/** The one error shape of the service (RFC 9457 problem details, plus `code` and `issues`). */
export const problemSchema = z
  .object({
    type: z.string().describe("URI identifying the problem kind"),
    title: z.string().describe("Short summary in the negotiated language (zh or en)"),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().describe("Request path"),
    code: z.string().describe("Stable machine-readable code"),
    requestId: z.string().optional(),
    issues: z.array(problemIssueSchema).optional(),
  })
  .meta({ id: "Problem", description: "Error response (RFC 9457 application/problem+json)." });

/** A problem document. */
export type Problem = z.infer<typeof problemSchema>;

/**
 * Build a problem document.
 *
 * @param code - Problem code.
 * @param status - HTTP status.
 * @param lang - Response language.
 * @param extra - Detail, instance, request id, issues.
 * @returns The problem document.
 * @example
 * buildProblem("not_found", 404, "en", { instance: "/complaints/x" })
 * //=> { type: "https://xunshi.dev/problems/not_found", title: "Not found", status: 404, code: "not_found", instance: "/complaints/x" }
 */
export function buildProblem(
  code: ProblemCode,
  status: number,
  lang: Language,
  extra: Partial<Pick<Problem, "detail" | "instance" | "requestId" | "issues">> = {},
): Problem {
  const problem: Problem = { type: `${PROBLEM_TYPE_BASE}${code}`, title: titles[code][lang], status, code };
  if (extra.detail !== undefined) problem.detail = extra.detail;
  if (extra.instance !== undefined) problem.instance = extra.instance;
  if (extra.requestId !== undefined) problem.requestId = extra.requestId;
  if (extra.issues !== undefined) problem.issues = extra.issues;
  return problem;
}

/**
 * Answer a request with a problem document (`application/problem+json`).
 *
 * @param c - Hono context (language and request id are read from it).
 * @param code - Problem code.
 * @param status - HTTP status.
 * @param extra - Detail and issues.
 * @returns The response.
 * @example
 * return problem(c, "forbidden", 403)
 * //=> Response 403 { code: "forbidden", … }
 */
export function problem(
  c: Context<AppEnv>,
  code: ProblemCode,
  status: ContentfulStatusCode,
  extra: Partial<Pick<Problem, "detail" | "issues">> = {},
): Response {
  const lang = c.get("lang") ?? "zh";
  const requestId = c.get("requestId");
  const body = buildProblem(code, status, lang, {
    ...extra,
    instance: new URL(c.req.url).pathname,
    ...(requestId === undefined ? {} : { requestId }),
  });
  return c.body(JSON.stringify(body), status, { "content-type": "application/problem+json; charset=utf-8" });
}

/** Detail strings with a language variant. */
export function localized(lang: Language, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}

/**
 * Thrown by handlers and hooks to answer with a problem document; rendered by the app's error handler.
 *
 * @example
 * throw new HttpProblem("not_found", 404)
 * //=> 404 application/problem+json
 */
export class HttpProblem extends Error {
  override name = "HttpProblem";

  /**
   * @param code - Problem code.
   * @param status - HTTP status.
   * @param extra - Detail and issues.
   */
  constructor(
    readonly code: ProblemCode,
    readonly status: ContentfulStatusCode,
    readonly extra: Partial<Pick<Problem, "detail" | "issues">> = {},
  ) {
    super(code);
  }
}

const statusDescriptions: Partial<Record<number, string>> = {
  400: "Invalid request (validation_failed, malformed_json, idempotency_key_missing)",
  401: "Missing or unknown bearer token",
  403: "The token's role may not call this operation",
  404: "Not found (or not visible to this caller)",
  412: "If-Match revision is stale",
  413: "Body larger than the limit",
  415: "Body is not application/json",
  422: "Idempotency-Key reused for a different body",
};

/**
 * OpenAPI response entries for problem statuses.
 *
 * @param statuses - HTTP statuses the route can answer with a problem.
 * @returns Response objects keyed by status.
 * @example
 * problemResponses(400, 401)
 * //=> { 400: { description: "…", content: { "application/problem+json": { schema: problemSchema } } }, 401: … }
 */
export function problemResponses<S extends number>(
  ...statuses: S[]
): Record<S, { description: string; content: { "application/problem+json": { schema: typeof problemSchema } } }> {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: statusDescriptions[s] ?? "Problem",
        content: { "application/problem+json": { schema: problemSchema } },
      },
    ]),
  ) as Record<S, { description: string; content: { "application/problem+json": { schema: typeof problemSchema } } }>;
}
