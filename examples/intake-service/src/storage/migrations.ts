import type { Kysely } from "kysely";
import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import { ServiceError } from "../service-error.js";

/**
 * The schema migrations, in order. Written with Kysely's schema builder using only portable column types, so the same
 * migration runs on SQLite and PostgreSQL. Never edit a shipped migration: add a new one.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-29-001-complaints": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("complaints")
        .addColumn("id", "varchar(64)", (c) => c.primaryKey())
        .addColumn("submitted_by", "varchar(128)", (c) => c.notNull())
        .addColumn("idempotency_key", "varchar(255)", (c) => c.notNull())
        .addColumn("request_hash", "varchar(64)", (c) => c.notNull())
        .addColumn("round_id", "varchar(128)", (c) => c.notNull())
        .addColumn("received_at", "varchar(32)", (c) => c.notNull())
        .addColumn("channel", "varchar(64)", (c) => c.notNull())
        .addColumn("category", "varchar(128)")
        .addColumn("category_source", "varchar(16)")
        .addColumn("in_scope", "integer", (c) => c.notNull())
        .addColumn("status", "varchar(16)", (c) => c.notNull())
        .addColumn("document", "text", (c) => c.notNull())
        .addColumn("categorization", "text")
        .addColumn("disposition", "text")
        .addColumn("created_at", "varchar(32)", (c) => c.notNull())
        .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
        .addColumn("revision", "integer", (c) => c.notNull())
        .addUniqueConstraint("complaints_idempotency_unique", ["submitted_by", "idempotency_key"])
        .execute();
      await db.schema.createIndex("complaints_received_idx").on("complaints").columns(["received_at", "id"]).execute();
      await db.schema
        .createIndex("complaints_round_status_idx")
        .on("complaints")
        .columns(["round_id", "status"])
        .execute();
      await db.schema.createIndex("complaints_category_idx").on("complaints").column("category").execute();
      await db.schema
        .createTable("complaint_events")
        .addColumn("complaint_id", "varchar(64)", (c) => c.notNull().references("complaints.id"))
        .addColumn("revision", "integer", (c) => c.notNull())
        .addColumn("kind", "varchar(16)", (c) => c.notNull())
        .addColumn("actor", "varchar(128)", (c) => c.notNull())
        .addColumn("at", "varchar(32)", (c) => c.notNull())
        .addPrimaryKeyConstraint("complaint_events_pk", ["complaint_id", "revision"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("complaint_events").execute();
      await db.schema.dropTable("complaints").execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Bring a database up to the latest schema. Safe to call from several instances at once on PostgreSQL (Kysely takes an
 * advisory lock) and on every start.
 *
 * @param db - An open Kysely instance.
 * @returns The names of the migrations applied by this call (empty when already up to date).
 * @throws {ServiceError} `storage_migration_failed` when a migration fails; the cause is attached.
 * @example
 * await migrateToLatest(db)
 * //=> ["2026-11-29-001-complaints"] on a new database, [] afterwards
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new ServiceError("storage_migration_failed", "Expected the storage migrations to apply; one failed.", {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
