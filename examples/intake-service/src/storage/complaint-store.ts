import type { Kysely, Selectable } from "kysely";
import { ServiceError } from "../service-error.js";
import { openDatabase, type StorageConfig } from "./open-database.js";
import type { ComplaintsTable, IntakeDatabase } from "./tables.js";

/** Processing state of a stored complaint. */
export type ComplaintStatus = "received" | "categorized" | "disposed";

/** Who set the stored primary category. */
export type CategorySource = "staff" | "suggestion";

/** A complaint about to be stored, with the columns the service extracted from it for filtering. */
export interface NewComplaint {
  id: string;
  submittedBy: string;
  idempotencyKey: string;
  requestHash: string;
  roundId: string;
  /** Receipt instant (any ISO form; stored normalised to UTC). */
  receivedAt: string;
  channel: string;
  category: string | null;
  categorySource: CategorySource | null;
  inScope: boolean;
  /** The whole stored record (complaint, suggestion, scope, deadlines): JSON-serialisable. */
  document: unknown;
  /** Instant of storage, UTC ISO. */
  at: string;
}

/** A complaint as read back from the store. */
export interface StoredComplaint {
  id: string;
  submittedBy: string;
  roundId: string;
  receivedAt: string;
  channel: string;
  category: string | null;
  categorySource: CategorySource | null;
  inScope: boolean;
  status: ComplaintStatus;
  document: unknown;
  categorization: unknown;
  disposition: unknown;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** What happened to a submission: stored now, a retry of one stored earlier, or a key reused for another body. */
export type InsertOutcome =
  | { kind: "created"; complaint: StoredComplaint }
  | { kind: "replayed"; complaint: StoredComplaint }
  | { kind: "key_reused" };

/** Filters for {@link ComplaintStore.list}; all optional, combined with AND. */
export interface ListComplaintsFilter {
  roundId?: string | undefined;
  status?: ComplaintStatus | undefined;
  category?: string | undefined;
  /** Matches the category and every code below it (`integrity` matches `integrity.gifts-and-money`). */
  categoryPrefix?: string | undefined;
  channel?: string | undefined;
  inScope?: boolean | undefined;
  submittedBy?: string | undefined;
  /** Inclusive lower bound on the receipt instant. */
  receivedFrom?: string | undefined;
  /** Exclusive upper bound on the receipt instant. */
  receivedBefore?: string | undefined;
  /** Page size, 1–200; default 50. */
  limit?: number | undefined;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string | undefined;
}

/** One page of complaints, newest receipt first. */
export interface ComplaintPage {
  items: StoredComplaint[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** Counts for the statistics view. */
export interface ComplaintSummary {
  total: number;
  byStatus: Record<string, number>;
  byCategory: Record<string, number>;
  byChannel: Record<string, number>;
  inScope: number;
  outOfScope: number;
}

/** A staff action on a stored complaint. */
export interface ComplaintUpdate {
  /** The categorization or disposition document (JSON-serialisable). */
  value: unknown;
  /** Name of the acting token holder. */
  actor: string;
  /** Instant of the action, UTC ISO. */
  at: string;
  /** When given, the update applies only if the stored revision still equals it. */
  expectedRevision?: number;
  /**
   * Rewrite the stored document in the same transaction (e.g. scope assessed again after a categorization); may
   * return a new scope decision. Throwing aborts the update.
   */
  rewrite?: (document: unknown) => { document: unknown; inScope?: boolean };
}

const utc = (iso: string): string => new Date(iso).toISOString();

function toStored(row: Selectable<ComplaintsTable>): StoredComplaint {
  return {
    id: row.id,
    submittedBy: row.submitted_by,
    roundId: row.round_id,
    receivedAt: row.received_at,
    channel: row.channel,
    category: row.category,
    categorySource: row.category_source as CategorySource | null,
    inScope: Number(row.in_scope) === 1,
    status: row.status as ComplaintStatus,
    document: JSON.parse(row.document),
    categorization: row.categorization === null ? null : JSON.parse(row.categorization),
    disposition: row.disposition === null ? null : JSON.parse(row.disposition),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: Number(row.revision),
  };
}

function encodeCursor(receivedAt: string, id: string): string {
  return Buffer.from(JSON.stringify([receivedAt, id])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) {
      return [value[0] as string, value[1] as string];
    }
  } catch {
    // fall through
  }
  return undefined;
}

/**
 * The complaint store: one query layer (Kysely) over SQLite or PostgreSQL. Every write is one transaction, committed
 * before the caller acknowledges anything, so an acknowledged complaint is never lost and never stored twice.
 *
 * @example
 * const store = await ComplaintStore.open({ kind: "sqlite", file: "./data/intake.sqlite" })
 * await store.count()
 * //=> 0
 */
export class ComplaintStore {
  /** @param db - An open, migrated database (see {@link openDatabase}). */
  constructor(readonly db: Kysely<IntakeDatabase>) {}

