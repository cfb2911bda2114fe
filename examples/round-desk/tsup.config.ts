import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  sourcemap: false,
  clean: true,
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  external: ["@xunshi/calendar", "@xunshi/domain", "@xunshi/complaints", "zod"],
});
