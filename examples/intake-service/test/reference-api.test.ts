import { beforeAll, describe, expect, it } from "vitest";
import { headers, makeApp, TOKENS } from "./helpers.js";

describe("reference routes", () => {
  let app: Awaited<ReturnType<typeof makeApp>>["app"];
  beforeAll(async () => {
    ({ app } = await makeApp());
  });
  const get = async (path: string, extra: Record<string, string> = {}) => {
    const res = await app.request(path, { headers: headers(TOKENS.statistics, extra) });
    return { status: res.status, body: await res.json() };
  };

  it("knows a make-up Saturday is a working day and a Sunday is not", async () => {
    expect((await get("/calendar/days/2024-10-12")).body).toMatchObject({
      date: "2024-10-12",
      weekday: 6,
      isWorkingDay: true,
      kind: "makeup-workday",
    });
    expect((await get("/calendar/days/2024-10-13")).body).toMatchObject({ isWorkingDay: false });
  });

  it("counts the 62 working days of the acceptance window and adds working days over New Year", async () => {
    expect((await get("/calendar/count-working-days?from=2024-10-12&to=2025-01-07")).body).toEqual({
      from: "2024-10-12",
      to: "2025-01-07",
      workingDays: 62,
    });
    expect((await get("/calendar/add-working-days?date=2024-12-30&amount=15")).body.result).toBe("2025-01-21");
  });

  it("turns calendar errors into a validation problem", async () => {
    const invalid = await get("/calendar/days/2024-02-30");
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe("validation_failed");
    const reversed = await get("/calendar/count-working-days?from=2025-01-07&to=2024-10-12");
    expect(reversed.status).toBe(400);
    const notNumber = await get("/calendar/add-working-days?date=2024-12-30&amount=many", {
      "accept-language": "en",
    });
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.issues[0].path).toEqual(["amount"]);
  });

  it("answers whether an instant is inside the acceptance window and office hours (Asia/Shanghai)", async () => {
    const at = (iso: string) => get(`/round/acceptance?at=${encodeURIComponent(iso)}`);
    // Make-up Saturday 2024-10-12, 09:00 in Shanghai.
    expect((await at("2024-10-12T09:00:00+08:00")).body).toMatchObject({ accepting: true, code: "open" });
    // Sunday 2024-10-13: inside the window, desk closed; it opens again on Monday morning.
    expect((await at("2024-10-13T10:00:00+08:00")).body).toMatchObject({
      accepting: false,
      code: "outside-office-hours",
      nextOpening: "2024-10-14T08:00:00+08:00",
    });
    // Lunch break.
    expect((await at("2024-10-14T12:30:00+08:00")).body.code).toBe("outside-office-hours");
    // 2025-01-07 23:30 UTC is already 2025-01-08 in Shanghai: after the cut-off.
    expect((await at("2025-01-07T23:30:00Z")).body.code).toBe("after-cutoff");
    // Default: the service clock (fixed in tests at 2024-10-14 10:00 Shanghai).
    expect((await get("/round/acceptance")).body).toMatchObject({ at: "2024-10-14T02:00:00.000Z", accepting: true });
  });

  it("serves the round", async () => {
    expect((await get("/round")).body).toMatchObject({
      id: "shanxi-2024-round-6",
      acceptance: { start: "2024-10-12", cutoff: "2025-01-07" },
    });
  });

  it("suggests categories for a text, with evidence", async () => {
    const res = await app.request("/categories/suggest", {
      method: "POST",
      headers: headers(TOKENS.clerk),
      body: JSON.stringify({ text: "县住建局局长收受开发商现金20万元" }),
    });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.suggestions[0].category).toBe("integrity");
    expect(body.suggestions[0].evidence.length).toBeGreaterThan(0);
  });
});

describe("OpenAPI and docs", () => {
  it("publishes an OpenAPI 3.1 document with every route, the problem schema and bearer security", async () => {
    const { app } = await makeApp();
    const spec = await (await app.request("/openapi.json")).json();
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths).sort()).toEqual(
      [
        "/calendar/add-working-days",
        "/calendar/count-working-days",
        "/calendar/days/{date}",
        "/calendar/deadline",
        "/categories/suggest",
        "/complaints",
        "/complaints/{id}",
        "/complaints/{id}/categorization",
        "/complaints/{id}/disposition",
        "/round",
        "/round/acceptance",
        "/statistics/summary",
      ].sort(),
    );
    expect(spec.components.schemas).toHaveProperty("Problem");
    for (const id of ["Complaint", "Categorization", "Disposition", "Round", "Acceptance"]) {
      expect(spec.components.schemas, id).toHaveProperty(id);
    }
    expect(spec.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    const submit = spec.paths["/complaints"].post;
    expect(submit.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/Complaint");
    expect(submit.responses["422"].content["application/problem+json"]).toBeDefined();
  });

  it("serves a self-contained docs page (no external assets)", async () => {
    const { app } = await makeApp();
    const res = await app.request("/docs");
    const html = await res.text();
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(html).toContain('fetch("/openapi.json")');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });
});

describe("POST /calendar/deadline", () => {
  const post = async (body: unknown, lang = "zh") => {
    const { app } = await makeApp();
    const res = await app.request("/calendar/deadline", {
      method: "POST",
      headers: headers(TOKENS.handler, { "accept-language": lang }),
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  it("rolls a period ending in the National Day break to the next working day, and explains it", async () => {
    const { status, body } = await post({ start: "2024-09-21", period: { days: 10 } });
    expect(status).toBe(200);
    expect(body.dueDate).toBe("2024-10-08");
    expect(body.explanation.zh).toMatch(/2024-10-08/);
  });

  it("counts working days over New Year and applies a built-in rule by id", async () => {
    expect((await post({ start: "2024-12-30", period: { workingDays: 15 } })).body.dueDate).toBe("2025-01-21");
    const rule = await post({ start: "2025-01-20", ruleId: "petition.handling" });
    expect(rule.body).toMatchObject({ period: { days: 60 }, rule: { id: "petition.handling" } });
  });

  it("ends the last day at the round's closing time when asked", async () => {
    const { body } = await post({ start: "2024-12-30", period: { workingDays: 15 }, endAtClosingTime: true });
    expect(body.dueInstant).toBe("2025-01-21T18:00:00+08:00");
  });

  it("refuses a request with both or neither of period and ruleId, and an unknown rule", async () => {
    expect((await post({ start: "2024-12-30" })).status).toBe(400);
    expect((await post({ start: "2024-12-30", period: { days: 1 }, ruleId: "petition.handling" })).status).toBe(400);
    const unknown = await post({ start: "2024-12-30", ruleId: "no.such-rule" }, "en");
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe("validation_failed");
  });
});
