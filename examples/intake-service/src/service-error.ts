const marker = Symbol.for("@xunshi-example/intake-service/ServiceError");

/** Stable codes of the service's own errors. */
export type ServiceErrorCode =
  | "config_invalid"
  | "tokens_invalid"
  | "storage_migration_failed"
  | "storage_unavailable"
  | "revision_conflict";

/**
 * The base error of the intake service (configuration, tokens, storage). Messages say what was expected and what was
 * received, and never contain complainant data or tokens.
 *
 * @example
 * new ServiceError("config_invalid", "Expected PORT to be an integer 0–65535, received \"http\".").code
 * //=> "config_invalid"
 */
export class ServiceError extends Error {
  override name = "ServiceError";
  readonly code: ServiceErrorCode;
  readonly [marker] = true;

  /**
   * @param code - Stable machine-readable code.
   * @param message - What was expected, what was received, where.
   * @param options - The underlying cause, if any.
   */
  constructor(code: ServiceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /**
   * Whether a value is a ServiceError, also across duplicate module instances.
   *
   * @param value - Anything.
   * @returns True for a ServiceError.
   * @example
   * ServiceError.isInstance(new ServiceError("config_invalid", "…"))
   * //=> true
   */
  static isInstance(value: unknown): value is ServiceError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }
}
