import { beforeEach, describe, expect, it } from "vitest";
import { CONTENT_MARKER, headers, IDENTITY_MARKERS, makeApp, namedSubmission, TOKENS } from "./helpers.js";

type Ctx = Awaited<ReturnType<typeof makeApp>>;

async function submit(ctx: Ctx, key: string, body: unknown = namedSubmission, token: string = TOKENS.clerk) {
  return ctx.app.request("/complaints", {
    method: "POST",
    headers: headers(token, { "idempotency-key": key }),
    body: JSON.stringify(body),
  });
}

describe("POST /complaints", () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = await makeApp();
  });

  it("validates, suggests a category, assesses scope, computes deadlines and stores", async () => {
    const res = await submit(ctx, "key-submit-0001");
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe("/complaints/cmp-0001");
    expect(res.headers.get("etag")).toBe('"r1"');
    const body = await res.json();
    expect(body).toMatchObject({
      id: "cmp-0001",
      status: "received",
      revision: 1,
      receivedAt: "2024-10-14T01:30:00.000Z",
      categorySource: "suggestion",
      inScope: true,
      view: "full",
      createdAt: "2024-10-14T02:00:00.000Z",
    });
    expect(body.category).toMatch(/^integrity/);
    expect(body.data.sourceReference).toBe("platform-ref-0001");
    expect(body.data.complaint.id).toBe("cmp-0001");
    expect(body.data.scope).toMatchObject({ inScope: true, destination: { code: "inspection-team" } });
    // Named, first-time accuser: the acceptance notice within 15 working days of receipt (2024-10-14).
    expect(
      body.data.deadlines.map((d: { ruleId: string; deadline: { dueDate: string } }) => [d.ruleId, d.deadline.dueDate]),
    ).toEqual([["accusation.acceptance-notice", "2024-11-04"]]);
    expect(await ctx.store.count()).toBe(1);
  });

  it("stores a retried submission once and replays the first answer", async () => {
    const first = await submit(ctx, "key-retry-0001");
    // Same body, keys in another order: still the same request.
    const reordered = Object.fromEntries(Object.entries(namedSubmission).reverse());
    const retry = await submit(ctx, "key-retry-0001", reordered);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await retry.json()).id).toBe((await first.json()).id);
    expect(await ctx.store.count()).toBe(1);
  });

  it("refuses a key reused for a different body (422) and stores nothing new", async () => {
    await submit(ctx, "key-reuse-0001");
    const res = await submit(ctx, "key-reuse-0001", { ...namedSubmission, content: "另一件事" });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: "idempotency_key_reused" });
    expect(await ctx.store.count()).toBe(1);
  });

  it("requires an Idempotency-Key", async () => {
    const res = await ctx.app.request("/complaints", {
      method: "POST",
      headers: headers(TOKENS.clerk),
      body: JSON.stringify(namedSubmission),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "idempotency_key_missing" });
  });

  it("answers validation errors as one problem shape with zod issues, in Chinese by default", async () => {
    const res = await submit(ctx, "key-invalid-0001", { ...namedSubmission, channel: "pigeon", content: 42 });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = await res.json();
    expect(problem).toMatchObject({
      type: "https://xunshi.dev/problems/validation_failed",
      status: 400,
      code: "validation_failed",
      title: "请求内容不符合要求",
      instance: "/complaints",
    });
    const paths = problem.issues.map((i: { path: unknown[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["channel", "content"]));
    const content = problem.issues.find((i: { path: string[] }) => i.path[0] === "content");
    expect(content.code).toBe("invalid_type");
    expect(content.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await ctx.store.count()).toBe(0);
  });

  it("localises the library's own rules too (an unknown category code)", async () => {
    const res = await submit(ctx, "key-category-01", {
      ...namedSubmission,
      categorization: { primary: "no-such-code", taxonomyVersion: "2024.1", setBy: "staff" },
    });
    expect(res.status).toBe(400);
    const issue = (await res.json()).issues.find((i: { path: string[] }) => i.path.includes("primary"));
    expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("answers in English when Accept-Language prefers it", async () => {
    const res = await ctx.app.request("/complaints", {
      method: "POST",
      headers: headers(TOKENS.clerk, { "idempotency-key": "key-en-00001", "accept-language": "en-GB,zh;q=0.5" }),
      body: JSON.stringify({ ...namedSubmission, content: 42 }),
    });
    const problem = await res.json();
    expect(problem.title).toBe("The request did not pass validation");
    expect(problem.issues[0].message).toMatch(/expected string, received number/);
  });

  it("never echoes complaint data in validation problems", async () => {
    const res = await submit(ctx, "key-leak-00001", { ...namedSubmission, receivedAt: "not-a-date" });
    const text = await res.text();
    for (const marker of [...IDENTITY_MARKERS, CONTENT_MARKER]) expect(text).not.toContain(marker);
  });

  it("refuses malformed JSON (400), other media types (415) and bodies over the limit (413)", async () => {
    const malformed = await ctx.app.request("/complaints", {
      method: "POST",
      headers: headers(TOKENS.clerk, { "idempotency-key": "key-malformed-1" }),
      body: "{ not json",
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: "malformed_json" });

    const text = await ctx.app.request("/complaints", {
      method: "POST",
      headers: { ...headers(TOKENS.clerk, { "idempotency-key": "key-text-00001" }), "content-type": "text/plain" },
      body: "hello",
    });
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ code: "unsupported_media_type" });

    const small = await makeApp({ bodyLimitBytes: 2048 });
    const big = await submit(small, "key-big-000001", { ...namedSubmission, content: "举报".repeat(2000) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: "payload_too_large" });
    expect(await small.store.count()).toBe(0);
  });

  it("logs one structured line per request, without bodies, identity, content or tokens", async () => {
    await submit(ctx, "key-log-000001");
    await submit(ctx, "key-log-000002", { ...namedSubmission, content: 7 });
    const lines = ctx.logs.map((l) => JSON.stringify(l));
    expect(ctx.logs.filter((l) => l.msg === "request")).toHaveLength(2);
    expect(ctx.logs[0]).toMatchObject({
      method: "POST",
      route: "/complaints",
      status: 201,
      role: "clerk",
      caller: "desk-1",
    });
    for (const line of lines) {
      for (const marker of [...IDENTITY_MARKERS, CONTENT_MARKER, TOKENS.clerk, "key-log-000001"]) {
        expect(line).not.toContain(marker);
      }
    }
  });
});

