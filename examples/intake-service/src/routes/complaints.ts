import { createHash } from "node:crypto";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { categorizationSchema, complaintSchema, dispositionSchema } from "@xunshi/complaints";
import type { Round } from "@xunshi/domain";
import type { MiddlewareHandler } from "hono";
import { requirePermission, type View, viewsByRole } from "../auth/access.js";
import type { Principal } from "../auth/tokens.js";
import type { AppEnv } from "../http/env.js";
import { HttpProblem, problemResponses } from "../http/problem.js";
import { validationHook } from "../http/validation-hook.js";
import {
  dispose as applyDisposition,
  type ComplaintDocument,
  prepareComplaint,
  recategorize,
  redactComplaint,
} from "../intake.js";
import type { ComplaintStore, StoredComplaint } from "../storage/complaint-store.js";

const viewSchema = z
  .enum(["full", "handler", "transfer", "accused-unit", "statistics"])
  .meta({ id: "View", description: "Redacted view; each role may ask only for its own views (default: its widest)." });

const statusSchema = z.enum(["received", "categorized", "disposed"]).meta({ id: "ComplaintStatus" });

const complaintViewSchema = z
  .object({
    id: z.string(),
    status: statusSchema,
    revision: z.number().int().describe('Also sent as the ETag "r<revision>"; send it back in If-Match'),
    receivedAt: z.string().describe("UTC ISO instant"),
    roundId: z.string(),
    channel: z.string(),
    category: z.string().nullable(),
    categorySource: z.enum(["staff", "suggestion"]).nullable(),
    inScope: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    view: viewSchema,
    data: z.record(z.string(), z.unknown()).describe("The complaint as this view may see it"),
    categorization: z.record(z.string(), z.unknown()).nullable(),
    disposition: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: "ComplaintView" });

const complaintPageSchema = z
  .object({ items: z.array(complaintViewSchema), nextCursor: z.string().optional() })
  .meta({ id: "ComplaintPage" });

const summarySchema = z
  .object({
    total: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
    byCategory: z.record(z.string(), z.number().int()),
    byChannel: z.record(z.string(), z.number().int()),
    inScope: z.number().int(),
    outOfScope: z.number().int(),
  })
  .meta({ id: "ComplaintSummary" });

const idParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: "id", in: "path" } }),
});
const security = [{ bearer: [] }];

/** JSON with sorted keys, so a retry that re-serialises the same body hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function chooseView(principal: Principal, requested: View | undefined): View {
  const allowed = viewsByRole[principal.role];
  if (requested === undefined) return allowed[0] ?? "statistics";
  if (!allowed.includes(requested)) {
    throw new HttpProblem("forbidden", 403, { detail: `view=${requested} is not available to role ${principal.role}` });
  }
  return requested;
}

function present(stored: StoredComplaint, view: View) {
  const categorization = stored.categorization as Record<string, unknown> | null;
  const disposition = stored.disposition as Record<string, unknown> | null;
  const pick = (value: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]));
  return {
    id: stored.id,
    status: stored.status,
    revision: stored.revision,
    receivedAt: stored.receivedAt,
    roundId: stored.roundId,
    channel: stored.channel,
    category: stored.category,
    categorySource: stored.categorySource,
    inScope: stored.inScope,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    view,
    data: redactComplaint(stored.document as ComplaintDocument, view),
    // Codes only: a categorization holds no content.
    categorization: categorization,
    // A disposition's reason is content: only the desk and the handler see it.
    disposition:
      disposition === null || view === "full" || view === "handler"
        ? disposition
        : pick(disposition, view === "accused-unit" ? ["status"] : ["status", "destination", "decidedAt"]),
  };
}

const etag = (revision: number) => `"r${revision}"`;

function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"r(\d{1,9})"\s*$/.exec(header);
  if (match?.[1] === undefined) {
    throw new HttpProblem("validation_failed", 400, {
      issues: [{ path: ["if-match"], code: "invalid_format", message: 'Expected If-Match: "r<revision>"' }],
    });
  }
  return Number(match[1]);
}

const requireIdempotencyKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.header("idempotency-key") === undefined) throw new HttpProblem("idempotency_key_missing", 400);
  await next();
};

/** Options the complaint routes need. */
export interface ComplaintRoutesOptions {
  store: ComplaintStore;
  round: Round;
  clock: () => Date;
  newId?: () => string;
}

/**
 * Register the complaint routes: submit, read, list, categorize, dispose, summary.
 *
 * @param app - The app.
 * @param options - Store, round, clock, id generator.
 * @returns Nothing.
 * @example
 * registerComplaintRoutes(app, { store, round, clock })
 * //=> POST /complaints, GET /complaints, GET /complaints/{id}, PUT …/categorization, PUT …/disposition
 */
