import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { startServer } from "./server.js";

describe("startServer", () => {
  it("finishes in-flight requests on close, then refuses new connections", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const app = new Hono();
    app.get("/slow", async (c) => {
      entered();
      await gate;
      return c.text("finished");
    });
    const server = await startServer(app.fetch, { port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const inflight = fetch(`${server.url}/slow`);
    await inside;
    const closed = server.close(5_000);
    let closedYet = false;
    void closed.then(() => {
      closedYet = true;
    });
    // New connections are refused while the in-flight request is still running.
    await expect(fetch(`${server.url}/slow`)).rejects.toThrow();
    expect(closedYet).toBe(false);

    release();
    const res = await inflight;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("finished");
    await closed;
    expect(closedYet).toBe(true);
  });

  it("forces lingering connections closed after the grace period", async () => {
    const app = new Hono();
    app.get("/hang", () => new Promise<Response>(() => undefined));
    const server = await startServer(app.fetch, { port: 0 });
    const hanging = fetch(`${server.url}/hang`).catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 50));
    await server.close(100);
    expect(await hanging).toBeInstanceOf(Error);
  });
});
