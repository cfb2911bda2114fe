import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAMED } from "../test/fixtures";
import { type Complaint, RANK_LEVELS, SUBJECT_ROLES } from "./complaint-schema";
import { ComplaintArgumentError } from "./complaints-error";
import { parseComplaint } from "./parse-complaint";
import { REDACTION_VIEWS, redact } from "./redact";

// Random strings tagged so they can be found in any output; long enough never to appear by chance.
const secret = (tag: string) => fc.string({ minLength: 4, maxLength: 12 }).map((s) => `${tag}<${s}>${tag}`);

const complaints: fc.Arbitrary<Complaint> = fc
  .record({
    named: fc.boolean(),
    name: secret("NAME"),
    contact: secret("TEL"),
    address: secret("ADDR"),
    unit: secret("UNIT"),
    content: secret("CONTENT"),
    subjectName: secret("SUBJ"),
    attachmentName: secret("FILE"),
    role: fc.constantFrom(...SUBJECT_ROLES),
    rank: fc.constantFrom(...RANK_LEVELS),
    reason: secret("REASON"),
  })
  .map((r) =>
    parseComplaint({
      ...NAMED,
      complainant: r.named
        ? {
            kind: "named",
            name: r.name,
            contact: r.contact,
            address: r.address,
            unit: r.unit,
            idNumber: "14010119800101001X",
          }
        : { kind: "anonymous" },
      content: r.content,
      subjects: [{ name: r.subjectName, role: r.role, rankLevel: r.rank, position: "局长" }],
      attachments: [{ name: r.attachmentName, mediaType: "image/jpeg", size: 10, sha256: "a".repeat(64) }],
      disposition: {
        status: "referred",
        decidedAt: "2025-01-02T10:00:00+08:00",
        destination: "court",
        reason: r.reason,
      },
    }),
  );

const identityTags = ["NAME<", "TEL<", "ADDR<", "UNIT<", "14010119800101001X"];
const contentTags = ["CONTENT<", "SUBJ<", "FILE<", "REASON<"];

describe("redact", () => {
  it("never lets complainant identity into any view (random complaints)", () => {
    fc.assert(
      fc.property(complaints, (complaint) => {
        for (const view of REDACTION_VIEWS) {
          const json = JSON.stringify(redact(complaint, view));
          for (const tag of identityTags) expect(json).not.toContain(tag);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("keeps content out of the statistics and accused-unit views (random complaints)", () => {
    fc.assert(
      fc.property(complaints, (complaint) => {
        for (const view of ["statistics", "accused-unit"] as const) {
          const json = JSON.stringify(redact(complaint, view));
          for (const tag of contentTags) expect(json).not.toContain(tag);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives the handler and the receiving body the content they need, without the source", () => {
    const handler = redact(NAMED, "handler");
    expect(handler.content).toBe(NAMED.content);
    expect(handler.complainantKind).toBe("named");
    expect(handler.complainantReachable).toBe(true);
    const transfer = redact(NAMED, "transfer");
    expect(transfer.content).toBe(NAMED.content);
    expect(transfer.referenceId).toBe(NAMED.id);
  });

  it("gives the statistics view what an inspection report counts", () => {
    expect(redact(NAMED, "statistics")).toEqual({
      view: "statistics",
      id: NAMED.id,
      receivedDate: "2024-12-30",
      channel: "phone",
      roundId: "shanxi-2024-round-6",
      teamNumber: 1,
      targetId: "city-a",
      complainantKind: "named",
      isRepeat: false,
      subjects: [{ role: "leadership-team", rankLevel: "department-bureau" }],
      category: { primary: "integrity.public-funds-banquets", topLevel: "integrity", taxonomyVersion: "2024.1" },
      attachmentCount: 0,
    });
  });

  it("reads the received date in Beijing time", () => {
    expect(redact({ ...NAMED, receivedAt: "2024-12-30T17:00:00Z" }, "accused-unit").receivedDate).toBe("2024-12-31");
  });

  it("does not change the complaint", () => {
    const before = JSON.stringify(NAMED);
    for (const view of REDACTION_VIEWS) redact(NAMED, view);
    expect(JSON.stringify(NAMED)).toBe(before);
  });

  it("rejects an unknown view without echoing data", () => {
    expect(() => redact(NAMED, "public" as never)).toThrow(ComplaintArgumentError);
  });
});
