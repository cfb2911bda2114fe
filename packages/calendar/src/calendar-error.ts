const MARKER = Symbol.for("@xunshi/calendar.error");

/** Stable machine-readable codes of {@link CalendarError}. */
export type CalendarErrorCode = "INVALID_DATE" | "OUT_OF_COVERAGE" | "INVALID_ARGUMENT" | "INVALID_DATA";

/**
 * Base class of every error thrown by `@xunshi/calendar`.
 *
 * Catch it with {@link CalendarError.isInstance}, which also recognises errors from a duplicate install of the
 * package, and branch on the stable `code`.
 *
 * @example
 * try { isWorkingDay("2024-02-30"); } catch (e) { if (CalendarError.isInstance(e)) e.code; }
 * //=> "INVALID_DATE"
 */
export class CalendarError extends Error {
  /** Marker used by {@link CalendarError.isInstance}; survives duplicate copies of the package. */
  readonly [MARKER] = true;
  override name = "CalendarError";
  /** Stable machine-readable error code. */
  readonly code: CalendarErrorCode;

  /**
   * @param code - the stable error code
   * @param message - what was expected and what was received
   * @param options - `cause`: the underlying error, if any
   */
  constructor(code: CalendarErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }

  /**
   * Whether `value` is a {@link CalendarError} (from any copy of this package).
   *
   * @param value - anything
   * @returns `true` for a calendar error
   * @example
   * CalendarError.isInstance(new InvalidDateError("garbage", "an ISO date"))
   * //=> true
   */
  static isInstance(value: unknown): value is CalendarError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : `Date ${value.toISOString()}`;
  if (value === null) return "null";
  if (typeof value === "object") {
    try {
      return JSON.stringify(value).slice(0, 80);
    } catch {
      return "an object";
    }
  }
  return `${typeof value} ${String(value)}`;
}

/**
 * A date input that is not a valid civil date (`'2024-02-30'`, `'garbage'`, an invalid `Date`, month 13).
 *
 * @example
 * new InvalidDateError("2024-02-30", "a date in YYYY-MM-DD form").message
 * //=> 'Invalid date: expected a date in YYYY-MM-DD form, received "2024-02-30".'
 */
export class InvalidDateError extends CalendarError {
  override name = "InvalidDateError";
  override readonly code = "INVALID_DATE" as const;
  /** The input as received. */
  readonly received: unknown;

  /**
   * @param received - the offending input
   * @param expected - what a valid input looks like
   * @param detail - an optional explanation (e.g. "February 2024 has 29 days")
   */
  constructor(received: unknown, expected: string, detail?: string) {
    super(
      "INVALID_DATE",
      `Invalid date: expected ${expected}, received ${describe(received)}${detail ? ` (${detail})` : ""}.`,
    );
    this.received = received;
  }
}

/**
 * A query needs a date that the calendar has no holiday notice for, and no fallback policy was chosen.
 *
 * @example
 * new CoverageError("2031-05-01", { from: "2004-01-01", to: "2026-12-31" }).message
 * //=> "Date 2031-05-01 is outside the covered range 2004-01-01..2026-12-31 …"
 */
export class CoverageError extends CalendarError {
  override name = "CoverageError";
  override readonly code = "OUT_OF_COVERAGE" as const;
  /** The uncovered date (ISO). */
  readonly date: string;
  /** The covered range (ISO, inclusive). */
  readonly covered: { readonly from: string; readonly to: string };

  /**
   * @param date - the first uncovered date the query needed
   * @param covered - the calendar's covered range
   * @param gap - whether the date lies in a gap between covered years
   */
  constructor(date: string, covered: { from: string; to: string }, gap = false) {
    super(
      "OUT_OF_COVERAGE",
      `Date ${date} is ${gap ? "in a year without a holiday notice inside" : "outside"} the covered range ${covered.from}..${covered.to}: ` +
        "expected a date covered by a State Council holiday notice. Add the notice with createCalendar({ notices }), " +
        "or opt in to a fallback with createCalendar({ fallback: 'weekdays' | 'provisional' }).",
    );
    this.date = date;
    this.covered = covered;
  }
}

/**
 * An argument other than a date is invalid (a non-integer amount, an unknown option value).
 *
 * @example
 * new InvalidArgumentError("amount", "an integer", 1.5).message
 * //=> "Invalid amount: expected an integer, received number 1.5."
 */
export class InvalidArgumentError extends CalendarError {
  override name = "InvalidArgumentError";
  override readonly code = "INVALID_ARGUMENT" as const;
  /** The name of the offending argument. */
  readonly argument: string;

  /**
   * @param argument - the argument's name
   * @param expected - what a valid value looks like
   * @param received - the value received
   */
  constructor(argument: string, expected: string, received: unknown) {
    super("INVALID_ARGUMENT", `Invalid ${argument}: expected ${expected}, received ${describe(received)}.`);
    this.argument = argument;
  }
}

/**
 * Holiday data (a notice, an overlay, a holiday-cn file) is malformed or inconsistent.
 *
 * @example
 * new InvalidCalendarDataError("notices[0].breaks[1]", "a start on or before the end", "2024-10-07..2024-10-01").code
 * //=> "INVALID_DATA"
 */
export class InvalidCalendarDataError extends CalendarError {
  override name = "InvalidCalendarDataError";
  override readonly code = "INVALID_DATA" as const;
  /** Where in the data the problem is (a path such as `notices[3].breaks[0].start`). */
  readonly path: string;

  /**
   * @param path - where in the data the problem is
   * @param expected - what was expected there
   * @param received - what was found
   * @param options - `cause`: an underlying error
   */
  constructor(path: string, expected: string, received: unknown, options?: { cause?: unknown }) {
    super(
      "INVALID_DATA",
      `Invalid calendar data at ${path}: expected ${expected}, received ${describe(received)}.`,
      options,
    );
    this.path = path;
  }
}