describe("reading complaints by role", () => {
  let ctx: Ctx;
  let id: string;
  beforeEach(async () => {
    ctx = await makeApp();
    id = (await (await submit(ctx, "key-views-00001", namedSubmission, TOKENS.external)).json()).id;
  });

  const read = async (token: string, query = "") => {
    const res = await ctx.app.request(`/complaints/${id}${query}`, { headers: headers(token) });
    return { res, text: await res.clone().text(), body: await res.json() };
  };

  it("gives the clerk the full record", async () => {
    const { body, text } = await read(TOKENS.clerk);
    expect(body.view).toBe("full");
    for (const marker of [...IDENTITY_MARKERS, CONTENT_MARKER]) expect(text).toContain(marker);
  });

  it("gives the handler the content but not the complainant's identity", async () => {
    const { body, text } = await read(TOKENS.handler);
    expect(body.view).toBe("handler");
    expect(text).toContain(CONTENT_MARKER);
    for (const marker of IDENTITY_MARKERS) expect(text).not.toContain(marker);
  });

  it("gives statistics no identity and no content", async () => {
    const { body, text } = await read(TOKENS.statistics);
    expect(body.view).toBe("statistics");
    for (const marker of [...IDENTITY_MARKERS, CONTENT_MARKER, "李某"]) expect(text).not.toContain(marker);
  });

  it("gives the submitting external body the transfer view: content but no identity", async () => {
    const { body, text } = await read(TOKENS.external);
    expect(body.view).toBe("transfer");
    expect(text).toContain(CONTENT_MARKER);
    for (const marker of IDENTITY_MARKERS) expect(text).not.toContain(marker);
  });

  it("lets the handler choose the accused-unit view: neither identity nor content", async () => {
    const { body, text } = await read(TOKENS.handler, "?view=accused-unit");
    expect(body.view).toBe("accused-unit");
    for (const marker of [...IDENTITY_MARKERS, CONTENT_MARKER]) expect(text).not.toContain(marker);
  });

  it("answers 404 as a problem for an unknown id", async () => {
    const res = await ctx.app.request("/complaints/nope", { headers: headers(TOKENS.clerk) });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: "not_found", instance: "/complaints/nope" });
  });
});

