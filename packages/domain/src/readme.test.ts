// Keeps the README's walkthrough true: it runs the code block (plain JavaScript syntax) against the real API and
// checks every result it shows with `//=>`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "./index";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const code = block.replace(/^import .*$/m, "");
const names = Object.keys(api);
const run = (body: string): unknown =>
  new Function(...names, body)(...names.map((n) => (api as Record<string, unknown>)[n]));

describe("README walkthrough", () => {
  it("models the motivating round in under 40 lines", () => {
    expect(block.split("\n").filter((l) => l.trim() !== "").length).toBeLessThan(40);
    expect(run(`${code}\nreturn round.id;`)).toBe("shanxi-2024-round-6");
  });

  it("shows the results the code gives", () => {
    const shown = block
      .split("\n")
      .map((line) => /^(.*?);\s*\/\/=> (.*?)(?: \([^)]*\))?$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const [, expression, result] of shown)
      expect(run(`${code}\nreturn ${expression};`)).toEqual(run(`return ${result};`));
  });
});
