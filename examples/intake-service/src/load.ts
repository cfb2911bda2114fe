/**
 * Load test: start the service (SQLite, then PostgreSQL when LOAD_DATABASE_URL or TEST_DATABASE_URL is set), submit
 * complaints with autocannon at rising concurrency on 127.0.0.1, and print requests/s, p50/p99 latency, errors, and
 * whether the number stored equals the number acknowledged (2xx). Bounded: AMOUNT requests per level, at most
 * MAX_SECONDS per level.
 *
 *   pnpm load                                        # both backends when a database URL is set
 *   LOAD_BACKENDS=sqlite LOAD_LEVELS=1,8 pnpm load   # options: LOAD_AMOUNT, LOAD_MAX_SECONDS
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon, { type Result } from "autocannon";
import pg from "pg";

const CLERK = `load-clerk-${randomUUID()}`;
const STATS = `load-stats-${randomUUID()}`;
const levels = (process.env.LOAD_LEVELS ?? "1,4,16,64").split(",").map(Number);
const amount = Number(process.env.LOAD_AMOUNT ?? 1000);
const maxSeconds = Number(process.env.LOAD_MAX_SECONDS ?? 20);
const databaseUrl = process.env.LOAD_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "";
const backends = (process.env.LOAD_BACKENDS ?? (databaseUrl ? "sqlite,postgres" : "sqlite")).split(",");

const fromSource = import.meta.url.endsWith(".ts");
const mainPath = fileURLToPath(new URL(fromSource ? "./main.ts" : "./main.js", import.meta.url));

const submission = {
  id: "load-ref",
  receivedAt: "2024-10-14T09:30:00+08:00",
  channel: "phone",
  roundId: "shanxi-2024-round-6",
  complainant: { kind: "named", name: "测试人", contact: "13800000000" },
  isRepeat: false,
  subjects: [{ name: "某局长", unit: "晋中市住建局", position: "局长", role: "next-level-principal" }],
  content: "晋中市住建局局长收受开发商现金20万元，并在工程招标中为其提供帮助。",
};
const body = JSON.stringify(submission);

async function startService(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const args = fromSource ? ["--import", "tsx", mainPath] : [mainPath];
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      // Keep draining the request log; only the first "listening" line matters.
      if (buffer === null) return;
      buffer += chunk;
      const match = /"msg":"listening","url":"([^"]+)"/.exec(buffer);
      if (match?.[1] !== undefined) {
        resolve(match[1]);
        buffer = "";
      } else if (buffer.length > 1e6) buffer = buffer.slice(-1e4);
    });
    child.once("exit", (code) => reject(new Error(`service exited with ${code}`)));
  });
  return { child, url };
}

async function storedCount(url: string): Promise<number> {
  const res = await fetch(`${url}/statistics/summary`, { headers: { authorization: `Bearer ${STATS}` } });
  return ((await res.json()) as { total: number }).total;
}

/** Run one level; also returns the time from start to the last response (autocannon ends on a 1 s tick). */
function run(url: string, connections: number): Promise<{ result: Result; seconds: number }> {
  const started = performance.now();
  let last = started;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        amount,
        timeout: 30,
        requests: [
          {
            method: "POST",
            path: "/complaints",
            setupRequest: (request) => ({
              ...request,
              headers: {
                authorization: `Bearer ${CLERK}`,
                "content-type": "application/json",
                "idempotency-key": randomUUID(),
              },
              body,
            }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, seconds: (last - started) / 1000 })),
    );
    instance.on("response", () => {
      last = performance.now();
    });
    setTimeout(() => instance.stop(), maxSeconds * 1000).unref();
  });
}

interface Row {
  backend: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  acknowledged: number;
  stored: number;
}

async function measure(backend: string): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "intake-load-"));
  const schema = `load_${process.pid}_${Date.now() % 1e9}`;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    INTAKE_TOKENS: `load-clerk:clerk:${CLERK},load-stats:statistics:${STATS}`,
    ...(process.env.SQLITE_SYNCHRONOUS ? { SQLITE_SYNCHRONOUS: process.env.SQLITE_SYNCHRONOUS } : {}),
    ...(backend === "postgres" ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema } : {}),
  };
  const { child, url } = await startService(env);
  const rows: Row[] = [];
  try {
    for (const connections of levels) {
      const before = await storedCount(url);
      const { result, seconds } = await run(url, connections);
      const stored = (await storedCount(url)) - before;
      const row: Row = {
        backend,
        connections,
        requests: result["2xx"] + result.non2xx + result.errors,
        // Completed requests over the time to the last response (autocannon's own duration is whole seconds).
        rps: Math.round((result["2xx"] + result.non2xx) / seconds),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        acknowledged: result["2xx"],
        stored,
      };
      rows.push(row);
      console.log(
        `${backend.padEnd(8)} c=${String(connections).padStart(3)}  ${String(row.rps).padStart(5)} req/s  ` +
          `p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}  ` +
          `acknowledged ${row.acknowledged}  stored ${row.stored}  ${row.stored === row.acknowledged ? "OK" : "MISMATCH"}`,
      );
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
    if (backend === "postgres") {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  }
  return rows;
}

const all: Row[] = [];
for (const backend of backends) all.push(...(await measure(backend)));
console.log(
  `\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPU(s): ${cpus()[0]?.model ?? "?"}`,
);
console.log("| backend | connections | requests | req/s | p50 ms | p99 ms | errors | acknowledged | stored | check |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
for (const r of all) {
  console.log(
    `| ${r.backend} | ${r.connections} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.acknowledged} | ${r.stored} | ${r.stored === r.acknowledged ? "equal" : "MISMATCH"} |`,
  );
}
if (all.some((r) => r.stored !== r.acknowledged)) process.exitCode = 1;
