// The page against a running examples/intake-service: `vite preview` proxies /api to the service, the clerk connects
// with a token, submits, and the service stores the complaint with the clerk's category.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildPage,
  type Detached,
  freePort,
  launchChromium,
  preview,
  root,
  startDetached,
  waitForHttp,
} from "./harness";

const require = createRequire(import.meta.url);
const outDir = join(root, "out", "dist-service");
const serviceDir = join(root, "..", "intake-service");
const token = randomBytes(18).toString("hex");
const PINNED = "2024-10-15T15:00:00+08:00";

let service: Detached | undefined;
let web: Detached | undefined;
let browser: Browser | undefined;
let dataDir = "";
let serviceUrl = "";
let baseUrl = "";

beforeAll(async () => {
  buildPage(outDir);
  dataDir = mkdtempSync(join(tmpdir(), "intake-web-service-"));
  const port = await freePort();
  serviceUrl = `http://127.0.0.1:${port}`;
  service = startDetached([require.resolve("tsx/cli"), "src/main.ts"], {
    cwd: serviceDir,
    env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, INTAKE_TOKENS: `intake-web-test:clerk:${token}` },
  });
  await waitForHttp(`${serviceUrl}/healthz`, 30_000);
  ({ baseUrl, server: web } = await preview(outDir, serviceUrl));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  web?.kill();
  service?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("the intake page with examples/intake-service", () => {
  it("submits through the preview proxy and the service stores the clerk's category", async () => {
    if (!browser) throw new Error("browser not started");
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${baseUrl}/?now=${encodeURIComponent(PINNED)}&service=/api`);
    await page.locator("#intake-form").waitFor();

    await page.locator("summary", { hasText: "连接设置" }).click();
    await page.getByLabel("受理员令牌").fill(token);
    await page.getByRole("button", { name: "连接", exact: true }).click();
    await expect.poll(() => page.locator("#mode-text").getAttribute("data-mode")).toBe("service");

    await page.getByLabel("反映的主要问题").fill("某县教育局局长利用职务便利收受供应商礼金，并安排亲属承揽学校工程。");
    await expect.poll(() => page.locator("#suggestions input[type=radio]:checked").count()).toBe(1);
    const chosen = await page.locator("#suggestions input[type=radio]:checked").getAttribute("value");
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.locator("#result").waitFor();
    expect(await page.locator("#result").textContent()).toContain("已提交受理服务");
    const id = (await page.locator("#result code").textContent()) ?? "";

    const stored = await fetch(`${serviceUrl}/complaints/${encodeURIComponent(id)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.status).toBe(200);
    const body = (await stored.json()) as { id: string; categorization: { primary: string } | null };
    expect(body.id).toBe(id);
    expect(body.categorization?.primary).toBe(chosen);
    await page.close();
  });
});
