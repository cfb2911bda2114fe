import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSV_COLUMNS } from "@xunshi/complaints";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_DIR, runCli } from "./run-cli";

const SAMPLE = join(PACKAGE_DIR, "data", "sample-complaints.jsonl");
let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "round-desk-cli-"));
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

/** Identity values of the named complainants in the sample (they must never be printed or written). */
function sampleIdentities(): string[] {
  const values: string[] = [];
  for (const line of readFileSync(SAMPLE, "utf8").split("\n")) {
    try {
      const record = JSON.parse(line) as { complainant?: Record<string, unknown> };
      for (const [key, value] of Object.entries(record.complainant ?? {}))
        if (key !== "kind" && typeof value === "string") values.push(value);
    } catch {
      // the deliberately truncated line
    }
  }
  return [...new Set(values)];
}

describe("the demo (no arguments)", () => {
  it("walks through the round and the sample batch, writes reports and exits 0", async () => {
    const result = await runCli([], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "The round at a glance: 6th inspection round of the 12th Shanxi provincial committee",
    );
    expect(result.stdout).toContain("2024-10-12 – 2025-01-07: 62 working days, 88 calendar days");
    expect(result.stdout).toContain("2025-01-07T10:00:00+08:00: OPEN");
    expect(result.stdout).toMatch(/By category/);
    expect(result.stdout).toMatch(/■ Categories\n.*█/);
    // every invalid line is reported with its number on stderr
    for (const line of [6, 14, 23, 32, 41, 49]) expect(result.stderr).toContain(`line ${line} is invalid, skipped`);
    const dir = join(cwd, "out", "round-desk-shanxi-2024-round-6-sample-complaints");
    for (const file of ["report.md", "report.json", "records.csv"]) expect(existsSync(join(dir, file))).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
      summary: { records: number; invalid: number };
    };
    expect(report.summary).toMatchObject({ records: 46, invalid: 6 });
    const csv = readFileSync(join(dir, "records.csv"), "utf8");
    // the package's CSV export: its fixed columns, a BOM, CRLF, one row per valid complaint
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(csv.trimEnd().split("\r\n")).toHaveLength(47);
    // confidentiality: no identity value anywhere in the output or the reports
    const everything = [result.stdout, result.stderr, csv, readFileSync(join(dir, "report.md"), "utf8")].join("\n");
    const identities = sampleIdentities();
    expect(identities.length).toBeGreaterThan(5);
    for (const value of identities) expect(everything).not.toContain(value);
  });

  it("gives the same walkthrough as JSON, covering every category, channel and scope outcome", async () => {
    const result = await runCli(["--json", "--out", "json-demo"], { cwd });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as {
      round: { id: string; schedule: { acceptance: { workingDays: number; calendarDays: number } } };
      open: { accepting: boolean };
      summary: {
        byCategory: Record<string, number>;
        byChannel: Record<string, number>;
        byScope: Record<string, number>;
        byRoute: Record<string, number>;
        badLines: { line: number; issues: { path: string }[] }[];
      };
    };
    expect(data.round.id).toBe("shanxi-2024-round-6");
    expect(data.round.schedule.acceptance).toMatchObject({ workingDays: 62, calendarDays: 88 });
    expect(data.open.accepting).toBe(true);
    expect(Object.keys(data.summary.byCategory).sort()).toEqual(
      [
        "integrity",
        "life",
        "litigation",
        "mass",
        "organizational",
        "other",
        "personal-grievance",
        "political",
        "rectification",
        "work",
      ].sort(),
    );
    expect(Object.keys(data.summary.byChannel).sort()).toEqual([
      "email",
      "letter",
      "online",
      "phone",
      "sms",
      "suggestion-box",
      "visit",
    ]);
    expect(Object.keys(data.summary.byScope).sort()).toEqual(
      [
        "after-cutoff",
        "before-start",
        "channel-not-offered",
        "in-scope",
        "matter",
        "outside-office-hours",
        "subject-role",
      ].sort(),
    );
    expect(data.summary.byRoute["inspection-team"]).toBeGreaterThan(0);
    const paths = data.summary.badLines.flatMap((b) => b.issues.map((i) => i.path));
    expect(paths).toEqual(
      expect.arrayContaining(["content", "receivedAt", "(line)", "complainant.name", "channel", "postmarkDate"]),
    );
    expect(existsSync(join(cwd, "json-demo", "report.md"))).toBe(true);
  });

  it("prints the same walkthrough whatever the host time zone", async () => {
    const withoutTiming = (text: string) => text.replace(/^Throughput: .*$/m, "");
    const runs = [];
    for (const TZ of ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"])
      runs.push(await runCli(["--out", `tz-${TZ.replace("/", "-")}`], { cwd, env: { TZ } }));
    const [shanghai, ...others] = runs.map((r) => withoutTiming(r.stdout).replace(/tz-[\w-]+/g, "tz"));
    expect(shanghai).toContain("2025-01-07T10:00:00+08:00: OPEN");
    for (const other of others) expect(other).toBe(shanghai);
  });

  it("speaks Chinese with --lang zh", async () => {
    const result = await runCli(["--lang", "zh", "--out", "zh-demo"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("本轮巡视一览");
    expect(result.stdout).toContain("62 个工作日");
    expect(result.stderr).toContain("第 6 行无效，已跳过");
  });
});

describe("deadline", () => {
  it("counts working days, days and months the way the law does", async () => {
    const working = await runCli(["deadline", "2024-12-30", "--working-days", "15"], { cwd });
    expect(working.code).toBe(0);
    expect(working.stdout.split("\n")[0]).toBe("2025-01-21");
    const days = await runCli(["deadline", "2024-09-21", "--days", "10"], { cwd });
    expect(days.stdout.split("\n")[0]).toBe("2024-10-08");
    const months = await runCli(["deadline", "2024-01-31", "--months", "1", "--json"], { cwd });
    expect(JSON.parse(months.stdout)).toMatchObject({ dueDate: "2024-02-29", period: { months: 1 } });
  });

  it("applies a built-in rule with its source", async () => {
    const result = await runCli(["deadline", "2024-10-15", "--rule", "accusation.acceptance-notice", "--json"], {
      cwd,
    });
    expect(result.code).toBe(0);
    const deadline = JSON.parse(result.stdout) as { rule: { id: string; period: unknown }; dueDate: string };
    expect(deadline.rule).toMatchObject({ id: "accusation.acceptance-notice", period: { workingDays: 15 } });
    expect(deadline.dueDate).toBe("2024-11-05");
    const list = await runCli(["deadline", "--rules"], { cwd });
    expect(list.stdout).toContain("petition.registration");
  });

  it("rejects an impossible date, a missing or doubled period and an unknown rule with exit code 2", async () => {
    const impossible = await runCli(["deadline", "2024-02-30", "--days", "3", "--json"], { cwd });
    expect(impossible.code).toBe(2);
    expect(JSON.parse(impossible.stdout)).toMatchObject({ error: { code: "INVALID_DATE" } });
    expect(impossible.stderr).toContain("2024-02-30");
    const missing = await runCli(["deadline", "2024-10-15"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("expected exactly one of --working-days, --days, --months, --rule");
    const doubled = await runCli(["deadline", "2024-10-15", "--days", "3", "--months", "1"], { cwd });
    expect(doubled.code).toBe(2);
    const unknown = await runCli(["deadline", "2024-10-15", "--rule", "no.such-rule"], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no.such-rule");
  });
});

describe("working-day", () => {
  it("knows make-up Saturdays and statutory holidays", async () => {
    const saturday = await runCli(["working-day", "2024-10-12", "--json"], { cwd });
    expect(JSON.parse(saturday.stdout)).toMatchObject({
      date: "2024-10-12",
      isWorkingDay: true,
      kind: "makeup-workday",
    });
    const holiday = await runCli(["working-day", "2024-10-03", "--lang", "zh"], { cwd });
    expect(holiday.code).toBe(0);
    expect(holiday.stdout).toContain("不是工作日");
    expect(holiday.stdout).toContain("国庆节");
  });
});

describe("open", () => {
  it("answers for a make-up Saturday, a Sunday and a day after the cut-off", async () => {
    const saturday = await runCli(["open", "2024-10-12T09:00"], { cwd });
    expect(saturday.stdout).toContain("2024-10-12T09:00:00+08:00: OPEN");
    const sunday = await runCli(["open", "2024-10-13T09:00+08:00", "--json"], { cwd });
    expect(JSON.parse(sunday.stdout)).toMatchObject({
      accepting: false,
      code: "outside-office-hours",
      nextOpening: "2024-10-14T08:00:00+08:00",
    });
    const after = await runCli(["open", "2025-01-08T09:00", "--json"], { cwd });
    expect(JSON.parse(after.stdout)).toMatchObject({ accepting: false, code: "after-cutoff", nextOpening: null });
  });

  it("reads an instant given in UTC in Shanghai time", async () => {
    // 2024-10-14T01:00Z is 09:00 on Monday in Shanghai
    const result = await runCli(["open", "2024-10-14T01:00:00Z", "--json"], { cwd });
    expect(JSON.parse(result.stdout)).toMatchObject({ date: "2024-10-14", accepting: true });
  });

  it("rejects an instant that is not one", async () => {
    const result = await runCli(["open", "2024-13-01T09:00"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('received "2024-13-01T09:00"');
  });
});

describe("categorize", () => {
  it("suggests a category with the words that support it", async () => {
    const result = await runCli(["categorize", "县住建局局长收受开发商现金20万元", "--json"], { cwd });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as {
      inScope: boolean;
      suggestions: { category: string; evidence: { text: string }[] }[];
    };
    expect(data.inScope).toBe(true);
    expect(data.suggestions[0]?.category).toBe("integrity");
    expect(data.suggestions[0]?.evidence.map((e) => e.text)).toContain("收受");
    const text = await runCli(["categorize", "我不服法院的判决，要求重新审理"], { cwd });
    expect(text.stdout).toContain("out of scope");
  });

  it("reads the text from standard input with -", async () => {
    const result = await runCli(["categorize", "-", "--json", "--limit", "1"], {
      cwd,
      stdin: "副局长逢年过节收受下属送的购物卡和红包。",
    });
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as { suggestions: { category: string }[] };
    expect(data.suggestions).toHaveLength(1);
    expect(data.suggestions[0]?.category).toBe("integrity");
  });

  it("needs a text", async () => {
    const result = await runCli(["categorize"], { cwd });
    expect(result.code).toBe(2);
  });
});

describe("process", () => {
  it("reports bad lines by number, skips them, keeps going and exits 1", async () => {
    const file = join(cwd, "bad.jsonl");
    const good = readFileSync(SAMPLE, "utf8").split("\n")[0] ?? "";
    writeFileSync(
      file,
      [good, "{not json", "", JSON.stringify({ id: "X-1" }), good.replace("SX6-001", "SX6-901")].join("\n"),
    );
    const result = await runCli(["process", "bad.jsonl", "--json", "--out", "bad-out"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("line 2 is invalid, skipped");
    expect(result.stderr).toContain("line 4 is invalid, skipped (X-1)");
    expect(result.stderr).toContain("2 line(s) failed (exit code 1)");
    const data = JSON.parse(result.stdout) as {
      summary: { lines: number; records: number; invalid: number; blank: number };
    };
    expect(data.summary).toMatchObject({ lines: 5, records: 2, invalid: 2, blank: 1 });
    expect(readFileSync(join(cwd, "bad-out", "records.csv"), "utf8")).toContain("SX6-901");
  });

  it("exits 0 when every line is valid, reading standard input with -", async () => {
    const good = readFileSync(SAMPLE, "utf8").split("\n")[0] ?? "";
    const result = await runCli(["process", "-", "--no-reports"], { cwd, stdin: `${good}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Summary: 1 lines, 1 valid, 0 invalid");
    expect(existsSync(join(cwd, "out", "round-desk-shanxi-2024-round-6-stdin"))).toBe(false);
  });

  it("names a missing file", async () => {
    const result = await runCli(["process", "no-such-file.jsonl"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('received "no-such-file.jsonl"');
  });
});

describe("--help and usage errors", () => {
  it.each([
    [[] as string[], "Usage: round-desk [demo]"],
    [["deadline"], "Usage: round-desk deadline"],
    [["working-day"], "Usage: round-desk working-day"],
    [["open"], "Usage: round-desk open"],
    [["categorize"], "Usage: round-desk categorize"],
    [["process"], "Usage: round-desk process"],
  ])("%j --help prints its usage", async (command, usage) => {
    const result = await runCli([...command, "--help"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(usage)).toBe(true);
  });

  it("rejects an unknown command, an unknown option and an unknown language", async () => {
    expect((await runCli(["frobnicate"], { cwd })).code).toBe(2);
    const option = await runCli(["working-day", "2024-10-12", "--colour"], { cwd });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("--colour");
    const lang = await runCli(["working-day", "2024-10-12", "--lang", "fr"], { cwd });
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('expected zh or en, received "fr"');
  });
});
