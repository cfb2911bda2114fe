// Writes schema.json (shipped as @xunshi/domain/schema.json) from the zod schemas. Run by `pnpm build`;
// src/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { getRoundJsonSchema } from "../src/json-schema";

writeFileSync(new URL("../schema.json", import.meta.url), `${JSON.stringify(getRoundJsonSchema(), null, 2)}\n`);
