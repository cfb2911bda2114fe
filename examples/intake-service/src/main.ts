import { createApp } from "./app.js";
import { loadConfig } from "./config.js";
import { jsonLogger } from "./http/request-log.js";
import { loadMotivatingRound } from "./intake.js";
import { startServer } from "./server.js";
import { ComplaintStore } from "./storage/complaint-store.js";

// The service edge: the only place the wall clock is read.
const clock = () => new Date();
const log = jsonLogger((line) => process.stdout.write(line), clock);

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const round = loadMotivatingRound();
  const store = await ComplaintStore.open(config.storage);
  const app = createApp({
    store,
    tokens: config.tokens,
    round,
    clock,
    log,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  const server = await startServer(app.fetch, { host: config.host, port: config.port });
  log({
    level: "info",
    msg: "listening",
    url: server.url,
    port: server.port,
    storage: config.storage.kind,
    round: round.id,
    tokens: config.tokensSource,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log({ level: "info", msg: "shutting down", signal });
    await server.close(config.shutdownGraceMs);
    await store.close();
    log({ level: "info", msg: "stopped" });
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  const e = error as { name?: string; code?: string; message?: string };
  // Configuration and storage errors carry no complaint data; print them so the operator can act.
  log({ level: "error", msg: "failed to start", error: e.name, code: e.code, detail: e.message });
  process.exit(1);
});
