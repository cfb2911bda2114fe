import { parseComplaint } from "@xunshi/complaints";
import { describe, expect, it } from "vitest";
import { createLocalStore, toServiceSubmission } from "./store";

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

const complaint = parseComplaint({
  id: "c-1",
  receivedAt: "2024-10-14T10:00:00+08:00",
  channel: "suggestion-box",
  teamNumber: 3,
  complainant: { kind: "named", name: "王某", contact: "138", verified: true },
  isRepeat: true,
  subjects: [{ name: "李某", position: "局长", role: "leadership-team" }],
  content: "反映某局长收受礼金",
  categorization: { primary: "integrity", taxonomyVersion: "2024.1", setBy: "staff" },
});

describe("createLocalStore", () => {
  it("keeps the complaint once per id and a statistics view without identity or content", async () => {
    const storage = new MemoryStorage();
    const store = createLocalStore(storage);
    expect(await store.submit(complaint, "zh")).toEqual({ id: "c-1", where: "local" });
    await store.submit(complaint, "zh");
    const stats = store.statistics();
    expect(stats).toHaveLength(1);
    expect(stats[0]?.teamNumber).toBe(3);
    expect(JSON.stringify(stats)).not.toContain("王某");
    expect(JSON.stringify(stats)).not.toContain("礼金");
  });

  it("survives corrupted storage", () => {
    const storage = new MemoryStorage();
    storage.setItem("xunshi-intake/statistics", "{not json");
    expect(createLocalStore(storage).statistics()).toEqual([]);
  });
});

describe("toServiceSubmission", () => {
  it("sends the library complaint as is, tied to the round, without a disposition", () => {
    const body = toServiceSubmission(
      { ...complaint, disposition: { status: "accepted", decidedAt: "2024-10-14T11:00:00+08:00" } },
      "shanxi-2024-round-6",
    );
    expect(body).toEqual({ ...complaint, roundId: "shanxi-2024-round-6" });
    expect(body).not.toHaveProperty("disposition");
  });
});
