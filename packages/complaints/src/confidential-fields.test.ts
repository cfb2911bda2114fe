import { describe, expect, it } from "vitest";
import { getConfidentialFields } from "./confidential-fields";

describe("getConfidentialFields", () => {
  it("lists the complainant's identity fields (检举控告工作规则 art. 47) as identity", () => {
    expect(getConfidentialFields().filter((f) => f.level === "identity")).toEqual(
      ["name", "contact", "idNumber", "address", "unit"].map((field) => ({
        path: `complainant.${field}`,
        level: "identity",
      })),
    );
  });

  it("lists the content, the subjects' particulars, attachment names and the disposition's reason as content", () => {
    expect(
      getConfidentialFields()
        .filter((f) => f.level === "content")
        .map((f) => f.path),
    ).toEqual([
      "subjects[].name",
      "subjects[].unit",
      "subjects[].position",
      "content",
      "attachments[].name",
      "disposition.reason",
    ]);
  });

  it("never marks what statistics need (channel, dates, roles, rank levels, categories)", () => {
    const paths = getConfidentialFields().map((f) => f.path);
    for (const open of ["channel", "receivedAt", "subjects[].role", "subjects[].rankLevel", "categorization.primary"])
      expect(paths).not.toContain(open);
  });
});
