import { parseDate } from "@xunshi/calendar";
import type { Lang } from "./i18n";

/** Where a command writes, and the options every command shares. */
export interface Io {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
}

export interface GlobalOptions {
  readonly json: boolean;
  readonly lang: Lang;
}

/** A usage or input error: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly command: string;
  constructor(command: string, message: string) {
    super(message);
    this.command = command;
  }
}

/** Writes a line. */
export function println(stream: Io["stdout"], text = ""): void {
  stream.write(`${text}\n`);
}

/** Writes a value as pretty JSON. */
export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The "now" of the demo and of `process` when `--now` is not given: 10:00 in Shanghai on the motivating round's
 * acceptance cut-off day, 2025-01-07 (a Tuesday and a working day). Fixed, so that the output is reproducible.
 */
export const DEFAULT_NOW = "2025-01-07T10:00:00+08:00";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$/;

/** Checks an instant argument (ISO date-time; without an offset it is Shanghai wall-clock time). */
export function checkInstant(command: string, name: string, value: string): string {
  if (!INSTANT.test(value) || !isRealDate(value.slice(0, 10)))
    throw new UsageError(
      command,
      `${name}: expected an ISO date-time such as 2024-10-15T09:30 or 2024-10-15T09:30:00+08:00, received "${value}"`,
    );
  return /[+-]\d{2}:\d{2}$|Z$/.test(value) ? value : `${value}${value.length === 16 ? ":00" : ""}+08:00`;
}

function isRealDate(iso: string): boolean {
  try {
    parseDate(iso);
    return true;
  } catch {
    return false;
  }
}
