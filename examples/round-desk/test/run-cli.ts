import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The example's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(PACKAGE_DIR, "src", "cli.ts");
// tsx runs the sources; the example's tsconfig maps the @xunshi packages to their sources, so no build is needed.
const TSX_LOADER = join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "loader.mjs");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly stdin?: string;
  readonly nodeOptions?: readonly string[];
  /** Extra environment variables, e.g. `TZ`. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs the CLI as a separate Node process (no TTY) and collects its output. */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), "--import", TSX_LOADER, CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(PACKAGE_DIR, "tsconfig.json"), NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
