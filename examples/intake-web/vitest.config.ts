import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineConfig({
  resolve: { alias: workspaceAliases },
  define: { __INTAKE_SERVICE_URL__: JSON.stringify("") },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The browser test builds the page, serves it and drives Chromium: one file at a time, generous hooks.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
