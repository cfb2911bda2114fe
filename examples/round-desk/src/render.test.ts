import { describe, expect, it } from "vitest";
import { displayWidth, renderBarChart, renderTable } from "./render";

describe("render", () => {
  it("counts Chinese characters as two columns", () => {
    expect(displayWidth("廉洁纪律")).toBe(8);
    expect(displayWidth("ab廉")).toBe(4);
  });

  it("aligns table columns by display width", () => {
    const lines = renderTable(
      ["类别", "n"],
      [
        ["廉洁纪律", 12],
        ["other", 3],
      ],
    ).split("\n");
    expect(lines.map((l) => displayWidth(l))).toEqual([12, 12, 12, 12]);
  });

  it("scales bars to the largest value and shows shares", () => {
    const chart = renderBarChart(
      [
        ["a", 4],
        ["b", 2],
      ],
      8,
    ).split("\n");
    expect(chart[0]).toBe("a  ████████  4 (66.7%)");
    expect(chart[1]).toBe("b  ████      2 (33.3%)");
  });
});
