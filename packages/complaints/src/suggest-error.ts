import { ComplaintsError } from "./complaints-error";

const MARKER = Symbol.for("@xunshi/complaints/SuggestionError");

/** Stable codes of {@link SuggestionError}. */
export type SuggestionErrorCode =
  | "INVALID_TEXT"
  | "INVALID_OPTION"
  | "INVALID_LEXICON"
  | "INVALID_TARGET"
  | "INVALID_ID"
  | "DUPLICATE_ID";

/**
 * Error thrown by category suggestion, fact extraction and similarity search for bad input. Messages never contain
 * complaint text.
 *
 * @example
 * try {
 *   suggestCategories(42 as unknown as string);
 * } catch (e) {
 *   SuggestionError.isInstance(e) && e.code
 *   //=> "INVALID_TEXT"
 * }
 */
export class SuggestionError extends ComplaintsError {
  override name = "SuggestionError";
  /** Stable machine-readable code. */
  override readonly code: SuggestionErrorCode;
  /** Structured context (for `INVALID_LEXICON`: the zod issues). */
  readonly context: Readonly<Record<string, unknown>>;
  readonly [MARKER] = true;

  /**
   * @param code - Stable code.
   * @param message - What was expected and what was received.
   * @param context - Structured details.
   * @param options - Standard `cause`.
   */
  constructor(
    code: SuggestionErrorCode,
    message: string,
    context: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.code = code;
    this.context = context;
  }

  /**
   * Whether a value is a SuggestionError, also across duplicate installs of the package.
   *
   * @param value - Anything.
   * @returns True for a SuggestionError.
   * @throws Never.
   * @example
   * SuggestionError.isInstance(new SuggestionError("INVALID_TEXT", "…"))
   * //=> true
   */
  static override isInstance(value: unknown): value is SuggestionError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }
}
