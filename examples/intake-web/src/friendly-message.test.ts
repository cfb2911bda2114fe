import { safeParseComplaint } from "@xunshi/complaints";
import { describe, expect, it } from "vitest";
import { friendlyMessage } from "./friendly-message";

const bad = {
  id: "x",
  receivedAt: "2024-10-14T10:00",
  channel: "phone",
  complainant: { kind: "named", name: "", idNumber: "1234" },
  isRepeat: false,
  subjects: [{ name: "李某" }],
  content: "",
};

function messages(lang: "zh" | "en"): Record<string, string> {
  const result = safeParseComplaint(bad, { locale: lang });
  if (result.success) throw new Error("expected the complaint to be invalid");
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), friendlyMessage(i, lang)]));
}

describe("friendlyMessage", () => {
  it("rewords the schema's issues for a clerk, in Chinese", () => {
    expect(messages("zh")).toEqual({
      receivedAt: "请填写收到的日期和时间",
      "complainant.name": "此项必填",
      "complainant.idNumber": "身份证号应为18位：前17位为数字，最后一位为数字或X",
      "subjects.0.role": "请选择被反映人的身份",
      content: "此项必填",
    });
  });

  it("and in English", () => {
    expect(messages("en")["complainant.idNumber"]).toBe("An ID number has 18 characters: 17 digits, then a digit or X");
    expect(messages("en").content).toBe("This field is required");
  });

  it("keeps the library's message for issues it does not know", () => {
    expect(friendlyMessage({ path: ["content"], code: "too_big", message: "太长" }, "zh")).toBe("太长");
  });
});
