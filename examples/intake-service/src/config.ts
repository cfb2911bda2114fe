import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_BODY_LIMIT_BYTES } from "./app.js";
import { TokenRegistry } from "./auth/tokens.js";
import { ServiceError } from "./service-error.js";
import type { StorageConfig } from "./storage/open-database.js";

/** The service configuration, read from the environment. */
export interface ServiceConfig {
  host: string;
  port: number;
  storage: StorageConfig;
  tokens: TokenRegistry;
  /** Where tokens came from (for the start-up log line; never the tokens). */
  tokensSource: string;
  bodyLimitBytes: number;
  shutdownGraceMs: number;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ServiceError("config_invalid", `Expected ${name} to be an integer ${min}–${max}, received "${raw}".`);
  }
  return value;
}

/**
 * Read the configuration: `PORT` (8787), `HOST` (127.0.0.1), `DATA_DIR` (./data; the SQLite file and generated
 * tokens live there), `DATABASE_URL` (PostgreSQL instead of SQLite), `DATABASE_SCHEMA`, `DATABASE_POOL_SIZE`,
 * `SQLITE_SYNCHRONOUS` (FULL|NORMAL), `TOKENS_FILE` or `INTAKE_TOKENS`, `BODY_LIMIT_BYTES`, `SHUTDOWN_GRACE_MS`.
 * Without tokens configured, random tokens are generated once into `DATA_DIR/tokens.json` (mode 0600).
 *
 * @param env - The environment.
 * @returns The configuration.
 * @throws {ServiceError} `config_invalid` or `tokens_invalid` for a bad value.
 * @example
 * loadConfig({ PORT: "0", INTAKE_TOKENS: "desk-1:clerk:0123456789abcdef0123" }).storage
 * //=> { kind: "sqlite", file: "/…/data/intake.sqlite" }
 */
export function loadConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  const dataDir = resolve(env.DATA_DIR ?? "./data");
  const databaseUrl = env.DATABASE_URL;
  const synchronous = env.SQLITE_SYNCHRONOUS ?? "FULL";
  if (synchronous !== "FULL" && synchronous !== "NORMAL") {
    throw new ServiceError(
      "config_invalid",
      `Expected SQLITE_SYNCHRONOUS to be FULL or NORMAL, received "${synchronous}".`,
    );
  }
  const storage: StorageConfig =
    databaseUrl !== undefined && databaseUrl !== ""
      ? {
          kind: "postgres",
          connectionString: databaseUrl,
          ...(env.DATABASE_SCHEMA ? { schema: env.DATABASE_SCHEMA } : {}),
          poolSize: integer(env, "DATABASE_POOL_SIZE", 10, 1, 100),
        }
      : { kind: "sqlite", file: join(dataDir, "intake.sqlite"), synchronous };

  let tokens: TokenRegistry;
  let tokensSource: string;
  if (env.TOKENS_FILE) {
    tokens = TokenRegistry.fromFile(env.TOKENS_FILE);
    tokensSource = `TOKENS_FILE ${env.TOKENS_FILE}`;
  } else if (env.INTAKE_TOKENS) {
    tokens = TokenRegistry.fromEnv(env.INTAKE_TOKENS);
    tokensSource = "INTAKE_TOKENS";
  } else {
    const file = join(dataDir, "tokens.json");
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(TokenRegistry.generate().document, null, 2)}\n`, { mode: 0o600 });
      chmodSync(file, 0o600);
    }
    tokens = TokenRegistry.fromFile(file);
    tokensSource = `generated ${file}`;
  }
  return {
    host: env.HOST ?? "127.0.0.1",
    port: integer(env, "PORT", 8787, 0, 65535),
    storage,
    tokens,
    tokensSource,
    bodyLimitBytes: integer(env, "BODY_LIMIT_BYTES", DEFAULT_BODY_LIMIT_BYTES, 1024, 50 * 1024 * 1024),
    shutdownGraceMs: integer(env, "SHUTDOWN_GRACE_MS", 10_000, 0, 120_000),
  };
}
