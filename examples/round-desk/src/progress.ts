import { formatBytes, formatDuration, renderProgressBar } from "./render";

/** Where progress goes: a stream with an optional TTY flag (stderr, so `--json` on stdout stays clean). */
export interface ProgressSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface ProgressOptions {
  readonly sink: ProgressSink;
  /** Total bytes of the input, when known (a file): enables the percentage and the ETA. */
  readonly totalBytes?: number;
  /** Bytes read so far. */
  readonly bytesRead: () => number;
  /** A monotonic clock in milliseconds, for the rate only (e.g. `performance.now`). */
  readonly clock: () => number;
  /** Plain (non-TTY) mode prints a line at most every this many lines; default 10,000. */
  readonly plainEvery?: number;
}

/**
 * A progress reporter: on a TTY a bar redrawn in place with lines/s and ETA; otherwise one plain line per
 * `plainEvery` lines. The clock only feeds the display; nothing is decided with it.
 */
export class Progress {
  readonly #o: ProgressOptions;
  readonly #start: number;
  #lastDraw = Number.NEGATIVE_INFINITY;
  #lastPlain = 0;

  constructor(options: ProgressOptions) {
    this.#o = options;
    this.#start = options.clock();
  }

  /** Elapsed seconds. */
  elapsed(): number {
    return (this.#o.clock() - this.#start) / 1000;
  }

  #line(lines: number, bar: boolean): string {
    const seconds = Math.max(this.elapsed(), 1e-3);
    const rate = `${Math.round(lines / seconds).toLocaleString("en-US")} lines/s`;
    const count = `${lines.toLocaleString("en-US")} lines`;
    const read = this.#o.bytesRead();
    const total = this.#o.totalBytes;
    if (total === undefined || total <= 0) return `${count}  ${rate}`;
    const fraction = Math.min(1, read / total);
    const eta = `ETA ${formatDuration(fraction > 0 ? seconds * (1 / fraction - 1) : Number.NaN)}`;
    return bar
      ? `${renderProgressBar(fraction)}  ${count}  ${rate}  ${formatBytes(read)}/${formatBytes(total)}  ${eta}`
      : `${count} (${Math.floor(fraction * 100)}%)  ${rate}  ${eta}`;
  }

  /** Reports that `lines` lines have been read. */
  update(lines: number): void {
    if (this.#o.sink.isTTY) {
      const now = this.#o.clock();
      if (now - this.#lastDraw < 100) return;
      this.#lastDraw = now;
      this.#o.sink.write(`\r\x1b[2K${this.#line(lines, true)}`);
    } else if (lines - this.#lastPlain >= (this.#o.plainEvery ?? 10_000)) {
      this.#lastPlain = lines;
      this.#o.sink.write(`progress: ${this.#line(lines, false)}\n`);
    }
  }

  /** Final line: total lines, time and throughput. */
  done(lines: number): { seconds: number; linesPerSecond: number } {
    const seconds = this.elapsed();
    const linesPerSecond = seconds > 0 ? lines / seconds : lines;
    if (this.#o.sink.isTTY) this.#o.sink.write("\r\x1b[2K");
    return { seconds, linesPerSecond };
  }
}
