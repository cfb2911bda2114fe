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

describe("parseDisposition", () => {
  it("validates a disposition", () => {
    expect(
      parseDisposition({ status: "referred", decidedAt: "2024-10-15T10:00:00+08:00", destination: "court" })
        .destination,
    ).toBe("court");
    expect(() => parseDisposition({ status: "lost", decidedAt: "2024-10-15T10:00:00+08:00" })).toThrow(
      ComplaintValidationError,
    );
  });
});
