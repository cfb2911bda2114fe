#!/usr/bin/env node
// Runs the package's vitest suite once per time zone of the matrix, so that no result can depend on the host zone.
// Usage (from a package folder): node ../../scripts/vitest-tz.mjs [extra vitest args]
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const zones = (process.env.XUNSHI_TZ_MATRIX ?? "UTC,America/Los_Angeles,Asia/Shanghai,Pacific/Kiritimati").split(",");
const extra = process.argv.slice(2);
// Resolve vitest from the package being tested (works with or without node_modules/.bin on PATH).
const vitest = join(
  dirname(createRequire(join(process.cwd(), "package.json")).resolve("vitest/package.json")),
  "vitest.mjs",
);
for (const tz of zones) {
  console.log(`\n── vitest under TZ=${tz} ──`);
  const r = spawnSync(process.execPath, [vitest, "run", "--reporter=dot", ...extra], {
    stdio: "inherit",
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    console.error(`tests failed under TZ=${tz}`);
    process.exit(r.status ?? 1);
  }
}
