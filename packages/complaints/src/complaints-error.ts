const MARKER = Symbol.for("@xunshi/complaints/ComplaintsError");

import type { SuggestionErrorCode } from "./suggest-error";

/** Stable codes of {@link ComplaintsError} and its subclasses (those of `SuggestionError` included). */
export type ComplaintsErrorCode = "INVALID_COMPLAINT" | "INVALID_ARGUMENT" | SuggestionErrorCode;

/** One validation problem: where, what kind, and a message in the requested language (never the value itself). */
export interface ComplaintIssue {
  /** Path of the field, e.g. `["subjects", 0, "role"]`. */
  readonly path: readonly PropertyKey[];
  /** zod's issue code (`invalid_type`, `too_small`, `custom`, …). */
  readonly code: string;
  /** Human-readable message in the requested locale. */
  readonly message: string;
}

/**
 * Base of every error this package throws. Messages never contain complainant data or complaint content.
 *
 * @example
 * try {
 *   parseComplaint({});
 * } catch (error) {
 *   ComplaintsError.isInstance(error) && error.code
 *   //=> "INVALID_COMPLAINT"
 * }
 */
export class ComplaintsError extends Error {
  override name = "ComplaintsError";
  /** Stable machine-readable code. */
  readonly code: ComplaintsErrorCode;
  readonly [MARKER] = true;

  /**
   * @param code - the stable code
   * @param message - what was expected and what was received (no confidential data)
   * @param options - `cause`
   */
  constructor(code: ComplaintsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /**
   * Whether a value is an error of this package, also across duplicate installs.
   *
   * @param value - anything
   * @returns `true` for a ComplaintsError (or subclass)
   * @example
   * ComplaintsError.isInstance(new Error("x"))
   * //=> false
   */
  static isInstance(value: unknown): value is ComplaintsError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }
}

/**
 * A complaint (or disposition) failed validation. Keeps every zod issue with its path; never the received values.
 *
 * @example
 * const result = safeParseComplaint({ channel: "fax" });
 * result.success || result.error.issues[0]?.path
 * //=> ["id"]
 */
export class ComplaintValidationError extends ComplaintsError {
  override name = "ComplaintValidationError";
  /** The problems found, in order. */
  readonly issues: readonly ComplaintIssue[];

  /**
   * @param what - what was validated (`complaint`, `disposition`)
   * @param issues - the problems
   */
  constructor(what: string, issues: readonly ComplaintIssue[]) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? first.path.map(String).join(".") : "(root)";
    super(
      "INVALID_COMPLAINT",
      `Invalid ${what}: ${issues.length} problem${issues.length === 1 ? "" : "s"}; first at ${where}: ${first?.message ?? "unknown"}.`,
    );
    this.issues = issues;
  }
}

/**
 * An argument other than a complaint is invalid (an unknown view, a bad option).
 *
 * @example
 * new ComplaintArgumentError("view", '"statistics", "handler", "transfer" or "accused-unit"', "public").message
 * //=> 'Invalid view: expected "statistics", "handler", "transfer" or "accused-unit", received string "public".'
 */
export class ComplaintArgumentError extends ComplaintsError {
  override name = "ComplaintArgumentError";
  /** The argument's name. */
  readonly argument: string;

  /**
   * @param argument - the argument's name
   * @param expected - what a valid value looks like
   * @param received - the value (only its type and, for short non-content values, the value are shown)
   * @param options - `cause`: the underlying error
   */
  constructor(argument: string, expected: string, received: unknown, options?: { cause?: unknown }) {
    const shown =
      typeof received === "string" && received.length <= 40
        ? `string "${received}"`
        : received === null
          ? "null"
          : Array.isArray(received)
            ? "an array"
            : typeof received;
    super("INVALID_ARGUMENT", `Invalid ${argument}: expected ${expected}, received ${shown}.`, options);
    this.argument = argument;
  }
}
