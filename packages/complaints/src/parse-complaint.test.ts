import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAMED } from "../test/fixtures";
import { ComplaintsError, ComplaintValidationError } from "./complaints-error";
import { parseComplaint, parseDisposition, safeParseComplaint } from "./parse-complaint";

const valid = JSON.parse(JSON.stringify(NAMED));

describe("parseComplaint", () => {
  it("accepts a valid complaint and returns it unchanged", () => {
    const before = JSON.stringify(valid);
    expect(parseComplaint(valid)).toEqual(valid);
    expect(JSON.stringify(valid)).toBe(before);
  });

  it("accepts an anonymous complaint without subjects", () => {
    const r = safeParseComplaint({ ...valid, complainant: { kind: "anonymous" }, subjects: [] });
    expect(r.success).toBe(true);
  });

  it.each([
    ["an unknown channel", { channel: "fax" }, ["channel"]],
    ["an id with spaces", { id: "a b" }, ["id"]],
    ["an instant without offset", { receivedAt: "2024-12-30T10:00:00" }, ["receivedAt"]],
    ["an impossible date", { receivedAt: "2024-02-30T10:00:00+08:00" }, ["receivedAt"]],
    ["empty content", { content: "   " }, ["content"]],
    ["a bad ID number", { complainant: { ...valid.complainant, idNumber: "12345" } }, ["complainant", "idNumber"]],
    ["a named complainant without name", { complainant: { kind: "named" } }, ["complainant", "name"]],
    ["an unknown subject role", { subjects: [{ role: "boss" }] }, ["subjects", 0, "role"]],
    [
      "an unknown category",
      { categorization: { ...valid.categorization, primary: "integrity.nope" } },
      ["categorization", "primary"],
    ],
    ["repeatOf on a first complaint", { repeatOf: "x" }, ["repeatOf"]],
    ["a postmark on a phone call", { postmarkDate: "2024-12-29" }, ["postmarkDate"]],
    ["an unknown field", { extra: 1 }, []],
    [
      "an unknown taxonomy version",
      { categorization: { ...valid.categorization, taxonomyVersion: "1999.1" } },
      ["categorization", "taxonomyVersion"],
    ],
    [
      "a secondary code repeating the primary",
      { categorization: { ...valid.categorization, secondary: ["integrity.public-funds-banquets"] } },
      ["categorization", "secondary", 0],
    ],
    [
      "a secondary code listed twice",
      { categorization: { ...valid.categorization, secondary: ["work.formalism", "work.formalism"] } },
      ["categorization", "secondary", 1],
    ],
    [
      "a postmark after the letter arrived (Beijing date)",
      { channel: "letter", receivedAt: "2024-12-30T17:00:00Z", postmarkDate: "2025-01-01" },
      ["postmarkDate"],
    ],
    [
      "a decision before the complaint arrived",
      { disposition: { status: "accepted", decidedAt: "2024-12-30T01:59:59Z" } },
      ["disposition", "decidedAt"],
    ],
    [
      "a referral without a destination",
      { disposition: { status: "referred", decidedAt: "2024-12-31T10:00:00+08:00" } },
      ["disposition", "destination"],
    ],
    [
      "a closed disposition without closedAt",
      { disposition: { status: "closed", decidedAt: "2024-12-31T10:00:00+08:00" } },
      ["disposition", "closedAt"],
    ],
    [
      "a closure before the decision",
      {
        disposition: {
          status: "closed",
          decidedAt: "2024-12-31T10:00:00+08:00",
          closedAt: "2024-12-31T09:59:00+08:00",
        },
      },
      ["disposition", "closedAt"],
    ],
    [
      "a negative attachment size",
      { attachments: [{ name: "a", mediaType: "image/jpeg", size: -1, sha256: "a".repeat(64) }] },
      ["attachments", 0, "size"],
    ],
    [
      "a bad media type",
      { attachments: [{ name: "a", mediaType: "jpeg", size: 1, sha256: "a".repeat(64) }] },
      ["attachments", 0, "mediaType"],
    ],
    ["an unknown rank level", { subjects: [{ role: "other", rankLevel: "部级" }] }, ["subjects", 0, "rankLevel"]],
    ["a complainant of unknown kind", { complainant: { kind: "pseudonymous" } }, ["complainant", "kind"]],
    ["identity fields on an anonymous complainant", { complainant: { kind: "anonymous", name: "x" } }, ["complainant"]],
    ["a missing repeat flag", { isRepeat: undefined }, ["isRepeat"]],
    ["team number zero", { teamNumber: 0 }, ["teamNumber"]],
    ["a fractional team number", { teamNumber: 1.5 }, ["teamNumber"]],
    ["an empty round id", { roundId: "" }, ["roundId"]],
    ["more than 50 subjects", { subjects: Array.from({ length: 51 }, () => ({ role: "other" })) }, ["subjects"]],
    [
      "an unknown political status",
      { subjects: [{ role: "other", politicalStatus: "member" }] },
      ["subjects", 0, "politicalStatus"],
    ],
    ["an unknown setBy", { categorization: { ...valid.categorization, setBy: "robot" } }, ["categorization", "setBy"]],
    ["a received-at that is a date only", { receivedAt: "2024-12-30" }, ["receivedAt"]],
    ["a content that is not text", { content: ["a"] }, ["content"]],
    [
      "a disposition with an unknown destination",
      { disposition: { status: "referred", decidedAt: "2024-12-31T10:00:00+08:00", destination: "mayor" } },
      ["disposition", "destination"],
    ],
    [
      "a bad attachment hash",
      { attachments: [{ name: "a.jpg", mediaType: "image/jpeg", size: 1, sha256: "xyz" }] },
      ["attachments", 0, "sha256"],
    ],
  ])("rejects %s with the field's path", (_what, patch, path) => {
    const r = safeParseComplaint({ ...valid, ...patch });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error).toBeInstanceOf(ComplaintValidationError);
      expect(r.error.issues.map((i) => i.path)).toContainEqual(path);
    }
  });

  it("accepts the letter-postmark, repeat and categorization rules when they hold", () => {
    const letter = {
      ...valid,
      channel: "letter",
      receivedAt: "2024-12-30T17:00:00Z", // 2024-12-31 in Beijing
      postmarkDate: "2024-12-31",
      isRepeat: true,
      repeatOf: "r6-t1-0000",
      categorization: { ...valid.categorization, secondary: ["work.formalism"] },
      disposition: {
        status: "closed",
        decidedAt: "2024-12-31T10:00:00+08:00",
        closedAt: "2024-12-31T10:00:00+08:00",
      },
    };
    expect(safeParseComplaint(letter).success).toBe(true);
  });

  it("changes nothing in the input it rejects", () => {
    const bad = Object.freeze({ ...valid, channel: "fax", subjects: Object.freeze([{ role: "boss" }]) });
    const before = JSON.stringify(bad);
    expect(safeParseComplaint(bad).success).toBe(false);
    expect(JSON.stringify(bad)).toBe(before);
  });

  it("explains its own rules in Chinese and English", () => {
    const input = { ...valid, disposition: { status: "referred", decidedAt: "2024-12-31T10:00:00+08:00" } };
    const zh = safeParseComplaint(input);
    const en = safeParseComplaint(input, { locale: "en" });
    expect(!zh.success && zh.error.issues[0]?.message).toBe("转办、移交时必须写明去向");
    expect(!en.success && en.error.issues[0]?.message).toMatch(/^destination: required/);
  });

  it("throws a typed error that keeps every issue", () => {
    try {
      parseComplaint({ id: "c1" });
      expect.unreachable();
    } catch (error) {
      expect(ComplaintsError.isInstance(error)).toBe(true);
      expect((error as ComplaintValidationError).code).toBe("INVALID_COMPLAINT");
      expect((error as ComplaintValidationError).issues.length).toBeGreaterThan(3);
    }
  });

  it("speaks Chinese by default and English on request, per parse", () => {
    const zh = safeParseComplaint({ ...valid, channel: "fax" });
    const en = safeParseComplaint({ ...valid, channel: "fax" }, { locale: "en" });
    expect(!zh.success && zh.error.issues[0]?.message).toMatch(/无效选项/);
    expect(!en.success && en.error.issues[0]?.message).toMatch(/Invalid option/);
    const zhCustom = safeParseComplaint({ ...valid, repeatOf: "x" });
    expect(!zhCustom.success && zhCustom.error.issues[0]?.message).toMatch(/重复件/);
  });

  it("never echoes a confidential value in messages", () => {
    const r = safeParseComplaint({
      ...valid,
      content: 42,
      complainant: { kind: "named", name: "王秘密", contact: "13812345678", idNumber: "SECRET-ID-99" },
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      const text = JSON.stringify(r.error.issues) + r.error.message;
      for (const secret of ["王秘密", "13812345678", "SECRET-ID-99"]) expect(text).not.toContain(secret);
    }
  });
});

