/**
 * schema.json's text (the JSON Schema of a per-document result), made once at build time from
 * records.ts's zod schema into `dist/src/write/schema.prebuilt.json` (`PREBUILT_SCHEMA`), run by
 * `npm run build`. Why: every `extract` wrote it, and made it by loading zod on the main thread
 * (issue 19, docs/performance.md). `src/write/json.ts` reads the copy when it is at least as new
 * as the compiled records module.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resultJsonSchema } from "../src/records.js";
import { formatJson, PREBUILT_SCHEMA } from "../src/write/json.js";

writeFileSync(fileURLToPath(PREBUILT_SCHEMA), formatJson(resultJsonSchema()));
