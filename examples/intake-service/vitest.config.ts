import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared";

// TEMPORARY (while @xunshi/complaints has no src/index.ts yet): resolve it to the suggestion module alone.
const complaintsIndex = workspaceAliases["@xunshi/complaints"];
const aliases = existsSync(complaintsIndex)
  ? workspaceAliases
  : {
      ...workspaceAliases,
      "@xunshi/complaints": fileURLToPath(
        new URL("../../packages/complaints/src/suggest-categories.ts", import.meta.url),
      ),
    };

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The PostgreSQL suite and the crash test share one database and spawn servers: run files one at a time.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
