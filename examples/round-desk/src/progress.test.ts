import { describe, expect, it } from "vitest";
import { Progress } from "./progress";

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

describe("Progress", () => {
  it("redraws a bar with rate and ETA in place on a terminal", () => {
    const out = sink(true);
    let now = 0;
    let bytes = 0;
    const progress = new Progress({ sink: out, totalBytes: 1000, bytesRead: () => bytes, clock: () => now });
    now = 2000;
    bytes = 250;
    progress.update(5000);
    expect(out.writes).toEqual([
      "\r\x1b[2K[██████░░░░░░░░░░░░░░░░░░]  25%  5,000 lines  2,500 lines/s  250 B/1000 B  ETA 6s",
    ]);
    now = 2050; // redraws at most every 100 ms
    progress.update(5100);
    expect(out.writes).toHaveLength(1);
    now = 4000;
    expect(progress.done(10_000)).toEqual({ seconds: 4, linesPerSecond: 2500 });
    expect(out.writes.at(-1)).toBe("\r\x1b[2K");
  });

  it("prints plain lines when the output is not a terminal", () => {
    const out = sink(false);
    let now = 0;
    const progress = new Progress({ sink: out, bytesRead: () => 0, clock: () => now, plainEvery: 1000 });
    now = 1000;
    progress.update(500);
    progress.update(1000);
    progress.update(1500);
    progress.update(2000);
    expect(out.writes).toEqual(["progress: 1,000 lines  1,000 lines/s\n", "progress: 2,000 lines  2,000 lines/s\n"]);
  });
});
