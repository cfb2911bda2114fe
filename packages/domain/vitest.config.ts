import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared.ts";

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});
