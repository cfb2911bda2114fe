/**
 * Beijing wall-clock time for the form, without the host time zone: Asia/Shanghai is UTC+8 with no daylight saving
 * since 1991, so an instant is shifted by 8 hours and read with UTC getters.
 */

const OFFSET_MS = 8 * 60 * 60 * 1000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The value of a `datetime-local` input showing an instant in Beijing time.
 *
 * @param epochMs - the instant (milliseconds since the epoch)
 * @returns `YYYY-MM-DDTHH:mm`, Beijing wall-clock time
 * @example
 * toBeijingInputValue(Date.parse("2024-10-14T02:05:00Z"))
 * //=> "2024-10-14T10:05"
 */
export function toBeijingInputValue(epochMs: number): string {
  return new Date(epochMs + OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * The ISO instant (with `+08:00`) of a `datetime-local` value read as Beijing time. Anything else is returned
 * unchanged, so that the complaint schema reports it (the page never guesses a time).
 *
 * @param value - the input's value, e.g. `2024-10-14T10:05`
 * @returns `2024-10-14T10:05:00+08:00`, or `value` itself when it is not a local date-time
 * @example
 * fromBeijingInputValue("2024-10-14T10:05")
 * //=> "2024-10-14T10:05:00+08:00"
 */
export function fromBeijingInputValue(value: string): string {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return value;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}+08:00`;
}

/**
 * The Beijing civil date of an instant.
 *
 * @param epochMs - the instant
 * @returns `YYYY-MM-DD`
 * @example
 * beijingDate(Date.parse("2024-10-11T16:30:00Z"))
 * //=> "2024-10-12"
 */
export function beijingDate(epochMs: number): string {
  return new Date(epochMs + OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * An ISO instant shown as Beijing wall-clock time for people.
 *
 * @param iso - an ISO instant with an offset
 * @returns `YYYY-MM-DD HH:mm`, or `iso` unchanged when it cannot be read
 * @example
 * formatBeijing("2024-10-14T02:05:00Z")
 * //=> "2024-10-14 10:05"
 */
export function formatBeijing(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return toBeijingInputValue(ms).replace("T", " ");
}

/**
 * Reads the clock override of the page (`?now=<ISO instant>`, used for training and the browser test), else the
 * given clock reading.
 *
 * @param search - `location.search`
 * @param clock - the current instant in ms, read by the caller
 * @returns the instant the page treats as "now", and whether it is pinned
 * @example
 * pinnedNow("?now=2024-10-14T10:00:00%2B08:00", 0)
 * //=> { epochMs: 1728871200000, pinned: true }
 */
export function pinnedNow(search: string, clock: number): { epochMs: number; pinned: boolean } {
  const raw = new URLSearchParams(search).get("now");
  if (raw !== null) {
    const ms = Date.parse(raw);
    if (!Number.isNaN(ms) && /(?:Z|[+-]\d{2}:?\d{2})$/.test(raw)) return { epochMs: ms, pinned: true };
  }
  return { epochMs: clock, pinned: false };
}
