import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import * as z from "zod";
import { ServiceError } from "../service-error.js";

/** The roles a token can carry. */
export const roleSchema = z.enum(["clerk", "handler", "statistics", "external"]).meta({
  id: "Role",
  description:
    "clerk: intake desk (受理); handler: case handler (承办); statistics: reporting (统计); external: another body's system (外部单位).",
});

/** A role. */
export type Role = z.infer<typeof roleSchema>;

/** Who is calling: the token holder's name (used in audit trails and logs) and role. Never the token. */
export interface Principal {
  name: string;
  role: Role;
}

const tokenEntrySchema = z.union([
  z.object({ name: z.string().min(1).max(128), role: roleSchema, token: z.string().min(16).max(512) }).strict(),
  z
    .object({
      name: z.string().min(1).max(128),
      role: roleSchema,
      sha256: z.string().regex(/^[0-9a-f]{64}$/, "lower-case hex SHA-256 of the token"),
    })
    .strict(),
]);

/** A tokens file: a list of `{ name, role, token }` or `{ name, role, sha256 }` (hash of the token, preferred). */
export const tokensFileSchema = z.union([
  z.array(tokenEntrySchema),
  z.object({ tokens: z.array(tokenEntrySchema) }).strict(),
]);

const sha256 = (value: string): string => createHash("sha256").update(value, "utf8").digest("hex");

/**
 * Maps bearer tokens to principals. Tokens are kept only as SHA-256 hashes in memory.
 *
 * @example
 * TokenRegistry.fromEnv("desk-1:clerk:0123456789abcdef0123").lookup("0123456789abcdef0123")
 * //=> { name: "desk-1", role: "clerk" }
 */
export class TokenRegistry {
  private readonly byHash: Map<string, Principal>;

  private constructor(byHash: Map<string, Principal>) {
    this.byHash = byHash;
  }

  /**
   * Build a registry from a parsed tokens document.
   *
   * @param input - JSON value of a tokens file.
   * @param source - Where it came from, for error messages.
   * @returns The registry.
   * @throws {ServiceError} `tokens_invalid` when the document is malformed, empty, or lists a token twice.
   * @example
   * TokenRegistry.fromJson([{ name: "desk-1", role: "clerk", token: "0123456789abcdef0123" }], "inline").size
   * //=> 1
   */
  static fromJson(input: unknown, source: string): TokenRegistry {
    const parsed = tokensFileSchema.safeParse(input);
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
      throw new ServiceError(
        "tokens_invalid",
        `Expected ${source} to list { name, role, token (≥16 chars) | sha256 } entries; ${where}.`,
      );
    }
    const entries = Array.isArray(parsed.data) ? parsed.data : parsed.data.tokens;
    const byHash = new Map<string, Principal>();
    for (const entry of entries) {
      const hash = "token" in entry ? sha256(entry.token) : entry.sha256;
      if (byHash.has(hash)) {
        throw new ServiceError("tokens_invalid", `Expected each token once in ${source}; "${entry.name}" repeats one.`);
      }
      byHash.set(hash, { name: entry.name, role: entry.role });
    }
    if (byHash.size === 0) {
      throw new ServiceError("tokens_invalid", `Expected at least one token in ${source}; received none.`);
    }
    return new TokenRegistry(byHash);
  }

  /**
   * Read a tokens file (JSON).
   *
   * @param path - File path.
   * @returns The registry.
   * @throws {ServiceError} `tokens_invalid` when the file is unreadable, not JSON, or malformed.
   * @example
   * TokenRegistry.fromFile("./tokens.json").size
   * //=> 4
   */
  static fromFile(path: string): TokenRegistry {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (cause) {
      throw new ServiceError("tokens_invalid", `Expected TOKENS_FILE "${path}" to be a readable JSON file.`, { cause });
    }
    return TokenRegistry.fromJson(json, `TOKENS_FILE "${path}"`);
  }

  /**
   * Parse the `INTAKE_TOKENS` variable: comma-separated `name:role:token` triples.
   *
   * @param value - The variable's value.
   * @returns The registry.
   * @throws {ServiceError} `tokens_invalid` when an entry is not `name:role:token`.
   * @example
   * TokenRegistry.fromEnv("desk-1:clerk:0123456789abcdef0123,h:handler:abcdef0123456789abcd").size
   * //=> 2
   */
  static fromEnv(value: string): TokenRegistry {
    const entries = value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((triple, index) => {
        const [name, role, ...rest] = triple.split(":");
        if (name === undefined || role === undefined || rest.length === 0) {
          throw new ServiceError(
            "tokens_invalid",
            `Expected INTAKE_TOKENS entry ${index + 1} to be name:role:token; received ${triple.split(":").length} part(s).`,
          );
        }
        return { name, role, token: rest.join(":") };
      });
    return TokenRegistry.fromJson(entries, "INTAKE_TOKENS");
  }

  /**
   * Generate one random token per role (for a first local start without configured tokens).
   *
   * @returns The tokens file document and the registry built from it.
   * @example
   * TokenRegistry.generate().document.tokens.length
   * //=> 4
   */
  static generate(): { document: { tokens: { name: string; role: Role; token: string }[] }; registry: TokenRegistry } {
    const tokens = roleSchema.options.map((role) => ({
      name: `${role}-1`,
      role,
      token: randomBytes(24).toString("base64url"),
    }));
    return { document: { tokens }, registry: TokenRegistry.fromJson(tokens, "generated tokens") };
  }

  /** Number of tokens. */
  get size(): number {
    return this.byHash.size;
  }

  /**
   * Find the principal of a bearer token.
   *
   * @param token - The presented token.
   * @returns The principal, or undefined for an unknown token.
   * @example
   * registry.lookup("wrong")
   * //=> undefined
   */
  lookup(token: string): Principal | undefined {
    return this.byHash.get(sha256(token));
  }
}
