/**
 * Row types of the intake store, shared by both dialects (SQLite and PostgreSQL).
 *
 * Instants are stored as ISO-8601 strings in UTC (`2024-10-12T01:30:00.000Z`), so they sort lexicographically in both
 * databases; booleans are stored as 0/1 integers; documents are JSON text. Keeping the column types identical is what
 * lets one query layer (Kysely) serve both backends.
 */
export interface ComplaintsTable {
  /** Server-assigned id (UUID v4). */
  id: string;
  /** Name of the token holder that submitted it (never the token itself). */
  submitted_by: string;
  /** The client's `Idempotency-Key`, unique per submitter. */
  idempotency_key: string;
  /** SHA-256 of the submitted body, to tell a retry from a different request reusing a key. */
  request_hash: string;
  round_id: string;
  /** Receipt instant, UTC ISO. */
  received_at: string;
  channel: string;
  /** Primary category code: the staff categorization when there is one, else the top suggestion (or null). */
  category: string | null;
  /** `staff` or `suggestion`, null when there is no category. */
  category_source: string | null;
  /** 1 in scope, 0 out of scope. */
  in_scope: number;
  /** `received`, `categorized` or `disposed`. */
  status: string;
  /** The stored complaint record as JSON (complaint, suggestion, scope, deadlines). Confidential. */
  document: string;
  /** Latest staff categorization as JSON. */
  categorization: string | null;
  /** Latest disposition as JSON. */
  disposition: string | null;
  created_at: string;
  updated_at: string;
  /** Incremented on every change (optimistic concurrency). */
  revision: number;
}

/** Append-only audit trail of what happened to a complaint (who, when, what kind); no complaint content. */
export interface ComplaintEventsTable {
  complaint_id: string;
  /** The complaint's revision this event produced. */
  revision: number;
  /** `submitted`, `categorized` or `disposed`. */
  kind: string;
  actor: string;
  at: string;
}

/** The whole database, as Kysely sees it. */
export interface IntakeDatabase {
  complaints: ComplaintsTable;
  complaint_events: ComplaintEventsTable;
}
