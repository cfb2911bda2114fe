// Writes schema.json (shipped as @xunshi/complaints/schema.json) from the zod schemas. Run by `pnpm build`;
// src/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { getJsonSchema } from "../src/json-schema";

writeFileSync(new URL("../schema.json", import.meta.url), `${JSON.stringify(getJsonSchema(), null, 2)}\n`);