describe("parseComplaint on random bad confidential values", () => {
  it("never puts a received value into an issue or the error message, in either language", () => {
    const tagged = fc.string({ minLength: 1, maxLength: 8 }).map((x) => `SECRET<${x}>`);
    const bad = fc.record({
      name: fc.oneof(
        tagged.map((t) => t.repeat(30)),
        fc.constant(42),
      ), // too long, or not a string
      contact: fc.oneof(
        tagged.map((t) => t.repeat(30)),
        fc.constant(false),
      ),
      idNumber: tagged, // never matches the ID-number pattern
      address: tagged.map((t) => t.repeat(60)),
      content: fc.oneof(fc.constant(7), fc.constant("")),
      subjectName: tagged.map((t) => t.repeat(40)),
      locale: fc.constantFrom("zh" as const, "en" as const),
    });
    fc.assert(
      fc.property(bad, (b) => {
        const r = safeParseComplaint(
          {
            ...valid,
            complainant: { kind: "named", name: b.name, contact: b.contact, idNumber: b.idNumber, address: b.address },
            content: b.content,
            subjects: [{ name: b.subjectName, role: "other" }],
          },
          { locale: b.locale },
        );
        expect(r.success).toBe(false);
        if (!r.success) expect(JSON.stringify(r.error.issues) + r.error.message).not.toContain("SECRET<");
      }),
      { numRuns: 100 },
    );
  });
});

describe("parseDisposition", () => {
  it("validates a disposition", () => {
    expect(
      parseDisposition({ status: "referred", decidedAt: "2024-10-15T10:00:00+08:00", destination: "court" })
        .destination,
    ).toBe("court");
    expect(() => parseDisposition({ status: "lost", decidedAt: "2024-10-15T10:00:00+08:00" })).toThrow(
      ComplaintValidationError,
    );
    expect(() => parseDisposition({ status: "handed-over", decidedAt: "2024-10-15T10:00:00+08:00" })).toThrow(
      /destination/,
    );
  });
});
