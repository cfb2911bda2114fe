/** Terminal rendering: width-aware tables and bar charts (CJK characters take two columns). */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Display width of a string in a monospace terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

/** A plain table: header, rule, rows. Numeric columns (all cells numbers) align right. */
export function renderTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === "number" ? c.toLocaleString("en-US") : c)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number"));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((row) => displayWidth(row[i] ?? ""))));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => pad(c, widths[i] ?? 0, numeric[i] ? "right" : "left"))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

/** A horizontal bar chart: label, bar scaled to the largest value, value and share. */
export function renderBarChart(entries: readonly (readonly [string, number])[], width = 40): string {
  const max = Math.max(1, ...entries.map(([, v]) => v));
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  const labelWidth = Math.max(0, ...entries.map(([label]) => displayWidth(label)));
  return entries
    .map(([label, value]) => {
      const exact = (value / max) * width;
      const full = Math.floor(exact);
      const bar = "█".repeat(full) + (exact - full >= 0.5 ? "▌" : "");
      const share = total > 0 ? ((value / total) * 100).toFixed(1) : "0.0";
      return `${pad(label, labelWidth, "left")}  ${pad(bar, width + 1, "left")} ${value} (${share}%)`;
    })
    .join("\n");
}

/** A progress bar line: `[██████░░░░]  60%`. */
export function renderProgressBar(fraction: number, width = 24): string {
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.round(f * width);
  return `[${"█".repeat(full)}${"░".repeat(width - full)}] ${pad(`${Math.floor(f * 100)}%`, 4, "right")}`;
}

/** `1234567` → `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Seconds → `1m05s` / `12s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