  /**
   * Open (and migrate) a store.
   *
   * @param config - SQLite file or PostgreSQL connection.
   * @returns The store.
   * @throws {ServiceError} see {@link openDatabase}.
   * @example
   * await ComplaintStore.open({ kind: "sqlite", file: ":memory:" })
   * //=> ComplaintStore
   */
  static async open(config: StorageConfig): Promise<ComplaintStore> {
    return new ComplaintStore(await openDatabase(config));
  }

  /**
   * Store a submission exactly once per (submitter, idempotency key).
   *
   * @param complaint - The complaint and its extracted columns.
   * @returns `created`; `replayed` with the earlier complaint when the same body was already stored under that key;
   * `key_reused` when the key was used for a different body.
   * @example
   * await store.insert(newComplaint)
   * //=> { kind: "created", complaint: { id: "…", status: "received", … } }
   */
  async insert(complaint: NewComplaint): Promise<InsertOutcome> {
    const at = utc(complaint.at);
    const inserted = await this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .insertInto("complaints")
        .values({
          id: complaint.id,
          submitted_by: complaint.submittedBy,
          idempotency_key: complaint.idempotencyKey,
          request_hash: complaint.requestHash,
          round_id: complaint.roundId,
          received_at: utc(complaint.receivedAt),
          channel: complaint.channel,
          category: complaint.category,
          category_source: complaint.categorySource,
          in_scope: complaint.inScope ? 1 : 0,
          status: "received",
          document: JSON.stringify(complaint.document),
          categorization: null,
          disposition: null,
          created_at: at,
          updated_at: at,
          revision: 1,
        })
        .onConflict((oc) => oc.columns(["submitted_by", "idempotency_key"]).doNothing())
        .returning("id")
        .execute();
      if (rows.length === 0) return false;
      await trx
        .insertInto("complaint_events")
        .values({ complaint_id: complaint.id, revision: 1, kind: "submitted", actor: complaint.submittedBy, at })
        .execute();
      return true;
    });
    const row = await this.db
      .selectFrom("complaints")
      .selectAll()
      .where("submitted_by", "=", complaint.submittedBy)
      .where("idempotency_key", "=", complaint.idempotencyKey)
      .executeTakeFirstOrThrow();
    if (inserted) return { kind: "created", complaint: toStored(row) };
    if (row.request_hash !== complaint.requestHash) return { kind: "key_reused" };
    return { kind: "replayed", complaint: toStored(row) };
  }

  /**
   * Read one complaint.
   *
   * @param id - Complaint id.
   * @returns The complaint, or undefined when there is none with that id.
   * @example
   * await store.get("9b1d…")
   * //=> { id: "9b1d…", status: "received", … }
   */
  async get(id: string): Promise<StoredComplaint | undefined> {
    const row = await this.db.selectFrom("complaints").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toStored(row);
  }

