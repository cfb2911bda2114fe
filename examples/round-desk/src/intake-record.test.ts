import { describe, expect, it } from "vitest";
import { parseIntakeLine } from "./intake-record";

const valid = {
  id: "T-1",
  receivedAt: "2024-10-15T09:30:00+08:00",
  channel: "letter",
  postmarkDate: "2024-10-12",
  teamNumber: 2,
  complainant: { kind: "named", name: "测试姓名", contact: "13800000000" },
  isRepeat: false,
  subjects: [{ role: "leadership-team", position: "县长" }],
  content: "县长收受礼金。",
};

describe("parseIntakeLine", () => {
  it("accepts a complaint document", () => {
    const parsed = parseIntakeLine(JSON.stringify(valid));
    expect(parsed.ok).toBe(true);
  });

  it("reports paths for an impossible date, a missing field and a postmark on a call", () => {
    const parsed = parseIntakeLine(
      JSON.stringify({ ...valid, receivedAt: "2024-02-30T09:00:00+08:00", content: undefined, channel: "phone" }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.id).toBe("T-1");
    expect(parsed.issues.map((i) => i.path).sort()).toEqual(["content", "receivedAt"]);
    const call = parseIntakeLine(JSON.stringify({ ...valid, channel: "phone" }));
    expect(call.ok ? [] : call.issues.map((i) => i.path)).toEqual(["postmarkDate"]);
  });

  it("never echoes the values of a bad line (they may identify the complainant)", () => {
    const parsed = parseIntakeLine(JSON.stringify({ ...valid, complainant: { kind: "named", name: 12345678901 } }));
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toContain("12345678901");
    expect(JSON.stringify(parseIntakeLine('{"content":"机密内容'))).not.toContain("机密内容");
  });
});
