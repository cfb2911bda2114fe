import type { Readable } from "node:stream";
import { suggestCategories } from "@xunshi/complaints";
import { CATEGORY_LABELS, label } from "../i18n";
import { type GlobalOptions, type Io, printJson, println, UsageError } from "../io";

export const CATEGORIZE_HELP = `Usage: round-desk categorize ("<text>" | -) [--limit N] [--json] [--lang zh|en]

Suggests categories for a complaint's text, ranked, each with the words of the text that support it, and whether the
matter is within an inspection team's remit. Runs offline. The text is not stored or logged.

With - the text is read from standard input, so a letter never appears in the shell history.

Examples:
  round-desk categorize "县住建局局长收受开发商现金20万元"
  round-desk categorize - < letter.txt
  round-desk categorize "我要求法院重新审理我的案子" --json`;

/** Reads a text from a stream (at most `max` characters). */
export async function readText(stream: Readable, max = 1_000_000): Promise<string> {
  let text = "";
  for await (const chunk of stream.setEncoding("utf8")) {
    text += chunk as string;
    if (text.length > max)
      throw new UsageError("categorize", `expected a text of at most ${max} characters on standard input`);
  }
  return text;
}

/** `categorize`: suggested categories with evidence. */
export async function runCategorize(
  positionals: readonly string[],
  limit: string | undefined,
  g: GlobalOptions,
  io: Io,
  stdin: Readable,
): Promise<number> {
  const text = positionals.length === 1 && positionals[0] === "-" ? await readText(stdin) : positionals.join(" ");
  if (text.trim() === "")
    throw new UsageError("categorize", 'expected the complaint text in quotes, e.g. categorize "村支书侵占集体土地"');
  if (limit !== undefined && !/^[1-9]\d*$/.test(limit))
    throw new UsageError("categorize", `--limit: expected a whole number of 1 or more, received "${limit}"`);
  const result = suggestCategories(text, { limit: limit === undefined ? 3 : Number(limit) });
  if (g.json) {
    printJson(io, result);
    return 0;
  }
  const zh = g.lang === "zh";
  println(
    io.stdout,
    `${zh ? "受理范围" : "scope"}: ${result.inScope ? (zh ? "属巡视受理范围" : "in scope") : zh ? "不属巡视受理范围" : "out of scope"}`,
  );
  for (const [i, s] of result.suggestions.entries()) {
    const evidence = [...new Set(s.evidence.map((e) => e.text))];
    println(
      io.stdout,
      `${i + 1}. ${s.code}  ${label(CATEGORY_LABELS, s.category, g.lang)}  ${(s.score * 100).toFixed(0)}%`,
    );
    if (evidence.length > 0)
      println(io.stdout, `   ${zh ? "依据" : "evidence"}: ${evidence.map((e) => `「${e}」`).join(" ")}`);
  }
  return 0;
}
