import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { composite: false, paths: {} } },
  sourcemap: false,
  clean: true,
  target: "node20",
});
