import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/main.ts", "src/load.ts"],
  format: ["esm"],
  dts: false,
  sourcemap: false,
  clean: true,
  target: "node20",
  external: [
    "@xunshi/calendar",
    "@xunshi/domain",
    "@xunshi/complaints",
    "hono",
    "@hono/node-server",
    "@hono/zod-openapi",
    "better-sqlite3",
    "pg",
    "kysely",
    "zod",
    "autocannon",
  ],
});
