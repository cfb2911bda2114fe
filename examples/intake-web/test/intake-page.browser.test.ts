// Drives the built page in Debian's Chromium (never a downloaded browser): builds with Vite, serves it with
// `vite preview` on 127.0.0.1 at a free port, fills the form, checks suggestions, validation, deadlines, language,
// keyboard-only use and axe-core, and saves desktop and phone screenshots that must not be blank.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { computeDeadline, getDeadlineRule } from "@xunshi/calendar";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, type Detached, launchChromium, preview, root } from "./harness";
import { decodePng, imageFigures } from "./png";

const require = createRequire(import.meta.url);
const outDir = join(root, "out", "dist");
const shotsDir = join(root, "out", "screenshots");
// A Monday in the acceptance window, during office hours (the page's ?now= pins its clock; the test never reads one).
const PINNED = "2024-10-14T10:00:00+08:00";

let server: Detached | undefined;
let browser: Browser | undefined;
let baseUrl = "";
const pageErrors: string[] = [];

async function openPage(width: number, height: number): Promise<Page> {
  if (!browser) throw new Error("browser not started");
  const context = await browser.newContext({ viewport: { width, height }, locale: "zh-CN" });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl}/?now=${encodeURIComponent(PINNED)}`);
  await page.locator("#intake-form").waitFor();
  return page;
}

/** Whether Chinese characters render with a real font: two different characters must draw differently. */
async function rendersCjk(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const draw = (ch: string) => {
      const canvas = document.createElement("canvas");
      canvas.width = 40;
      canvas.height = 40;
      const ctx = canvas.getContext("2d");
      if (!ctx) return "";
      ctx.font = `32px ${getComputedStyle(document.body).fontFamily}`;
      ctx.fillText(ch, 2, 34);
      return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(",");
    };
    return draw("受") !== draw("理");
  });
}

async function runAxe(page: Page): Promise<{ id: string; nodes: number }[]> {
  const source = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  });
}

async function screenshotChecked(
  page: Page,
  name: string,
): Promise<{ bytes: number; variance: number; inkShare: number }> {
  const file = join(shotsDir, `${name}.png`);
  const png = await page.screenshot({ path: file, fullPage: true });
  const image = decodePng(png);
  const figures = imageFigures(image);
  const viewport = page.viewportSize();
  expect(image.width).toBe(viewport?.width);
  expect(image.height).toBeGreaterThanOrEqual(viewport?.height ?? 0);
  // Non-blank: real variation in luminance, a visible share of ink, and more than a handful of colours.
  expect(figures.variance).toBeGreaterThan(200);
  expect(figures.inkShare).toBeGreaterThan(0.02);
  expect(figures.distinctColours).toBeGreaterThan(20);
  return { bytes: png.length, variance: Math.round(figures.variance), inkShare: Number(figures.inkShare.toFixed(3)) };
}

beforeAll(async () => {
  buildPage(outDir);
  mkdirSync(shotsDir, { recursive: true });
  ({ baseUrl, server } = await preview(outDir));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe("the intake page in Chromium", () => {
  it("registers a named complaint: status, suggestion with evidence, validation, deadlines, language, axe, screenshots", async () => {
    const page = await openPage(1280, 900);

    // Chinese text must render as glyphs, not as empty boxes (a CJK font such as fonts-wqy-zenhei is installed).
    expect(await rendersCjk(page), "Chinese text renders as empty boxes: install a CJK font (fonts-wqy-zenhei)").toBe(
      true,
    );

    // Status strip from the round's office hours: a Monday at 10:00 inside the acceptance window.
    await expect.poll(() => page.locator("#open-now").textContent()).toContain("受理中");
    expect(await page.locator("#days-left").textContent()).toContain("2025-01-07");

    // Source, team, and a named complainant whose fields are marked confidential.
    await page.getByLabel("受理渠道").selectOption("phone");
    await page.getByLabel("巡视组").selectOption("1");
    await page.getByLabel("实名").check();
    await expect.poll(() => page.locator("#named-fields").isVisible()).toBe(true);
    expect(await page.locator(".field.confidential .badge").count()).toBe(5);
    await page.getByLabel("姓名").first().fill("王某某");
    await page.getByLabel("联系方式").fill("138 0000 0000");

    // A bad ID number: a live message in Chinese next to the field, and its English switch.
    const idNumber = page.getByLabel("身份证号");
    await idNumber.fill("1234");
    await idNumber.blur();
    const idError = page.locator("#err-complainant-idNumber");
    await expect.poll(() => idError.isVisible()).toBe(true);
    expect(await idNumber.getAttribute("aria-invalid")).toBe("true");
    expect(await idError.locator(".msg").textContent()).toMatch(/[\u4e00-\u9fff]/);
    await idError.getByRole("button", { name: "用英文显示此提示" }).click();
    await expect.poll(() => idError.locator(".msg").getAttribute("lang")).toBe("en");
    expect(await idError.locator(".msg").textContent()).toMatch(/[A-Za-z]{4,}/);
    await idNumber.fill("");
    await idNumber.blur();
    await expect.poll(() => idError.isVisible()).toBe(false);

    // A subject.
    await page.getByRole("button", { name: "添加被反映人" }).click();
    const subject = page.locator("fieldset.subject").first();
    await subject.getByLabel("姓名").fill("李某");
    await subject.getByLabel("单位").fill("某县住建局");
    await subject.getByLabel("职务").fill("局长");
    await subject.getByLabel("身份").selectOption("leadership-team");

    // The content: suggested categories with the evidence highlighted in the text, and the scope decision.
    const text = "县住建局局长李某收受开发商现金20万元，还多次在私人会所接受宴请。";
    await page.getByLabel("反映的主要问题").fill(text);
    await expect.poll(() => page.locator("#evidence mark").count()).toBeGreaterThan(0);
    const marked = await page.locator("#evidence mark").allTextContents();
    for (const m of marked) expect(text).toContain(m);
    expect(await page.locator("#evidence").textContent()).toBe(text);
    const checked = page.locator("#suggestions input[type=radio]:checked");
    expect(await checked.count()).toBe(1);
    const chosenCode = await checked.getAttribute("value");
    const chosenMarks = await page
      .locator("#evidence mark")
      .evaluateAll(
        (els, code) =>
          els.filter((el) => (el.getAttribute("data-codes") ?? "").split(" ").includes(String(code))).length,
        chosenCode,
      );
    expect(chosenMarks).toBeGreaterThan(0);
    await expect.poll(() => page.locator("#scope").textContent()).toContain("属于本轮巡视受理范围");

    // The clerk changes the category to another one, then confirms a suggested one again.
    await page.getByLabel("或选择其他类别").selectOption("integrity.gifts-and-money");
    expect(await page.locator("#suggestions input[type=radio]:checked").count()).toBe(0);
    await page.locator("#suggestions input[type=radio]").first().check();
    await page.getByLabel("或选择其他类别").selectOption("");

    // Submit: the deadlines with their explanations.
    await page.getByRole("button", { name: "提交登记" }).click();
    await page.locator("#result").waitFor();
    const notice = page.locator('li[data-rule="accusation.acceptance-notice"]');
    await notice.waitFor();
    const expectedDue = computeDeadline("2024-10-14", getDeadlineRule("accusation.acceptance-notice")).dueDate;
    expect(await notice.locator("time").getAttribute("datetime")).toBe(expectedDue);
    expect(await notice.locator(".explanation").textContent()).toMatch(/工作日/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("result-heading");

    // Statistics: SVG charts with no complainant data.
    expect(await page.locator("#stats svg[role=img]").count()).toBe(2);
    const stats = (await page.locator("#stats").textContent()) ?? "";
    expect(stats).not.toContain("王某某");
    expect(stats).not.toContain("李某");
    expect(stats).toContain("第1组");

    // Accessibility (Chinese page, with a result shown).
    expect(await runAxe(page)).toEqual([]);
    const desktopZh = await screenshotChecked(page, "desktop-zh");

    // Switch the language: the page, the deadlines and the charts follow.
    await page.getByRole("button", { name: "切换到英文界面" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Inspection complaint intake desk");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await notice.locator(".explanation").textContent()).toMatch(/working day/);
    expect(await page.locator("#stats").textContent()).toContain("Team 1");
    expect(await runAxe(page)).toEqual([]);
    const desktopEn = await screenshotChecked(page, "desktop-en");

    writeFileSync(join(shotsDir, "figures.json"), `${JSON.stringify({ desktopZh, desktopEn }, null, 2)}\n`);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("works with the keyboard only, shows the error summary, and fits a phone screen", async () => {
    const page = await openPage(390, 844);

    // Submitting an empty form from the keyboard: the summary takes the focus and links to the fields.
    await page.locator("#submit").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    expect(await page.locator("#error-summary a[href='#f-content']").count()).toBe(1);
    const phoneErrors = await screenshotChecked(page, "phone-errors");

    // Tab to the content, type, tab on to the submit button and press Enter.
    await page.locator("#f-channel").focus();
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.id)) !== "f-content"; i++)
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-content");
    await page.keyboard.type("反映某局长违规收受礼金");
    for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.id)) !== "submit"; i++)
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("submit");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("result-heading");
    // Anonymous: no statutory notice clock, and the page says so.
    expect(await page.locator("#result").textContent()).toContain("无法定告知时限");

    // Nothing wider than the phone screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await runAxe(page)).toEqual([]);
    const phone = await screenshotChecked(page, "phone-result");
    writeFileSync(join(shotsDir, "figures-phone.json"), `${JSON.stringify({ phoneErrors, phone }, null, 2)}\n`);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
