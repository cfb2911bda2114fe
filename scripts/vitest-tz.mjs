#!/usr/bin/env node
// Runs the package's vitest suite once per time zone of the matrix, so that no result can depend on the host zone.
// Usage (from a package folder): node ../../scripts/vitest-tz.mjs [extra vitest args]
import { spawnSync } from "node:child_process";

const zones = (process.env.XUNSHI_TZ_MATRIX ?? "UTC,America/Los_Angeles,Asia/Shanghai,Pacific/Kiritimati").split(",");
const extra = process.argv.slice(2);
for (const tz of zones) {
  console.log(`\n── vitest under TZ=${tz} ──`);
  const r = spawnSync("vitest", ["run", "--reporter=dot", ...extra], {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    console.error(`tests failed under TZ=${tz}`);
    process.exit(r.status ?? 1);
  }
}
