import { parseComplaint, redact } from "@xunshi/complaints";
import { describe, expect, it } from "vitest";
import { deskStatistics } from "./statistics";

const base = {
  receivedAt: "2024-10-14T10:00:00+08:00",
  channel: "phone",
  isRepeat: false,
  subjects: [],
  content: "反映某局长收受礼金",
};
const views = [
  {
    ...base,
    id: "a",
    teamNumber: 2,
    categorization: { primary: "integrity", taxonomyVersion: "2024.1", setBy: "staff" },
  },
  { ...base, id: "b", teamNumber: 2, categorization: { primary: "work", taxonomyVersion: "2024.1", setBy: "staff" } },
  { ...base, id: "c", complainant: { kind: "named", name: "某某", contact: "1" } },
].map((c) => redact(parseComplaint({ complainant: { kind: "anonymous" }, ...c }), "statistics"));
const labels = { uncategorized: "未分类", unassigned: "未分配", team: (n: number) => `第${n}组` };

describe("deskStatistics", () => {
  it("counts by top-level category in taxonomy order and by team in number order", () => {
    const stats = deskStatistics(views, "zh", labels);
    expect(stats.total).toBe(3);
    expect(stats.byCategory.map((b) => [b.label, b.value])).toEqual([
      ["违反廉洁纪律", 1],
      ["违反工作纪律", 1],
      ["未分类", 1],
    ]);
    expect(stats.byTeam).toEqual([
      { label: "第2组", value: 2 },
      { label: "未分配", value: 1 },
    ]);
  });

  it("never sees complainant data: statistics views carry none", () => {
    expect(JSON.stringify(views)).not.toContain("某某");
    expect(JSON.stringify(views)).not.toContain("礼金");
  });
});
