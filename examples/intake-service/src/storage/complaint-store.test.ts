import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.js";
import { ComplaintStore, type NewComplaint } from "./complaint-store.js";

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

interface Backend {
  name: string;
  enabled: boolean;
  open(): Promise<{ store: ComplaintStore; dispose(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: "SQLite",
    enabled: true,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "intake-store-"));
      const store = await ComplaintStore.open({ kind: "sqlite", file: join(dir, "nested", "intake.sqlite") });
      return {
        store,
        async dispose() {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "PostgreSQL",
    enabled: TEST_DATABASE_URL !== undefined && TEST_DATABASE_URL !== "",
    async open() {
      const url = TEST_DATABASE_URL ?? "";
      const schema = `store_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
      const store = await ComplaintStore.open({ kind: "postgres", connectionString: url, schema, poolSize: 4 });
      return {
        store,
        async dispose() {
          await store.close();
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`DROP SCHEMA "${schema}" CASCADE`);
          await client.end();
        },
      };
    },
  },
];

let seq = 0;
function newComplaint(overrides: Partial<NewComplaint> = {}): NewComplaint {
  seq += 1;
  return {
    id: `c-${String(seq).padStart(4, "0")}`,
    submittedBy: "desk-1",
    idempotencyKey: `key-${seq}`,
    requestHash: `hash-${seq}`,
    roundId: "shanxi-2024-round-6",
    receivedAt: "2024-10-14T09:30:00+08:00",
    channel: "phone",
    category: "integrity.gifts-and-money",
    categorySource: "suggestion",
    inScope: true,
    document: { content: "保密内容", nested: { n: seq } },
    at: "2024-10-14T01:30:05.000Z",
    ...overrides,
  };
}

for (const backend of backends) {
  describe.runIf(backend.enabled)(`ComplaintStore on ${backend.name}`, () => {
    let store: ComplaintStore;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ store, dispose } = await backend.open());
    });
    afterAll(async () => {
      await dispose?.();
    });

    it("stores a complaint and reads it back with its document and normalised instants", async () => {
      const input = newComplaint();
      const outcome = await store.insert(input);
      expect(outcome.kind).toBe("created");
      const read = await store.get(input.id);
      expect(read).toMatchObject({
        id: input.id,
        submittedBy: "desk-1",
        receivedAt: "2024-10-14T01:30:00.000Z",
        status: "received",
        inScope: true,
        category: "integrity.gifts-and-money",
        categorySource: "suggestion",
        document: input.document,
        categorization: null,
        disposition: null,
        revision: 1,
      });
      expect(await store.events(input.id)).toEqual([
        { revision: 1, kind: "submitted", actor: "desk-1", at: "2024-10-14T01:30:05.000Z" },
      ]);
    });

    it("returns undefined for an unknown id", async () => {
      expect(await store.get("no-such-id")).toBeUndefined();
    });

    it("replays a retried submission instead of storing it twice", async () => {
      const first = newComplaint();
      await store.insert(first);
      const retry = await store.insert({ ...first, id: "another-id" });
      expect(retry.kind).toBe("replayed");
      expect(retry.kind === "replayed" && retry.complaint.id).toBe(first.id);
      expect(await store.get("another-id")).toBeUndefined();
    });

    it("refuses a key reused with a different body", async () => {
      const first = newComplaint();
      await store.insert(first);
      const reuse = await store.insert({ ...first, id: "other", requestHash: "different" });
      expect(reuse).toEqual({ kind: "key_reused" });
    });

    it("scopes idempotency keys per submitter", async () => {
      const a = newComplaint({ idempotencyKey: "shared-key", submittedBy: "platform-a" });
      const b = newComplaint({ idempotencyKey: "shared-key", submittedBy: "platform-b" });
      expect((await store.insert(a)).kind).toBe("created");
      expect((await store.insert(b)).kind).toBe("created");
    });

    it("stores each of many concurrent retries of one submission exactly once", async () => {
      const base = newComplaint();
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) => store.insert({ ...base, id: `${base.id}-try-${i}` })),
      );
      const ids = new Set(outcomes.map((o) => (o.kind === "key_reused" ? "reused" : o.complaint.id)));
      expect(ids.size).toBe(1);
      expect(outcomes.filter((o) => o.kind === "created")).toHaveLength(1);
      expect(await store.count({ submittedBy: base.submittedBy, roundId: base.roundId })).toBeGreaterThan(0);
    });

    describe("list", () => {
      const round = "list-round";
      beforeAll(async () => {
        const days = ["2024-10-12", "2024-10-13", "2024-10-14", "2024-10-15", "2024-10-16"];
        for (const [i, day] of days.entries()) {
          await store.insert(
            newComplaint({
              id: `list-${i}`,
              roundId: round,
              receivedAt: `${day}T10:00:00+08:00`,
              channel: i % 2 === 0 ? "letter" : "phone",
              category: i < 3 ? `integrity.sub-${i}` : "work.formalism",
              inScope: i !== 4,
            }),
          );
        }
        // Same instant as list-2: the id breaks the tie.
        await store.insert(newComplaint({ id: "list-2b", roundId: round, receivedAt: "2024-10-14T02:00:00Z" }));
      });

      it("pages newest first with a stable cursor", async () => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.list({ roundId: round, limit: 2, ...(cursor === undefined ? {} : { cursor }) });
          expect(page.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.items.map((c) => c.id));
          cursor = page.nextCursor;
        } while (cursor !== undefined);
        expect(seen).toEqual(["list-4", "list-3", "list-2b", "list-2", "list-1", "list-0"]);
      });

      it("filters by channel, scope, category prefix and receipt range", async () => {
        const ids = async (filter: Parameters<ComplaintStore["list"]>[0]) =>
          (await store.list({ roundId: round, ...filter })).items.map((c) => c.id).sort();
        expect(await ids({ channel: "letter" })).toEqual(["list-0", "list-2", "list-4"]);
        expect(await ids({ inScope: false })).toEqual(["list-4"]);
        expect(await ids({ categoryPrefix: "integrity" })).toEqual(["list-0", "list-1", "list-2", "list-2b"]);
        expect(await ids({ categoryPrefix: "integ" })).toEqual([]);
        expect(await ids({ category: "work.formalism" })).toEqual(["list-3", "list-4"]);
        expect(
          await ids({ receivedFrom: "2024-10-13T00:00:00+08:00", receivedBefore: "2024-10-15T00:00:00+08:00" }),
        ).toEqual(["list-1", "list-2", "list-2b"]);
      });

      it("summarises counts by status, category, channel and scope", async () => {
        const summary = await store.summary({ roundId: round });
        expect(summary.total).toBe(6);
        expect(summary.byStatus).toEqual({ received: 6 });
        expect(summary.byChannel).toEqual({ letter: 3, phone: 3 });
        expect(summary.byCategory["work.formalism"]).toBe(2);
        expect(summary.inScope + summary.outOfScope).toBe(6);
        expect(summary.outOfScope).toBe(1);
        expect(await store.count({ roundId: round })).toBe(6);
      });

      it("rejects a cursor it did not issue", async () => {
        await expect(store.list({ cursor: "not-a-cursor" })).rejects.toSatisfy(ServiceError.isInstance);
      });
    });

    describe("staff actions", () => {
      it("records a categorization, then a disposition, each bumping the revision and the audit trail", async () => {
        const c = newComplaint();
        await store.insert(c);
        const categorized = await store.recordCategorization(c.id, "mass.withholding-benefits", {
          value: { primary: "mass.withholding-benefits" },
          actor: "handler-1",
          at: "2024-10-15T02:00:00Z",
        });
        expect(categorized).toMatchObject({
          status: "categorized",
          category: "mass.withholding-benefits",
          categorySource: "staff",
          revision: 2,
          updatedAt: "2024-10-15T02:00:00.000Z",
        });
        const disposed = await store.recordDisposition(c.id, {
          value: { kind: "transfer" },
          actor: "handler-1",
          at: "2024-10-16T02:00:00Z",
          expectedRevision: 2,
        });
        expect(disposed).toMatchObject({ status: "disposed", disposition: { kind: "transfer" }, revision: 3 });
        // A later re-categorization keeps the complaint disposed.
        const recategorized = await store.recordCategorization(c.id, "work.formalism", {
          value: { primary: "work.formalism" },
          actor: "handler-2",
          at: "2024-10-17T02:00:00Z",
        });
        expect(recategorized).toMatchObject({ status: "disposed", category: "work.formalism", revision: 4 });
        expect((await store.events(c.id)).map((e) => e.kind)).toEqual([
          "submitted",
          "categorized",
          "disposed",
          "categorized",
        ]);
      });

      it("refuses a stale expected revision and changes nothing", async () => {
        const c = newComplaint();
        await store.insert(c);
        await expect(
          store.recordDisposition(c.id, { value: {}, actor: "h", at: "2024-10-15T02:00:00Z", expectedRevision: 5 }),
        ).rejects.toMatchObject({ code: "revision_conflict" });
        expect(await store.get(c.id)).toMatchObject({ revision: 1, status: "received", disposition: null });
      });

      it("rewrites the document and the scope column in the same transaction", async () => {
        const c = newComplaint({ inScope: true });
        await store.insert(c);
        const updated = await store.recordCategorization(c.id, "litigation", {
          value: { primary: "litigation" },
          actor: "h",
          at: "2024-10-15T02:00:00Z",
          rewrite: (doc) => ({ document: { ...(doc as object), rescoped: true }, inScope: false }),
        });
        expect(updated).toMatchObject({ inScope: false, document: { ...(c.document as object), rescoped: true } });
        expect(await store.count({ inScope: false, submittedBy: c.submittedBy, category: "litigation" })).toBe(1);
      });

      it("changes nothing when the rewrite throws", async () => {
        const c = newComplaint();
        await store.insert(c);
        const failing = store.recordDisposition(c.id, {
          value: { status: "closed" },
          actor: "h",
          at: "2024-10-15T02:00:00Z",
          rewrite: () => {
            throw new Error("rejected by the pipeline");
          },
        });
        await expect(failing).rejects.toThrow("rejected by the pipeline");
        expect(await store.get(c.id)).toMatchObject({ revision: 1, status: "received", disposition: null });
        expect(await store.events(c.id)).toHaveLength(1);
      });

      it("returns undefined when the complaint does not exist", async () => {
        expect(
          await store.recordCategorization("missing", "x", { value: {}, actor: "h", at: "2024-10-15T02:00:00Z" }),
        ).toBeUndefined();
      });
    });
  });
}

describe("ComplaintStore.open", () => {
  it("migrates once: reopening an existing SQLite file keeps its data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "intake-reopen-"));
    const file = join(dir, "intake.sqlite");
    try {
      const first = await ComplaintStore.open({ kind: "sqlite", file });
      await first.insert(newComplaint({ id: "kept" }));
      await first.close();
      const second = await ComplaintStore.open({ kind: "sqlite", file });
      expect(await second.get("kept")).toMatchObject({ id: "kept" });
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses an unsafe PostgreSQL schema name before connecting", async () => {
    await expect(
      ComplaintStore.open({ kind: "postgres", connectionString: "postgres://127.0.0.1:1/x", schema: 'x"; drop' }),
    ).rejects.toMatchObject({ code: "config_invalid" });
  });
});