  /**
   * List complaints, newest receipt first, one page at a time (keyset pagination: stable under concurrent inserts).
   *
   * @param filter - Filters, page size and cursor.
   * @returns One page and the cursor of the next.
   * @throws {ServiceError} `config_invalid` for a cursor this store did not issue.
   * @example
   * await store.list({ status: "received", limit: 2 })
   * //=> { items: [ …2 complaints ], nextCursor: "WyIy…" }
   */
  async list(filter: ListComplaintsFilter = {}): Promise<ComplaintPage> {
    const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), 200);
    let query = this.filtered(filter).selectAll();
    if (filter.cursor !== undefined) {
      const cursor = decodeCursor(filter.cursor);
      if (cursor === undefined) {
        throw new ServiceError(
          "config_invalid",
          "Expected a cursor returned by a previous page; received another value.",
        );
      }
      const [receivedAt, id] = cursor;
      query = query.where((eb) =>
        eb.or([eb("received_at", "<", receivedAt), eb.and([eb("received_at", "=", receivedAt), eb("id", "<", id)])]),
      );
    }
    const rows = await query
      .orderBy("received_at", "desc")
      .orderBy("id", "desc")
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map(toStored);
    const last = items.at(-1);
    return rows.length > limit && last !== undefined
      ? { items, nextCursor: encodeCursor(last.receivedAt, last.id) }
      : { items };
  }

  /**
   * Count complaints matching a filter (ignores limit and cursor).
   *
   * @param filter - Filters.
   * @returns The number of stored complaints that match.
   * @example
   * await store.count({ roundId: "shanxi-2024-round-6" })
   * //=> 3
   */
  async count(filter: ListComplaintsFilter = {}): Promise<number> {
    const row = await this.filtered(filter)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Aggregate counts by status, category, channel and scope.
   *
   * @param filter - Filters (limit and cursor ignored).
   * @returns The counts.
   * @example
   * await store.summary({ roundId: "shanxi-2024-round-6" })
   * //=> { total: 3, byStatus: { received: 3 }, byCategory: { "integrity.gifts-and-money": 1, … }, … }
   */
  async summary(filter: ListComplaintsFilter = {}): Promise<ComplaintSummary> {
    const group = async (column: "status" | "category" | "channel" | "in_scope") => {
      const rows = await this.filtered(filter)
        .select((eb) => [eb.ref(column).as("key"), eb.fn.countAll<number | string | bigint>().as("n")])
        .groupBy(column)
        .execute();
      return rows.map((r) => [r.key === null ? "none" : String(r.key), Number(r.n)] as const);
    };
    const [byStatus, byCategory, byChannel, byScope] = await Promise.all([
      group("status"),
      group("category"),
      group("channel"),
      group("in_scope"),
    ]);
    const scope = Object.fromEntries(byScope);
    const total = byStatus.reduce((sum, [, n]) => sum + n, 0);
    return {
      total,
      byStatus: Object.fromEntries(byStatus),
      byCategory: Object.fromEntries(byCategory),
      byChannel: Object.fromEntries(byChannel),
      inScope: scope["1"] ?? 0,
      outOfScope: scope["0"] ?? 0,
    };
  }

  /**
   * Record a staff categorization: it becomes the primary category (source `staff`).
   *
   * @param id - Complaint id.
   * @param category - The primary category code of the categorization.
   * @param update - The categorization document, actor, instant and expected revision.
   * @returns The updated complaint, or undefined when there is none with that id.
   * @throws {ServiceError} `revision_conflict` when `expectedRevision` no longer matches.
   * @example
   * await store.recordCategorization(id, "integrity.gifts-and-money", { value, actor: "handler-1", at })
   * //=> { status: "categorized", category: "integrity.gifts-and-money", categorySource: "staff", revision: 2, … }
   */
  async recordCategorization(
    id: string,
    category: string,
    update: ComplaintUpdate,
  ): Promise<StoredComplaint | undefined> {
    return this.apply(id, "categorized", update, (current) => ({
      categorization: JSON.stringify(update.value),
      category,
      category_source: "staff",
      status: current.status === "disposed" ? "disposed" : "categorized",
    }));
  }

  /**
   * Record a disposition (how the complaint was handled); the complaint becomes `disposed`.
   *
   * @param id - Complaint id.
   * @param update - The disposition document, actor, instant and expected revision.
   * @returns The updated complaint, or undefined when there is none with that id.
   * @throws {ServiceError} `revision_conflict` when `expectedRevision` no longer matches.
   * @example
   * await store.recordDisposition(id, { value, actor: "handler-1", at })
   * //=> { status: "disposed", revision: 3, … }
   */
  async recordDisposition(id: string, update: ComplaintUpdate): Promise<StoredComplaint | undefined> {
    return this.apply(id, "disposed", update, () => ({
      disposition: JSON.stringify(update.value),
      status: "disposed",
    }));
  }

  /**
   * Audit trail of a complaint: kinds, actors and instants (no content).
   *
   * @param id - Complaint id.
   * @returns Events in order.
   * @example
   * await store.events(id)
   * //=> [{ revision: 1, kind: "submitted", actor: "desk-1", at: "…" }, …]
   */
  async events(id: string): Promise<{ revision: number; kind: string; actor: string; at: string }[]> {
    const rows = await this.db
      .selectFrom("complaint_events")
      .select(["revision", "kind", "actor", "at"])
      .where("complaint_id", "=", id)
      .orderBy("revision")
      .execute();
    return rows.map((r) => ({ ...r, revision: Number(r.revision) }));
  }

  /**
   * Close the database (after in-flight work has finished).
   *
   * @returns Resolves when closed.
   * @example
   * await store.close()
   * //=> undefined
   */
  async close(): Promise<void> {
    await this.db.destroy();
  }

  private filtered(filter: ListComplaintsFilter) {
    let query = this.db.selectFrom("complaints");
    if (filter.roundId !== undefined) query = query.where("round_id", "=", filter.roundId);
    if (filter.status !== undefined) query = query.where("status", "=", filter.status);
    if (filter.category !== undefined) query = query.where("category", "=", filter.category);
    if (filter.categoryPrefix !== undefined) {
      const prefix = filter.categoryPrefix;
      // substr() instead of LIKE: same semantics in both databases, no escaping, no collation surprises.
      query = query.where((eb) =>
        eb.or([
          eb("category", "=", prefix),
          eb(eb.fn<string>("substr", ["category", eb.lit(1), eb.lit(prefix.length + 1)]), "=", `${prefix}.`),
        ]),
      );
    }
    if (filter.channel !== undefined) query = query.where("channel", "=", filter.channel);
    if (filter.inScope !== undefined) query = query.where("in_scope", "=", filter.inScope ? 1 : 0);
    if (filter.submittedBy !== undefined) query = query.where("submitted_by", "=", filter.submittedBy);
    if (filter.receivedFrom !== undefined) query = query.where("received_at", ">=", utc(filter.receivedFrom));
    if (filter.receivedBefore !== undefined) query = query.where("received_at", "<", utc(filter.receivedBefore));
    return query;
  }

  private async apply(
    id: string,
    kind: "categorized" | "disposed",
    update: ComplaintUpdate,
    change: (current: Selectable<ComplaintsTable>) => Partial<ComplaintsTable>,
  ): Promise<StoredComplaint | undefined> {
    const at = utc(update.at);
    return this.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom("complaints").selectAll().where("id", "=", id).executeTakeFirst();
      if (current === undefined) return undefined;
      const revision = Number(current.revision);
      if (update.expectedRevision !== undefined && update.expectedRevision !== revision) {
        throw new ServiceError(
          "revision_conflict",
          `Expected complaint revision ${update.expectedRevision}, but it is at revision ${revision}; reload and retry.`,
        );
      }
      const rewritten = update.rewrite?.(JSON.parse(current.document));
      const result = await trx
        .updateTable("complaints")
        .set({
          ...change(current),
          ...(rewritten === undefined ? {} : { document: JSON.stringify(rewritten.document) }),
          ...(rewritten?.inScope === undefined ? {} : { in_scope: rewritten.inScope ? 1 : 0 }),
          updated_at: at,
          revision: revision + 1,
        })
        .where("id", "=", id)
        .where("revision", "=", revision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new ServiceError(
          "revision_conflict",
          `Expected complaint revision ${revision} to be current; another update won the race. Reload and retry.`,
        );
      }
      await trx
        .insertInto("complaint_events")
        .values({ complaint_id: id, revision: revision + 1, kind, actor: update.actor, at })
        .execute();
      const row = await trx.selectFrom("complaints").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      return toStored(row);
    });
  }
}
