import { once } from "node:events";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_DIR, runCli } from "./run-cli";

interface Stats {
  startRssBytes: number;
  peakRssBytes: number;
  peakHeapUsedBytes: number;
  linesPerSecond: number;
}
interface Output {
  summary: { lines: number; records: number; invalid: number; badLines: { line: number }[] };
  stats: Stats;
}

let cwd: string;
const MB = 1024 * 1024;

/** Writes `count` complaints cycling through the sample's valid ones, with `badEvery` lines made invalid. */
async function generate(file: string, count: number, badEvery: number): Promise<void> {
  const valid = readFileSync(join(PACKAGE_DIR, "data", "sample-complaints.jsonl"), "utf8")
    .split("\n")
    .filter((line) => /"id": ?"SX6-0/.test(line));
  const out = createWriteStream(file);
  for (let i = 1; i <= count; i++) {
    const template = valid[i % valid.length] ?? "";
    const line = i % badEvery === 0 ? '{"id":"BROKEN' : template.replace(/"id": ?"SX6-\d+"/, `"id": "GEN-${i}"`);
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), "round-desk-large-"));
  await generate(join(cwd, "small.jsonl"), 5_000, 25_000);
  await generate(join(cwd, "large.jsonl"), 100_000, 25_000);
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe("process on a 100,000-line batch", () => {
  it("streams in bounded memory: a 64 MB heap suffices, and 20× the lines costs no more memory", async () => {
    expect(statSync(join(cwd, "large.jsonl")).size).toBeGreaterThan(40 * MB);
    // A heap capped at 64 MB: reading the 45 MB file at once, or keeping every assessment, would crash the process.
    const nodeOptions = ["--max-old-space-size=64"];
    const small = await runCli(["process", "small.jsonl", "--json", "--out", "small-out"], { cwd, nodeOptions });
    const large = await runCli(["process", "large.jsonl", "--json", "--out", "large-out"], { cwd, nodeOptions });
    expect(small.code).toBe(0);
    // Four lines were broken on purpose (every 25,000th): reported, skipped, exit code 1.
    expect(large.code).toBe(1);
    const s = JSON.parse(small.stdout) as Output;
    const l = JSON.parse(large.stdout) as Output;
    expect(l.summary).toMatchObject({ lines: 100_000, records: 99_996, invalid: 4 });
    expect(l.summary.badLines.map((b) => b.line)).toEqual([25_000, 50_000, 75_000, 100_000]);
    expect(large.stderr).toContain("line 100000 is invalid, skipped");
    // Memory measured inside the process (process.memoryUsage, sampled every 1,000 lines).
    expect(l.stats.peakHeapUsedBytes).toBeLessThan(s.stats.peakHeapUsedBytes + 16 * MB);
    expect(l.stats.peakRssBytes - l.stats.startRssBytes).toBeLessThan(
      s.stats.peakRssBytes - s.stats.startRssBytes + 48 * MB,
    );
    // Every valid line reached the streamed CSV report.
    const rows = readFileSync(join(cwd, "large-out", "records.csv"), "utf8")
      .trimEnd()
      .split("\r\n");
    expect(rows).toHaveLength(99_997);
    // Non-TTY progress: plain lines on stderr, and throughput at the end.
    expect(large.stderr).toMatch(/^progress: 10,000 lines \(\d+%\) {2}[\d,]+ lines\/s {2}ETA \d/m);
    expect(l.stats.linesPerSecond).toBeGreaterThan(0);
  });
});
