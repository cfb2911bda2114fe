import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAMED } from "../test/fixtures";
import { aggregateComplaints } from "./aggregate";
import { DESTINATIONS, RANK_LEVELS, SUBJECT_ROLES } from "./complaint-schema";
import { ComplaintArgumentError } from "./complaints-error";
import { getConfidentialFields } from "./confidential-fields";
import { toCSV } from "./export-csv";
import { parseComplaint } from "./parse-complaint";
import { REDACTION_VIEWS, redact } from "./redact";

// Random strings tagged so they can be found in any output; long enough never to appear by chance.
const secret = (tag: string) => fc.string({ minLength: 4, maxLength: 12 }).map((s) => `${tag}<${s}>${tag}`);

// One tag per confidential path of the schema. The first test fails when the schema marks a field this proof does not
// fill, so a newly marked field cannot escape it.
const TAGS: Record<string, string> = {
  "complainant.name": "NAME",
  "complainant.contact": "TEL",
  "complainant.idNumber": "", // digits: checked by value below
  "complainant.address": "ADDR",
  "complainant.unit": "UNIT",
  "subjects[].name": "SUBJ",
  "subjects[].unit": "SORG",
  "subjects[].position": "SPOS",
  content: "CONTENT",
  "attachments[].name": "FILE",
  "disposition.reason": "REASON",
};

const subject = fc.record({
  name: secret("SUBJ"),
  unit: secret("SORG"),
  position: secret("SPOS"),
  role: fc.constantFrom(...SUBJECT_ROLES),
  rankLevel: fc.constantFrom(...RANK_LEVELS),
});

const complaints = fc
  .record({
    named: fc.boolean(),
    name: secret("NAME"),
    contact: secret("TEL"),
    idNumber: fc.stringMatching(/^\d{17}[\dX]$/),
    address: secret("ADDR"),
    unit: secret("UNIT"),
    content: secret("CONTENT"),
    subjects: fc.array(subject, { minLength: 0, maxLength: 3 }),
    attachmentNames: fc.array(secret("FILE"), { maxLength: 2 }),
    reason: fc.option(secret("REASON"), { nil: undefined }),
    destination: fc.constantFrom(...DESTINATIONS),
  })
  .map((r) => ({
    idNumber: r.idNumber,
    complaint: parseComplaint({
      ...NAMED,
      complainant: r.named
        ? { kind: "named", name: r.name, contact: r.contact, address: r.address, unit: r.unit, idNumber: r.idNumber }
        : { kind: "anonymous" },
      content: r.content,
      subjects: r.subjects,
      attachments: r.attachmentNames.map((name) => ({
        name,
        mediaType: "image/jpeg",
        size: 10,
        sha256: "a".repeat(64),
      })),
      disposition: {
        status: "referred",
        decidedAt: "2025-01-02T10:00:00+08:00",
        destination: r.destination,
        ...(r.reason === undefined ? {} : { reason: r.reason }),
      },
    }),
  }));

const identityTags = Object.entries(TAGS)
  .filter(([path, tag]) => path.startsWith("complainant.") && tag !== "")
  .map(([, tag]) => `${tag}<`);
const contentTags = Object.entries(TAGS)
  .filter(([path]) => !path.startsWith("complainant."))
  .map(([, tag]) => `${tag}<`);

describe("redact", () => {
  it("covers every field the schema marks confidential", () => {
    const fields = getConfidentialFields();
    expect(fields.map((f) => f.path).sort()).toEqual(Object.keys(TAGS).sort());
    for (const f of fields) expect(f.level).toBe(f.path.startsWith("complainant.") ? "identity" : "content");
  });

  it("never lets complainant identity into any view, the CSV export or the aggregates (random complaints)", () => {
    fc.assert(
      fc.property(complaints, ({ complaint, idNumber }) => {
        const outputs = [
          ...REDACTION_VIEWS.map((view) => JSON.stringify(redact(complaint, view))),
          toCSV([complaint]),
          JSON.stringify(aggregateComplaints([complaint])),
        ];
        for (const text of outputs) {
          for (const tag of identityTags) expect(text).not.toContain(tag);
          expect(text).not.toContain(idNumber);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("keeps content out of the statistics and accused-unit views, the CSV export and the aggregates (random complaints)", () => {
    fc.assert(
      fc.property(complaints, ({ complaint }) => {
        const outputs = [
          JSON.stringify(redact(complaint, "statistics")),
          JSON.stringify(redact(complaint, "accused-unit")),
          toCSV([complaint]),
          JSON.stringify(aggregateComplaints([complaint])),
        ];
        for (const text of outputs) for (const tag of contentTags) expect(text).not.toContain(tag);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps attachment names and the disposition's reason even from the handler and transfer views", () => {
    fc.assert(
      fc.property(complaints, ({ complaint }) => {
        for (const view of ["handler", "transfer"] as const) {
          const text = JSON.stringify(redact(complaint, view));
          for (const tag of ["FILE<", "REASON<"]) expect(text).not.toContain(tag);
        }
      }),
      { numRuns: 50 },
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
    expect(redact({ ...NAMED, receivedAt: "2024-12-30T17:00:00Z" }, "statistics").receivedDate).toBe("2024-12-31");
  });

  it("tells the accused's unit only that a matter exists and its status — not when or how it came in", () => {
    const accepted = { ...NAMED, disposition: { status: "accepted" as const, decidedAt: "2024-12-31T10:00:00+08:00" } };
    expect(redact(accepted, "accused-unit")).toEqual({
      view: "accused-unit",
      id: NAMED.id,
      roundId: "shanxi-2024-round-6",
      targetId: "city-a",
      status: "accepted",
    });
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
