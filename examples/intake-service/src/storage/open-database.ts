import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { ServiceError } from "../service-error.js";
import { migrateToLatest } from "./migrations.js";
import type { IntakeDatabase } from "./tables.js";

/** Where the complaints live: an embedded SQLite file, or a PostgreSQL database shared by several instances. */
export type StorageConfig =
  | {
      kind: "sqlite";
      /** Path of the database file; its folder is created if missing. `:memory:` for a throw-away store. */
      file: string;
      /**
       * SQLite `synchronous` mode. `FULL` (default) fsyncs the WAL on every commit, so an acknowledged submission
       * survives a power cut; `NORMAL` survives a process crash only, and is faster.
       */
      synchronous?: "FULL" | "NORMAL";
    }
  | {
      kind: "postgres";
      /** `postgres://user:password@host:port/database`. */
      connectionString: string;
      /** Schema to use (created if missing); default: the server's search_path (normally `public`). */
      schema?: string;
      /** Connections per instance; default 10. */
      poolSize?: number;
    };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Open the store's database and migrate it to the latest schema.
 *
 * @param config - SQLite file or PostgreSQL connection.
 * @returns A Kysely instance; call `destroy()` to close it.
 * @throws {ServiceError} `config_invalid` for a bad schema name; `storage_unavailable` when the database cannot be
 * opened or reached; `storage_migration_failed` when a migration fails.
 * @example
 * const db = await openDatabase({ kind: "sqlite", file: "./data/intake.sqlite" })
 * //=> Kysely<IntakeDatabase>, file created with WAL journal
 */
export async function openDatabase(config: StorageConfig): Promise<Kysely<IntakeDatabase>> {
  const db = config.kind === "sqlite" ? openSqlite(config) : await openPostgres(config);
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

function openSqlite(config: Extract<StorageConfig, { kind: "sqlite" }>): Kysely<IntakeDatabase> {
  let sqlite: Database.Database;
  try {
    if (config.file !== ":memory:") mkdirSync(dirname(config.file), { recursive: true });
    sqlite = new Database(config.file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma(`synchronous = ${config.synchronous ?? "FULL"}`);
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
  } catch (cause) {
    throw new ServiceError(
      "storage_unavailable",
      "Expected a writable SQLite database file (check DATA_DIR); opening it failed.",
      { cause },
    );
  }
  return new Kysely<IntakeDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
}

async function openPostgres(config: Extract<StorageConfig, { kind: "postgres" }>): Promise<Kysely<IntakeDatabase>> {
  const { schema } = config;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ServiceError(
      "config_invalid",
      `Expected a PostgreSQL schema name of lower-case letters, digits and "_", received "${schema.slice(0, 64)}".`,
    );
  }
  const base = { connectionString: config.connectionString, max: config.poolSize ?? 10 };
  if (schema !== undefined) {
    const setup = new pg.Client(base);
    try {
      await setup.connect();
      await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (cause) {
      throw new ServiceError(
        "storage_unavailable",
        "Expected to reach PostgreSQL at DATABASE_URL; connecting failed.",
        {
          cause,
        },
      );
    } finally {
      await setup.end().catch(() => undefined);
    }
  }
  const pool = new pg.Pool(schema === undefined ? base : { ...base, options: `-c search_path=${schema}` });
  // A dropped idle connection must not crash the process; the next query gets a fresh one.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => undefined);
    throw new ServiceError("storage_unavailable", "Expected to reach PostgreSQL at DATABASE_URL; connecting failed.", {
      cause,
    });
  }
  return new Kysely<IntakeDatabase>({ dialect: new PostgresDialect({ pool }) });
}
