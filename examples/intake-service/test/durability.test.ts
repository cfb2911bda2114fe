import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { CONTENT_MARKER, IDENTITY_MARKERS, namedSubmission } from "./helpers.js";
import { type ServiceProcess, startServiceProcess } from "./server-process.js";

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "";
const CLERK = "durability-clerk-token-0123";
const HANDLER = "durability-handler-token-0123";
const TOKENS_ENV = `desk-1:clerk:${CLERK},handler-1:handler:${HANDLER}`;

const bodyFor = (key: string) =>
  JSON.stringify({ ...namedSubmission, content: `${namedSubmission.content}（${key}）` });

async function submit(url: string, key: string): Promise<{ status: number; id?: string }> {
  const res = await fetch(`${url}/complaints`, {
    method: "POST",
    headers: { authorization: `Bearer ${CLERK}`, "content-type": "application/json", "idempotency-key": key },
    body: bodyFor(key),
  });
  const body = (await res.json()) as { id?: string };
  return body.id === undefined ? { status: res.status } : { status: res.status, id: body.id };
}

/**
 * Submit from several concurrent clients, SIGKILL the service while requests are in flight, restart it, and check:
 * every acknowledged id is stored; retrying every key that was sent gives back the acknowledged id (never a second
 * copy); and the number stored equals the number of distinct keys.
 */
async function crashAndCheck(env: Record<string, string>): Promise<{ acked: number; unacknowledged: number }> {
  let service: ServiceProcess = await startServiceProcess(env);
  const first = service;
  const acked = new Map<string, string>();
  const sent = new Set<string>();
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (!killed) {
      const key = `durability-${String(next++).padStart(5, "0")}`;
      sent.add(key);
      try {
        const res = await submit(service.url, key);
        if ((res.status === 201 || res.status === 200) && res.id !== undefined) acked.set(key, res.id);
        else if (!killed) throw new Error(`unexpected status ${res.status}`);
      } catch (error) {
        if (!killed) throw error;
      }
    }
  };
  const workers = Array.from({ length: 6 }, worker);
  const started = Date.now();
  while (acked.size < 60 && Date.now() - started < 8_000) await new Promise((r) => setTimeout(r, 5));
  killed = true;
  service.child.kill("SIGKILL");
  await Promise.allSettled(workers);
  expect((await service.exited).signal).toBe("SIGKILL");
  expect(acked.size).toBeGreaterThan(0);

  service = await startServiceProcess(env);
  try {
    for (const [key, id] of acked) {
      const res = await fetch(`${service.url}/complaints/${id}`, { headers: { authorization: `Bearer ${CLERK}` } });
      expect(res.status, `acknowledged ${key} → ${id} must be stored`).toBe(200);
    }
    for (const key of sent) {
      const res = await submit(service.url, key);
      expect([200, 201]).toContain(res.status);
      if (acked.has(key)) {
        expect(res.status, `retry of acknowledged ${key} is a replay`).toBe(200);
        expect(res.id).toBe(acked.get(key));
      }
    }
    const summary = (await (
      await fetch(`${service.url}/statistics/summary`, { headers: { authorization: `Bearer ${HANDLER}` } })
    ).json()) as { total: number };
    expect(summary.total).toBe(sent.size);
    service.child.kill("SIGTERM");
    expect((await service.exited).code).toBe(0);
    expect(service.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    // Hundreds of request log lines, and not one carries identity, content or a token.
    const logs = [...first.lines, ...service.lines].join("\n");
    expect(logs).toContain('"msg":"request"');
    for (const marker of [...IDENTITY_MARKERS, CONTENT_MARKER, CLERK, HANDLER]) expect(logs).not.toContain(marker);
    return { acked: acked.size, unacknowledged: sent.size - acked.size };
  } finally {
    service.child.kill("SIGKILL");
  }
}

describe("durability: SIGKILL during a load run loses nothing acknowledged and stores nothing twice", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("with SQLite (WAL, synchronous=FULL)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "intake-durability-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const result = await crashAndCheck({ DATA_DIR: dir, INTAKE_TOKENS: TOKENS_ENV });
    expect(result.acked).toBeGreaterThan(0);
  }, 60_000);

  it.runIf(TEST_DATABASE_URL !== "")(
    "with PostgreSQL",
    async () => {
      const schema = `durability_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
      cleanups.push(async () => {
        const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      });
      const dir = mkdtempSync(join(tmpdir(), "intake-durability-pg-"));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const result = await crashAndCheck({
        DATA_DIR: dir,
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: schema,
        INTAKE_TOKENS: TOKENS_ENV,
      });
      expect(result.acked).toBeGreaterThan(0);
    },
    60_000,
  );
});
