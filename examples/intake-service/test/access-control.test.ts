import { beforeAll, describe, expect, it } from "vitest";
import { can, grants, type Permission } from "../src/auth/access.js";
import type { Role } from "../src/auth/tokens.js";
import { headers, makeApp, namedSubmission, ROLES, TOKENS } from "./helpers.js";

interface RouteCase {
  name: string;
  method: string;
  path: string;
  permission: Permission;
  body?: unknown;
  extraHeaders?: Record<string, string>;
}

// Every authenticated route of the service, with a valid request for it.
const routes: RouteCase[] = [
  {
    name: "submit",
    method: "POST",
    path: "/complaints",
    permission: "complaints:submit",
    body: namedSubmission,
    extraHeaders: { "idempotency-key": "access-matrix-key-1" },
  },
  { name: "read", method: "GET", path: "/complaints/cmp-0001", permission: "complaints:read" },
  { name: "list", method: "GET", path: "/complaints", permission: "complaints:list" },
  {
    name: "categorize",
    method: "PUT",
    path: "/complaints/cmp-0001/categorization",
    permission: "complaints:categorize",
    body: { primary: "integrity.gifts-and-money", taxonomyVersion: "2024.1", setBy: "staff" },
  },
  {
    name: "dispose",
    method: "PUT",
    path: "/complaints/cmp-0001/disposition",
    permission: "complaints:dispose",
    body: { status: "accepted", decidedAt: "2024-10-15T10:00:00+08:00" },
  },
  { name: "summary", method: "GET", path: "/statistics/summary", permission: "statistics:read" },
  { name: "round", method: "GET", path: "/round", permission: "reference:read" },
  { name: "acceptance", method: "GET", path: "/round/acceptance", permission: "reference:read" },
  { name: "working day", method: "GET", path: "/calendar/days/2024-10-12", permission: "reference:read" },
  {
    name: "add working days",
    method: "GET",
    path: "/calendar/add-working-days?date=2024-10-12&amount=5",
    permission: "reference:read",
  },
  {
    name: "count working days",
    method: "GET",
    path: "/calendar/count-working-days?from=2024-10-12&to=2025-01-07",
    permission: "reference:read",
  },
  {
    name: "deadline",
    method: "POST",
    path: "/calendar/deadline",
    permission: "reference:read",
    body: { start: "2024-12-30", period: { workingDays: 15 } },
  },
  {
    name: "suggest",
    method: "POST",
    path: "/categories/suggest",
    permission: "reference:read",
    body: { text: "局长收受红包" },
  },
];

const tokenOf: Record<Role, string> = {
  clerk: TOKENS.clerk,
  handler: TOKENS.handler,
  statistics: TOKENS.statistics,
  external: TOKENS.external,
};

describe("access control", () => {
  let app: Awaited<ReturnType<typeof makeApp>>["app"];
  beforeAll(async () => {
    ({ app } = await makeApp());
    // Complaint cmp-0001 exists, submitted by the external body's token, so reads can succeed.
    const res = await app.request("/complaints", {
      method: "POST",
      headers: headers(TOKENS.external, { "idempotency-key": "access-setup-0001" }),
      body: JSON.stringify(namedSubmission),
    });
    expect(res.status).toBe(201);
  });

  const send = (route: RouteCase, token: string | undefined, auth?: string) =>
    app.request(route.path, {
      method: route.method,
      headers: {
        ...headers(token, route.extraHeaders),
        ...(auth === undefined ? {} : { authorization: auth }),
      },
      ...(route.body === undefined ? {} : { body: JSON.stringify(route.body) }),
    });

  for (const route of routes) {
    describe(`${route.method} ${route.path} (${route.name})`, () => {
      it("answers 401 with a problem and WWW-Authenticate without a token, with an unknown one, or a non-bearer scheme", async () => {
        for (const auth of [undefined, "Bearer not-a-known-token-000000", `Basic ${btoa("a:b")}`]) {
          const res = await send(route, undefined, auth);
          expect(res.status).toBe(401);
          expect(res.headers.get("content-type")).toContain("application/problem+json");
          expect(res.headers.get("www-authenticate")).toContain("Bearer");
          expect(await res.json()).toMatchObject({ status: 401, code: "unauthorized" });
        }
      });

      for (const role of ROLES) {
        const allowed = can(role, route.permission);
        it(`${allowed ? "lets" : "refuses (403)"} ${role}`, async () => {
          const res = await send(route, tokenOf[role]);
          if (allowed) {
            expect(res.status, await res.clone().text()).toBeLessThan(300);
          } else {
            expect(res.status).toBe(403);
            expect(await res.json()).toMatchObject({ status: 403, code: "forbidden" });
          }
        });
      }
    });
  }

  it("refuses a role a view wider than its own (403)", async () => {
    const cases: [Role, string][] = [
      ["statistics", "handler"],
      ["statistics", "full"],
      ["handler", "full"],
      ["external", "handler"],
      ["external", "statistics"],
    ];
    for (const [role, view] of cases) {
      const res = await app.request(`/complaints/cmp-0001?view=${view}`, { headers: headers(tokenOf[role]) });
      expect(res.status, `${role} asking for ${view}`).toBe(403);
    }
  });

  it("hides another external body's complaints (404, not the complaint)", async () => {
    const res = await app.request("/complaints/cmp-0001", { headers: headers(TOKENS.external2) });
    expect(res.status).toBe(404);
  });

  it("keeps the public endpoints public", async () => {
    for (const path of ["/healthz", "/openapi.json", "/docs"]) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });

  it("grants each role exactly the documented permissions", () => {
    expect(grants.statistics).not.toContain("complaints:submit");
    expect(grants.external).not.toContain("complaints:list");
    expect(grants.clerk).not.toContain("complaints:dispose");
  });
});
