import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ServiceError } from "../service-error.js";
import { TokenRegistry } from "./tokens.js";

describe("TokenRegistry", () => {
  it("maps tokens from INTAKE_TOKENS (name:role:token, tokens may contain colons)", () => {
    const registry = TokenRegistry.fromEnv("desk-1:clerk:0123456789abcdef0123, api:external:a:b:c:d:e:f:g:h:i:j");
    expect(registry.lookup("0123456789abcdef0123")).toEqual({ name: "desk-1", role: "clerk" });
    expect(registry.lookup("a:b:c:d:e:f:g:h:i:j")).toEqual({ name: "api", role: "external" });
    expect(registry.lookup("0123456789abcdef012")).toBeUndefined();
  });

  it("reads a tokens file with plain tokens or SHA-256 hashes", () => {
    const dir = mkdtempSync(join(tmpdir(), "tokens-"));
    try {
      const file = join(dir, "tokens.json");
      const sha256 = createHash("sha256").update("hashed-token-0123456789").digest("hex");
      writeFileSync(
        file,
        JSON.stringify({
          tokens: [
            { name: "h", role: "handler", sha256 },
            { name: "s", role: "statistics", token: "plain-token-0123456789" },
          ],
        }),
      );
      const registry = TokenRegistry.fromFile(file);
      expect(registry.lookup("hashed-token-0123456789")).toEqual({ name: "h", role: "handler" });
      expect(registry.lookup("plain-token-0123456789")).toEqual({ name: "s", role: "statistics" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["an unknown role", [{ name: "x", role: "admin", token: "0123456789abcdef0123" }]],
    ["a short token", [{ name: "x", role: "clerk", token: "short" }]],
    ["no tokens", []],
    [
      "a repeated token",
      [
        { name: "a", role: "clerk", token: "0123456789abcdef0123" },
        { name: "b", role: "handler", token: "0123456789abcdef0123" },
      ],
    ],
  ])("refuses %s with a tokens_invalid error that never quotes a token", (_, input) => {
    let caught: unknown;
    try {
      TokenRegistry.fromJson(input, "test");
    } catch (error) {
      caught = error;
    }
    expect(ServiceError.isInstance(caught)).toBe(true);
    expect((caught as ServiceError).code).toBe("tokens_invalid");
    expect((caught as ServiceError).message).not.toContain("0123456789abcdef0123");
  });

  it("refuses an INTAKE_TOKENS entry without three parts", () => {
    expect(() => TokenRegistry.fromEnv("desk-1:clerk")).toThrow(/name:role:token/);
  });

  it("generates one distinct token per role", () => {
    const { document, registry } = TokenRegistry.generate();
    expect(document.tokens.map((t) => t.role)).toEqual(["clerk", "handler", "statistics", "external"]);
    expect(new Set(document.tokens.map((t) => t.token)).size).toBe(4);
    expect(registry.size).toBe(4);
  });
});
