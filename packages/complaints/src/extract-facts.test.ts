import { describe, expect, it } from "vitest";
import { extractFacts } from "./extract-facts";

const TEXT =
  "举报某县住建局局长葛某某收受贿赂。2022年至2023年，他先后收受现金20万元、购物卡5万元，老王说还有那二十万和3000块。" +
  "村支书张XX于2024年10月16日把六七十万转走，财务科长也知道。";

describe("extractFacts", () => {
  const f = extractFacts(TEXT);

  it("finds pseudonymised people", () => {
    expect(f.people.map((p) => [p.text, p.surname])).toEqual([
      ["葛某某", "葛"],
      ["老王", "王"],
      ["张XX", "张"],
    ]);
  });

  it("finds positions with their units", () => {
    const byTitle = Object.fromEntries(f.positions.map((p) => [p.title, p.unit ?? ""]));
    expect(byTitle).toMatchObject({ 局长: "某县住建局", 村支书: "", 科长: "财务" });
  });

  it("normalises money amounts to yuan", () => {
    expect(f.amounts.map((a) => [a.text, a.min, a.max])).toEqual([
      ["20万元", 200_000, 200_000],
      ["5万元", 50_000, 50_000],
      ["二十万", 200_000, 200_000],
      ["3000块", 3000, 3000],
      ["六七十万", 600_000, 700_000],
    ]);
  });

  it("does not take counts of people or land for money", () => {
    expect(extractFacts("全院两千多名学生，征了六百多亩地，一共十几户").amounts).toEqual([]);
  });

  it("reads dates and relative time words", () => {
    expect(f.dates.map((d) => [d.text, d.year, d.month, d.day])).toEqual([
      ["2022年", 2022, undefined, undefined],
      ["2023年", 2023, undefined, undefined],
      ["2024年10月16日", 2024, 10, 16],
    ]);
    expect(extractFacts("去年和上个月").dates.map((d) => d.relative)).toEqual(["last-year", "last-month"]);
  });

  it("finds units", () => {
    expect(f.units.map((u) => u.text)).toContain("某县住建局");
  });

  it("gives offsets into the original text, also for traditional characters", () => {
    const t = "🙂我們縣財政局局長王某某收了三萬塊";
    const g = extractFacts(t);
    for (const s of [...g.people, ...g.positions, ...g.amounts, ...g.units])
      expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(g.amounts[0]).toMatchObject({ text: "三萬塊", min: 30_000 });
    expect(g.positions[0]?.title).toBe("局長");
  });

  it("completes on 1 MB of text", () => {
    const t = "局长王某收了五万元。".repeat(110_000);
    expect(extractFacts(t).amounts.length).toBe(110_000);
  });
});
