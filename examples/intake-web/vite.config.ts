import { defineConfig } from "vite";
import { workspaceAliases } from "../../vitest.shared.ts";

// INTAKE_SERVICE_URL (e.g. http://127.0.0.1:8787) makes `vite` and `vite preview` proxy /api to a running
// examples/intake-service, and the built page then talks to /api by default (same origin: no CORS needed).
const service = process.env.INTAKE_SERVICE_URL;
const proxy = service
  ? { "/api": { target: service, changeOrigin: true, rewrite: (path: string) => path.replace(/^\/api/, "") } }
  : undefined;

export default defineConfig({
  // Relative asset URLs, so the built page also works from a sub-path.
  base: "./",
  // The @xunshi/* packages are bundled from their sources: the page never depends on a stale dist.
  resolve: { alias: workspaceAliases },
  define: { __INTAKE_SERVICE_URL__: JSON.stringify(service ? "/api" : "") },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { host: "127.0.0.1", ...(proxy ? { proxy } : {}) },
  preview: { host: "127.0.0.1", ...(proxy ? { proxy } : {}) },
});
