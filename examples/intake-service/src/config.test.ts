import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

const TOKENS = "desk-1:clerk:0123456789abcdef0123";

describe("loadConfig", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "intake-config-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("defaults to SQLite under DATA_DIR on 127.0.0.1:8787", () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir, INTAKE_TOKENS: TOKENS });
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 8787,
      storage: { kind: "sqlite", file: join(dir, "intake.sqlite"), synchronous: "FULL" },
      tokensSource: "INTAKE_TOKENS",
      bodyLimitBytes: 262144,
    });
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://u:p@127.0.0.1:5432/db",
      DATABASE_SCHEMA: "intake",
      DATABASE_POOL_SIZE: "4",
      INTAKE_TOKENS: TOKENS,
    });
    expect(config.storage).toEqual({
      kind: "postgres",
      connectionString: "postgres://u:p@127.0.0.1:5432/db",
      schema: "intake",
      poolSize: 4,
    });
  });

  it("generates tokens once into DATA_DIR/tokens.json, readable by the owner only", () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    const file = join(dir, "tokens.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const content = readFileSync(file, "utf8");
    loadConfig({ DATA_DIR: dir });
    expect(readFileSync(file, "utf8")).toBe(content);
    expect(first.tokens.size).toBe(4);
    expect(first.tokensSource).toBe(`generated ${file}`);
  });

  it.each([
    ["PORT", "http"],
    ["PORT", "70000"],
    ["BODY_LIMIT_BYTES", "12.5"],
    ["SQLITE_SYNCHRONOUS", "OFF"],
  ])("refuses %s=%s with a config_invalid error naming the variable", (name, value) => {
    expect(() => loadConfig({ INTAKE_TOKENS: TOKENS, DATA_DIR: tempDir(), [name]: value })).toThrow(
      expect.objectContaining({ code: "config_invalid", message: expect.stringContaining(name) }),
    );
  });
});