describe("staff actions and listing", () => {
  let ctx: Ctx;
  beforeEach(async () => {
    ctx = await makeApp();
  });

  it("records a categorization and a disposition with optimistic concurrency", async () => {
    const disposition = {
      status: "referred",
      decidedAt: "2024-10-16T10:00:00+08:00",
      destination: "discipline-commission",
      reason: "机密理由",
    };
    const id = (await (await submit(ctx, "key-staff-00001")).json()).id;
    const cat = await ctx.app.request(`/complaints/${id}/categorization`, {
      method: "PUT",
      headers: headers(TOKENS.handler, { "if-match": '"r1"' }),
      body: JSON.stringify({ primary: "mass.withholding-benefits", taxonomyVersion: "2024.1", setBy: "staff" }),
    });
    expect(cat.status).toBe(200);
    expect(cat.headers.get("etag")).toBe('"r2"');
    expect(await cat.json()).toMatchObject({
      status: "categorized",
      category: "mass.withholding-benefits",
      categorySource: "staff",
    });

    const stale = await ctx.app.request(`/complaints/${id}/disposition`, {
      method: "PUT",
      headers: headers(TOKENS.handler, { "if-match": '"r1"' }),
      body: JSON.stringify(disposition),
    });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: "precondition_failed" });

    const done = await ctx.app.request(`/complaints/${id}/disposition`, {
      method: "PUT",
      headers: headers(TOKENS.handler, { "if-match": '"r2"' }),
      body: JSON.stringify(disposition),
    });
    expect(done.status).toBe(200);
    const disposed = await done.json();
    expect(disposed).toMatchObject({ status: "disposed", revision: 3, disposition });
    // The deadlines follow the disposition: a referral to the discipline commission adds its forwarding clock.
    expect(disposed.data.deadlines.map((d: { ruleId: string }) => d.ruleId).length).toBeGreaterThan(1);
    expect((await ctx.store.events(id)).map((e) => [e.kind, e.actor])).toEqual([
      ["submitted", "desk-1"],
      ["categorized", "handler-1"],
      ["disposed", "handler-1"],
    ]);
  });

  it("refuses an unknown disposition status with a validation problem", async () => {
    const id = (await (await submit(ctx, "key-staff-00002")).json()).id;
    const res = await ctx.app.request(`/complaints/${id}/disposition`, {
      method: "PUT",
      headers: headers(TOKENS.handler),
      body: JSON.stringify({ status: "shredded", decidedAt: "2024-10-16T10:00:00+08:00" }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].path).toEqual(["status"]);
  });

  it("lists with filters and cursor pages, and summarises for statistics", async () => {
    for (let i = 0; i < 5; i++) {
      await submit(ctx, `key-list-0000${i}`, {
        ...namedSubmission,
        receivedAt: `2024-10-${14 + i}T09:00:00+08:00`,
        channel: i % 2 === 0 ? "letter" : "phone",
      });
    }
    const page1 = await (await ctx.app.request("/complaints?limit=2", { headers: headers(TOKENS.handler) })).json();
    expect(page1.items.map((c: { receivedAt: string }) => c.receivedAt.slice(0, 10))).toEqual([
      "2024-10-18",
      "2024-10-17",
    ]);
    const page2 = await (
      await ctx.app.request(`/complaints?limit=2&cursor=${page1.nextCursor}`, { headers: headers(TOKENS.handler) })
    ).json();
    expect(page2.items).toHaveLength(2);
    const letters = await (
      await ctx.app.request("/complaints?channel=letter&view=statistics", { headers: headers(TOKENS.statistics) })
    ).json();
    expect(letters.items).toHaveLength(3);
    const bad = await ctx.app.request("/complaints?cursor=garbage", { headers: headers(TOKENS.handler) });
    expect(bad.status).toBe(400);
    const summary = await (
      await ctx.app.request("/statistics/summary?roundId=shanxi-2024-round-6", { headers: headers(TOKENS.statistics) })
    ).json();
    expect(summary).toMatchObject({ total: 5, byChannel: { letter: 3, phone: 2 }, byStatus: { received: 5 } });
  });
});

describe("storage failure", () => {
  it("answers a problem (never a stack or complaint data) when storage fails, and logs only the error kind", async () => {
    const ctx = await makeApp();
    await ctx.store.close();
    const res = await submit(ctx, "key-outage-0001");
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ code: "internal_error", status: 500 });
    const logged = ctx.logs.find((l) => l.msg === "unhandled error");
    expect(logged).toBeDefined();
    for (const marker of [...IDENTITY_MARKERS, CONTENT_MARKER]) expect(JSON.stringify(ctx.logs)).not.toContain(marker);
  });
});
