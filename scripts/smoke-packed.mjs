#!/usr/bin/env node
// Checks the packages as users get them: `pnpm pack` each published package, verify the tarball holds only what we
// mean to ship, install the tarballs into a scratch project OUTSIDE the workspace with npm, and load every package with
// both `import` and `require`, comparing the export lists and running one real call.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const packagesDir = join(root, "packages");
const names = readdirSync(packagesDir).filter(
  (n) => !JSON.parse(readFileSync(join(packagesDir, n, "package.json"))).private,
);
const work = mkdtempSync(join(tmpdir(), "xunshi-smoke-"));
const allowed =
  /^package\/(package\.json|README\.md|LICENSE|CHANGELOG\.md|schema\.json|taxonomy\.json|dist\/.+\.(c?js|d\.c?ts)|data\/[^/]+\.json)$/;
const failures = [];
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

try {
  const tarballs = [];
  for (const name of names) {
    const dir = join(packagesDir, name);
    const out = run("pnpm", ["pack", "--pack-destination", work], dir).trim().split("\n").pop();
    const tarball = resolve(dir, out);
    tarballs.push(tarball);
    const files = run("tar", ["-tzf", tarball]).trim().split("\n");
    for (const f of files) {
      if (!allowed.test(f) || /\.test\.|__snapshots__|\/src\//.test(f))
        failures.push(`${name}: unexpected file in tarball: ${f}`);
    }
    console.log(`packed @xunshi/${name}: ${files.length} files`);
  }

  const app = join(work, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "scratch", private: true, version: "0.0.0" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs, "zod@^4"], app);

  for (const name of names) {
    const spec = `@xunshi/${name}`;
    const esm = run(
      "node",
      [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(spec)}); console.log(JSON.stringify(Object.keys(m).filter((k) => k !== "default").sort()));`,
      ],
      app,
    );
    const cjs = run(
      "node",
      ["-e", `const m = require(${JSON.stringify(spec)}); console.log(JSON.stringify(Object.keys(m).sort()));`],
      app,
    );
    const esmKeys = JSON.parse(esm);
    const cjsKeys = JSON.parse(cjs);
    if (esmKeys.length === 0) failures.push(`${spec}: the ESM entry exports nothing`);
    if (JSON.stringify(esmKeys) !== JSON.stringify(cjsKeys))
      failures.push(`${spec}: ESM and CJS export different names`);
    console.log(`${spec}: import and require both load ${esmKeys.length} exports`);
  }

  const check = `const c = require("@xunshi/calendar"); if (c.isWorkingDay("2024-10-12") !== true || c.isWorkingDay("2024-10-07") !== false) { throw new Error("calendar answers wrong from the packed build"); }`;
  run("node", ["-e", check], app);
  run(
    "node",
    [
      "--input-type=module",
      "-e",
      `import { isWorkingDay } from "@xunshi/calendar"; if (!isWorkingDay("2024-10-12")) throw new Error("wrong");`,
    ],
    app,
  );
  console.log("@xunshi/calendar: real calls from the packed build give the right answers (import and require)");
} catch (error) {
  failures.push(String(error?.stderr || error?.message || error));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\npacked-package smoke test failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("packed-package smoke test: all packages pass");
