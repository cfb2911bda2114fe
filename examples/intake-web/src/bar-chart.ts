/** One bar of a chart. */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** Options of {@link barChartSvg}. */
export interface BarChartSvgOptions {
  /** Accessible title of the chart. */
  readonly title: string;
  /** Id prefix for the title element (unique in the page). */
  readonly id: string;
  /** Width of the drawing in user units (default 420; the SVG scales to its container). */
  readonly width?: number;
}

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/**
 * A horizontal bar chart as an SVG string: one row per bar, label on the left, value at the end of the bar.
 * `role="img"` with a `<title>`; every text is escaped.
 *
 * @param bars - the bars, drawn in the given order; negative or non-finite values are drawn as 0
 * @param options - title, id and width
 * @returns the SVG markup
 * @example
 * barChartSvg([{ label: "廉洁纪律", value: 3 }], { title: "按类别", id: "c" }).includes(">3</text>")
 * //=> true
 */
export function barChartSvg(bars: readonly Bar[], options: BarChartSvgOptions): string {
  const width = options.width ?? 420;
  const row = 28;
  const labelWidth = Math.round(width * 0.38);
  const valueRoom = 40;
  const height = Math.max(1, bars.length) * row + 8;
  const max = Math.max(1, ...bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)));
  const rows = bars.map((bar, i) => {
    const value = Number.isFinite(bar.value) && bar.value > 0 ? bar.value : 0;
    const y = 4 + i * row;
    const w = Math.round(((width - labelWidth - valueRoom) * value) / max);
    return (
      `<g><text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end" class="chart-label">${escapeXml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${row - 10}" rx="3" class="chart-bar"></rect>` +
      `<text x="${labelWidth + w + 6}" y="${y + 18}" class="chart-value">${value}</text></g>`
    );
  });
  const titleId = `${escapeXml(options.id)}-title`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId}" ` +
    `preserveAspectRatio="xMinYMin meet"><title id="${titleId}">${escapeXml(options.title)}</title>${rows.join("")}</svg>`
  );
}
