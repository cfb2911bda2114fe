import { fileURLToPath } from "node:url";

/** Resolve workspace packages to their sources, so tests never need a prior build. */
export const workspaceAliases = {
  "@xunshi/calendar": fileURLToPath(new URL("./packages/calendar/src/index.ts", import.meta.url)),
  "@xunshi/domain": fileURLToPath(new URL("./packages/domain/src/index.ts", import.meta.url)),
  "@xunshi/complaints": fileURLToPath(new URL("./packages/complaints/src/index.ts", import.meta.url)),
};
