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

const ZH: Record<string, string> = {
  "duplicate-team-number": "巡视组编号重复",
  "authorization-other-round": "授权须针对本轮巡视（一次一授权）",
  "duplicate-target-id": "被巡视单位编号重复",
  "unknown-parent": "上级单位编号不存在",
  "group-count": "已列名单位数超过该组总数",
  "group-kind": "单位类型与分组类型不一致",
  "unknown-team": "巡视组不存在",
  "unknown-target": "被巡视单位不存在",
  "unknown-group": "单位分组不存在",
  "empty-assignment": "任务分工须包含被巡视单位或分组",
  "target-assigned-twice": "同一巡视方式下，该单位已分配给其他巡视组",
  "count-mismatch": "单位数量与任务分工不一致",
  "kind-not-in-round": "巡视方式不在本轮巡视方式之列",
  "target-unassigned": "该单位未分配巡视组",
  "date-order": "日期先后顺序有误",
  "cutoff-outside-on-site": "受理截止日须在驻点期间内",
  "duplicate-phase": "阶段重复",
  "phase-order": "阶段顺序有误",
};
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
    const key = issue.code === "custom" ? (issue.params as { key?: string } | undefined)?.key : undefined;
    return {
      path: issue.path,
      code: key ?? issue.code,
      message: locale === "zh" && key && ZH[key] ? `${ZH[key]}（${issue.message}）` : issue.message,
    };
  });
  const first = issues[0];
  return {
    success: false,
    error: new DomainError(
      "INVALID_ROUND",
      `Invalid round: ${issues.length} problem${issues.length === 1 ? "" : "s"}; first at ${first?.path.map(String).join(".") || "(root)"}: ${first?.message}.`,
      issues,
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
