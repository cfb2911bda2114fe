import type * as z from "zod";
import { en, zhCN } from "zod/locales";
import { DomainError, type DomainIssue } from "./domain-error";
import { type Round, roundSchema } from "./round-schema";

/** Options of {@link parseRound}. */
export interface ParseRoundOptions {
  /** Language of the messages (default `zh`), chosen per parse: the global zod config is never touched. */
  readonly locale?: "zh" | "en";
}

/** The result of {@link safeParseRound}. */
export type SafeParseRoundResult =
  | { readonly success: true; readonly data: Round }
  | { readonly success: false; readonly error: DomainError };

const zhLocale = zhCN();
const enLocale = en();

/**
 * Validates a round document without throwing.
 *
 * @param input - anything (typically parsed JSON)
 * @param options - `locale`: `zh` (default) or `en`
 * @returns `{ success: true, data }`, or `{ success: false, error }` with every issue and its path
 * @example
 * safeParseRound({ ...shanxi2024Round6, teams: [] }).success
 * //=> false
 */
export function safeParseRound(input: unknown, options: ParseRoundOptions = {}): SafeParseRoundResult {
  const locale = options.locale ?? "zh";
  const result = roundSchema.safeParse(input, { error: (locale === "zh" ? zhLocale : enLocale).localeError });
  if (result.success) return { success: true, data: result.data };
  const issues: DomainIssue[] = result.error.issues.map((issue: z.core.$ZodIssue) => {
    const params = issue.code === "custom" ? (issue.params as { key?: string; zh?: string } | undefined) : undefined;
    return {
      path: issue.path,
      code: params?.key ?? issue.code,
      message: locale === "zh" && params?.zh ? params.zh : issue.message,
    };
  });
  const first = issues[0];
  return {
    success: false,
    error: new DomainError(
      "INVALID_ROUND",
      `Invalid round: ${issues.length} problem${issues.length === 1 ? "" : "s"}; first at ${first?.path.map(String).join(".") || "(root)"}: ${first?.message}.`,
      issues,
      { cause: result.error },
    ),
  };
}

/**
 * Validates a round document, throwing a typed error with every issue.
 *
 * @param input - anything (typically parsed JSON)
 * @param options - `locale`
 * @returns the validated round
 * @throws {DomainError} code `INVALID_ROUND`, with `issues` (path, code, message)
 * @example
 * parseRound(shanxi2024Round6).acceptance.cutoff
 * //=> "2025-01-07"
 */
export function parseRound(input: unknown, options: ParseRoundOptions = {}): Round {
  const result = safeParseRound(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