export function registerComplaintRoutes(app: OpenAPIHono<AppEnv>, options: ComplaintRoutesOptions): void {
  const { store, round, clock } = options;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const principalOf = (c: { get(key: "principal"): Principal | undefined }): Principal => {
    const principal = c.get("principal");
    if (principal === undefined) throw new HttpProblem("unauthorized", 401);
    return principal;
  };

  const submit = createRoute({
    method: "post",
    path: "/complaints",
    tags: ["complaints"],
    summary: "Submit a complaint (validate → suggest category → assess scope → deadlines → store)",
    description:
      "The body is a `Complaint` of @xunshi/complaints; its `id` is your own reference (kept as `sourceReference`), " +
      "the service assigns its own id. Record dispositions with PUT …/disposition, not in the submission. " +
      "Idempotent: send a unique `Idempotency-Key` per complaint; a retry with the same key and body returns the " +
      "stored complaint (200, `Idempotent-Replayed: true`) instead of storing it twice. The response is sent only " +
      "after the complaint is committed to storage.",
    security,
    middleware: [requirePermission("complaints:submit"), requireIdempotencyKey],
    request: {
      headers: z.object({
        "idempotency-key": z
          .string()
          .min(8)
          .max(255)
          .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces")
          .meta({ description: "Unique per complaint, e.g. a UUID", example: "4f9c2a1e-6b1d-4c55-9d0e-0e8c3b7a9f11" }),
      }),
      body: { required: true, content: { "application/json": { schema: complaintSchema } } },
    },
    responses: {
      201: { description: "Stored", content: { "application/json": { schema: complaintViewSchema } } },
      200: { description: "A retry: already stored", content: { "application/json": { schema: complaintViewSchema } } },
      ...problemResponses(400, 401, 403, 413, 415, 422),
    },
  });
  app.openapi(
    submit,
    async (c) => {
      const principal = principalOf(c);
      const submission = c.req.valid("json");
      if (submission.disposition !== undefined) {
        throw new HttpProblem("validation_failed", 400, {
          issues: [
            {
              path: ["disposition"],
              code: "custom",
              message:
                c.get("lang") === "zh"
                  ? "提交时不能带处置结果，请用 PUT /complaints/{id}/disposition 记录"
                  : "Record a disposition with PUT /complaints/{id}/disposition, not in the submission",
            },
          ],
        });
      }
      const key = c.req.valid("header")["idempotency-key"];
      const id = newId();
      const document = prepareComplaint(submission, id, round);
      const staff = submission.categorization;
      const outcome = await store.insert({
        id,
        submittedBy: principal.name,
        idempotencyKey: key,
        requestHash: createHash("sha256").update(canonicalJson(submission)).digest("hex"),
        roundId: submission.roundId ?? round.id,
        receivedAt: submission.receivedAt,
        channel: submission.channel,
        category: document.scope.category.code,
        categorySource: staff?.setBy === "staff" ? "staff" : "suggestion",
        inScope: document.scope.inScope,
        document,
        at: clock().toISOString(),
      });
      if (outcome.kind === "key_reused") throw new HttpProblem("idempotency_key_reused", 422);
      const view = chooseView(principal, undefined);
      c.header("ETag", etag(outcome.complaint.revision));
      c.header("Location", `/complaints/${outcome.complaint.id}`);
      if (outcome.kind === "replayed") {
        c.header("Idempotent-Replayed", "true");
        return c.json(present(outcome.complaint, view), 200);
      }
      return c.json(present(outcome.complaint, view), 201);
    },
    validationHook(submit),
  );

  const read = createRoute({
    method: "get",
    path: "/complaints/{id}",
    tags: ["complaints"],
    summary: "Read one complaint in the caller's view",
    security,
    middleware: [requirePermission("complaints:read")],
    request: { params: idParam, query: z.object({ view: viewSchema.optional() }) },
    responses: {
      200: { description: "The complaint", content: { "application/json": { schema: complaintViewSchema } } },
      ...problemResponses(400, 401, 403, 404),
    },
  });
  app.openapi(
    read,
    async (c) => {
      const principal = principalOf(c);
      const view = chooseView(principal, c.req.valid("query").view);
      const stored = await store.get(c.req.valid("param").id);
      // An external body sees only what it submitted; others' complaints do not exist for it.
      if (stored === undefined || (principal.role === "external" && stored.submittedBy !== principal.name)) {
        throw new HttpProblem("not_found", 404);
      }
      c.header("ETag", etag(stored.revision));
      return c.json(present(stored, view), 200);
    },
    validationHook(read),
  );

  const list = createRoute({
    method: "get",
    path: "/complaints",
    tags: ["complaints"],
    summary: "List complaints (newest receipt first), filtered, one page at a time",
    security,
    middleware: [requirePermission("complaints:list")],
    request: {
      query: z.object({
        roundId: z.string().max(128).optional(),
        status: statusSchema.optional(),
        category: z.string().max(128).optional(),
        categoryPrefix: z.string().max(128).optional().meta({ example: "integrity" }),
        channel: z.string().max(64).optional(),
        inScope: z.enum(["true", "false"]).optional(),
        receivedFrom: z.iso.datetime({ offset: true }).optional(),
        receivedBefore: z.iso.datetime({ offset: true }).optional(),
        limit: z.coerce.number().int().min(1).max(200).optional(),
        cursor: z.string().max(512).optional(),
        view: viewSchema.optional(),
      }),
    },
    responses: {
      200: { description: "One page", content: { "application/json": { schema: complaintPageSchema } } },
      ...problemResponses(400, 401, 403),
    },
  });
  app.openapi(
    list,
    async (c) => {
      const principal = principalOf(c);
      const { view: requested, inScope, cursor, ...filter } = c.req.valid("query");
      const view = chooseView(principal, requested);
      let page: Awaited<ReturnType<ComplaintStore["list"]>>;
      try {
        page = await store.list({
          ...filter,
          ...(inScope === undefined ? {} : { inScope: inScope === "true" }),
          ...(cursor === undefined ? {} : { cursor }),
        });
      } catch (error) {
        if ((error as { code?: unknown }).code === "config_invalid") {
          throw new HttpProblem("validation_failed", 400, {
            issues: [{ path: ["cursor"], code: "invalid_cursor", message: "Expected a cursor from a previous page" }],
          });
        }
        throw error;
      }
      return c.json(
        {
          items: page.items.map((s) => present(s, view)),
          ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
        },
        200,
      );
    },
    validationHook(list),
  );

  const categorize = createRoute({
    method: "put",
    path: "/complaints/{id}/categorization",
    tags: ["complaints"],
    summary: "Record the staff categorization (replaces the suggested category; scope is assessed again)",
    security,
    middleware: [requirePermission("complaints:categorize")],
    request: {
      params: idParam,
      headers: z.object({ "if-match": z.string().optional().meta({ description: 'Optional "r<revision>"' }) }),
      body: { required: true, content: { "application/json": { schema: categorizationSchema } } },
    },
    responses: {
      200: { description: "Updated", content: { "application/json": { schema: complaintViewSchema } } },
      ...problemResponses(400, 401, 403, 404, 412, 413, 415),
    },
  });
  app.openapi(
    categorize,
    async (c) => {
      const principal = principalOf(c);
      const value = c.req.valid("json");
      const expectedRevision = parseIfMatch(c.req.valid("header")["if-match"]);
      const updated = await store.recordCategorization(c.req.valid("param").id, value.primary, {
        value,
        actor: principal.name,
        at: clock().toISOString(),
        rewrite: (document) => {
          const next = recategorize(document as ComplaintDocument, value, round);
          return { document: next, inScope: next.scope.inScope };
        },
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      });
      if (updated === undefined) throw new HttpProblem("not_found", 404);
      c.header("ETag", etag(updated.revision));
      return c.json(present(updated, chooseView(principal, undefined)), 200);
    },
    validationHook(categorize),
  );

  const dispose = createRoute({
    method: "put",
    path: "/complaints/{id}/disposition",
    tags: ["complaints"],
    summary: "Record the disposition (how the complaint was handled; its deadlines are computed)",
    security,
    middleware: [requirePermission("complaints:dispose")],
    request: {
      params: idParam,
      headers: z.object({ "if-match": z.string().optional().meta({ description: 'Optional "r<revision>"' }) }),
      body: { required: true, content: { "application/json": { schema: dispositionSchema } } },
    },
    responses: {
      200: { description: "Updated", content: { "application/json": { schema: complaintViewSchema } } },
      ...problemResponses(400, 401, 403, 404, 412, 413, 415),
    },
  });
  app.openapi(
    dispose,
    async (c) => {
      const principal = principalOf(c);
      const expectedRevision = parseIfMatch(c.req.valid("header")["if-match"]);
      const value = c.req.valid("json");
      const updated = await store.recordDisposition(c.req.valid("param").id, {
        value,
        actor: principal.name,
        at: clock().toISOString(),
        rewrite: (document) => ({ document: applyDisposition(document as ComplaintDocument, value) }),
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      });
      if (updated === undefined) throw new HttpProblem("not_found", 404);
      c.header("ETag", etag(updated.revision));
      return c.json(present(updated, chooseView(principal, undefined)), 200);
    },
    validationHook(dispose),
  );

  const summary = createRoute({
    method: "get",
    path: "/statistics/summary",
    tags: ["statistics"],
    summary: "Counts by status, category, channel and scope (no complaint data)",
    security,
    middleware: [requirePermission("statistics:read")],
    request: { query: z.object({ roundId: z.string().max(128).optional() }) },
    responses: {
      200: { description: "The counts", content: { "application/json": { schema: summarySchema } } },
      ...problemResponses(400, 401, 403),
    },
  });
  app.openapi(
    summary,
    async (c) => {
      const { roundId } = c.req.valid("query");
      return c.json(await store.summary(roundId === undefined ? {} : { roundId }), 200);
    },
    validationHook(summary),
  );
}
