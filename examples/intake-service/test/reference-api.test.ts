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
    expect((await at("2024-10-12T09:00:00+08:00")).body).toMatchObject({
      date: "2024-10-12",
      withinWindow: true,
      withinOfficeHours: true,
    });
    // Sunday 2024-10-13: inside the window, desk closed.
    expect((await at("2024-10-13T10:00:00+08:00")).body).toMatchObject({
      withinWindow: true,
      withinOfficeHours: false,
    });
    // Lunch break.
    expect((await at("2024-10-14T12:30:00+08:00")).body.withinOfficeHours).toBe(false);
    // 2025-01-07 23:30 UTC is already 2025-01-08 in Shanghai: after the cut-off.
    expect((await at("2025-01-07T23:30:00Z")).body).toMatchObject({ date: "2025-01-08", withinWindow: false });
    // Default: the service clock (fixed in tests at 2024-10-14 10:00 Shanghai).
    expect((await get("/round/acceptance")).body).toMatchObject({ date: "2024-10-14", withinOfficeHours: true });
  });

  it("serves the round", async () => {
    expect((await get("/round")).body).toMatchObject({
      id: "shanxi-2024-round-6",
      acceptance: { start: "2024-10-12", cutOff: "2025-01-07" },
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
    expect(spec.components.schemas).toHaveProperty("ComplaintSubmission");
    expect(spec.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    const submit = spec.paths["/complaints"].post;
    expect(submit.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/ComplaintSubmission");
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
