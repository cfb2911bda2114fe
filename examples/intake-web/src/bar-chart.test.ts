import { describe, expect, it } from "vitest";
import { barChartSvg } from "./bar-chart";

describe("barChartSvg", () => {
  it("draws one bar per entry, the longest for the largest value", () => {
    const svg = barChartSvg(
      [
        { label: "廉洁纪律", value: 4 },
        { label: "工作纪律", value: 2 },
      ],
      { title: "按类别", id: "c", width: 400 },
    );
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBe(2 * (widths[1] ?? 0));
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="c-title">按类别</title>');
  });

  it("escapes labels and draws bad values as zero", () => {
    const svg = barChartSvg([{ label: '<script>&"', value: Number.NaN }], { title: "t", id: "x" });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&amp;&quot;");
    expect(svg).toContain('width="0"');
  });
});
