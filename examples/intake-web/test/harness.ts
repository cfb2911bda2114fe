// Shared by the browser tests: build the page, serve it with `vite preview`, launch Debian's Chromium.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

/** The example's folder. */
export const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const viteBin = join(dirname(require.resolve("vite/package.json")), "bin", "vite.js");
/** Chromium: `CHROMIUM_PATH`, else Debian's package. Never a downloaded browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * A free TCP port on 127.0.0.1.
 *
 * @returns the port
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Waits until a URL answers 200.
 *
 * @param url - the URL
 * @param timeoutMs - how long to wait
 * @throws {Error} when it does not answer in time
 */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`expected ${url} to answer within ${timeoutMs} ms, received no answer`);
}

/**
 * Builds the page into `outDir` (production build, as `pnpm build` does).
 *
 * @param outDir - the output folder
 * @throws {Error} with Vite's output when the build fails
 */
export function buildPage(outDir: string): void {
  const build = spawnSync(
    process.execPath,
    [viteBin, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, INTAKE_SERVICE_URL: "" },
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
}

/** A process started detached (its own process group), to be killed with its children. */
export interface Detached {
  readonly process: ChildProcess;
  kill(): void;
}

/**
 * Starts a command detached in its own process group.
 *
 * @param args - node arguments
 * @param options - working folder and extra environment
 * @returns the process and a `kill()` that signals the whole group
 */
export function startDetached(args: string[], options: { cwd: string; env?: Record<string, string> }): Detached {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, ...options.env },
  });
  return {
    process: child,
    kill() {
      if (child.pid === undefined || child.exitCode !== null) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    },
  };
}

/**
 * Serves a built page with `vite preview` on 127.0.0.1.
 *
 * @param outDir - the built page
 * @param serviceUrl - when given, /api is proxied to this intake-service
 * @returns the base URL and the server process
 */
export async function preview(outDir: string, serviceUrl = ""): Promise<{ baseUrl: string; server: Detached }> {
  const port = await freePort();
  const server = startDetached(
    [viteBin, "preview", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: root, env: { INTAKE_SERVICE_URL: serviceUrl, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" } },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/`, 20_000);
  return { baseUrl, server };
}

/**
 * Launches Debian's Chromium headless with the flags that keep it offline and quiet. Playwright gives it a fresh
 * temporary `--user-data-dir` of its own on every launch (it refuses one in `args`) and deletes it on close.
 *
 * @returns the browser
 * @throws {Error} when no Chromium is installed at {@link chromiumPath}
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium: expected an executable at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
