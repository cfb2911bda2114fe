import type { ComplaintInput } from "@xunshi/complaints";
import { createApp } from "../src/app.js";
import { TokenRegistry } from "../src/auth/tokens.js";
import type { LogEntry } from "../src/http/request-log.js";
import { loadMotivatingRound } from "../src/intake.js";
import { ComplaintStore } from "../src/storage/complaint-store.js";

/** One token per role, plus a second external body. */
export const TOKENS = {
  clerk: "clerk-token-0123456789",
  handler: "handler-token-0123456789",
  statistics: "statistics-token-0123456789",
  external: "external-token-0123456789",
  external2: "external2-token-0123456789",
} as const;

export const ROLES = ["clerk", "handler", "statistics", "external"] as const;

/** A fixed clock: 2024-10-14 10:00 in Shanghai. */
export const FIXED_NOW = new Date("2024-10-14T02:00:00.000Z");

export async function makeApp(options: { bodyLimitBytes?: number } = {}) {
  const store = await ComplaintStore.open({ kind: "sqlite", file: ":memory:" });
  const logs: LogEntry[] = [];
  const tokens = TokenRegistry.fromJson(
    [
      { name: "desk-1", role: "clerk", token: TOKENS.clerk },
      { name: "handler-1", role: "handler", token: TOKENS.handler },
      { name: "stats-1", role: "statistics", token: TOKENS.statistics },
      { name: "platform-a", role: "external", token: TOKENS.external },
      { name: "platform-b", role: "external", token: TOKENS.external2 },
    ],
    "test tokens",
  );
  let n = 0;
  const app = createApp({
    store,
    tokens,
    round: loadMotivatingRound(),
    clock: () => FIXED_NOW,
    log: (entry) => logs.push(entry),
    newId: () => `cmp-${String(++n).padStart(4, "0")}`,
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
  });
  return { app, store, logs };
}

/** A named complaint with identity and content that must never leak. */
export const namedSubmission: ComplaintInput = {
  id: "platform-ref-0001",
  receivedAt: "2024-10-14T09:30:00+08:00",
  channel: "phone",
  roundId: "shanxi-2024-round-6",
  complainant: {
    kind: "named",
    name: "张秘密",
    contact: "13800000000",
    idNumber: "14010019900101123X",
    address: "太原市机密路1号",
  },
  isRepeat: false,
  subjects: [{ name: "李某", unit: "晋中市住建局", position: "局长", role: "next-level-principal" }],
  content: "晋中市住建局局长收受开发商现金20万元，机密细节XYZ",
};

export const IDENTITY_MARKERS = ["张秘密", "13800000000", "14010019900101123X", "太原市机密路1号"];
export const CONTENT_MARKER = "机密细节XYZ";

export function headers(token: string | undefined, extra: Record<string, string> = {}): Record<string, string> {
  return {
    "content-type": "application/json",
    ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    ...extra,
  };
}
