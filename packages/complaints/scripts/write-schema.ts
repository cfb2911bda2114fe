// Writes the JSON artifacts shipped for services in other languages, from the package's own sources. Run by
// `pnpm build`; src/json-schema.test.ts and src/taxonomy.test.ts fail when a committed file is stale.
// - schema.json   (@xunshi/complaints/schema.json): JSON Schema 2020-12 of the complaint, disposition and taxonomy
// - taxonomy.json (@xunshi/complaints/taxonomy.json): the taxonomy document, every node included
import { writeFileSync } from "node:fs";
import { getJsonSchema } from "../src/json-schema";
import { getTaxonomy } from "../src/taxonomy";

writeFileSync(new URL("../schema.json", import.meta.url), `${JSON.stringify(getJsonSchema(), null, 2)}\n`);
writeFileSync(new URL("../taxonomy.json", import.meta.url), `${JSON.stringify(getTaxonomy(), null, 2)}\n`);
