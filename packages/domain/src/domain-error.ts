const MARKER = Symbol.for("@xunshi/domain/DomainError");

/** Stable codes of {@link DomainError}. */
export type DomainErrorCode = "INVALID_ROUND" | "INVALID_TRANSITION" | "INVALID_ARGUMENT";

/** One problem in a round document: where, what kind, and a message in the requested language. */
export interface DomainIssue {
  /** Path of the field, e.g. `["teams", 3, "number"]`. */
  readonly path: readonly PropertyKey[];
  /** zod's issue code, or our own (`duplicate-team-number`, …) for `custom` issues. */
  readonly code: string;
  /** The message. */
  readonly message: string;
}

/**
 * The error of `@xunshi/domain`: an invalid round document (with every issue and its path), a phase transition that
 * the lifecycle forbids, or a bad argument.
 *
 * @example
 * try {
 *   parseRound({});
 * } catch (error) {
 *   DomainError.isInstance(error) && error.code
 *   //=> "INVALID_ROUND"
 * }
 */
export class DomainError extends Error {
  override name = "DomainError";
  /** Stable machine-readable code. */
  readonly code: DomainErrorCode;
  /** The problems, for `INVALID_ROUND`. */
  readonly issues: readonly DomainIssue[];
  readonly [MARKER] = true;

  /**
   * @param code - the stable code
   * @param message - what was expected and what was received
   * @param issues - the problems found (for `INVALID_ROUND`)
   * @param options - `cause`: the underlying error (the `ZodError` for `INVALID_ROUND`)
   */
  constructor(
    code: DomainErrorCode,
    message: string,
    issues: readonly DomainIssue[] = [],
    options: { readonly cause?: unknown } = {},
  ) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.issues = issues;
  }

  /**
   * Whether a value is a DomainError, also across duplicate installs of the package.
   *
   * @param value - anything
   * @returns `true` for a DomainError
   * @example
   * DomainError.isInstance(new Error("x"))
   * //=> false
   */
  static isInstance(value: unknown): value is DomainError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }
}
