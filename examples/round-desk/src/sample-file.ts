import { fileURLToPath } from "node:url";

/**
 * The bundled sample batch. This module sits directly in `src/`, and tsup bundles it into `dist/cli.js`: from either
 * place, `../data/` is the package's data folder.
 */
export const SAMPLE_FILE = fileURLToPath(new URL("../data/sample-complaints.jsonl", import.meta.url));
