/** Per-document files: `json/<id>.json` (the result) and `text/<id>.txt` (the normalised text). */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Processed } from "../pipeline.js";
import { readPrebuilt } from "../prebuilt.js";
import { writeFileAtomic } from "./atomic.js";

/** JSON as casebook writes it: two-space indent and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes a document's two files; `json` is its result already formatted, when it was. */
export async function writeDocument(outDir: string, processed: Processed, json = formatJson(processed.result)): Promise<void> {
  const id = processed.result.document.id;
  await writeFileAtomic(join(outDir, "json", `${id}.json`), json);
  await writeFileAtomic(join(outDir, "text", `${id}.txt`), processed.text);
}

/**
 * Where the build writes schema.json's text (scripts/schema-file.ts), beside this module: made
 * from zod's schema at every run, it loaded zod's ~770 KB on the main thread of every `extract`
 * (~35 ms of CPU) for a file that changes only with the code (issue 19).
 */
export const PREBUILT_SCHEMA = new URL("./schema.prebuilt.json", import.meta.url);

/** The compiled module that defines the schema: the build's copy must be at least as new. */
const RECORDS_MODULE = new URL("../records.js", import.meta.url);

/** schema.json's text: the build's copy when it is current, else made from records.ts's schema. */
export async function schemaText(): Promise<string> {
  const prebuilt = readPrebuilt(fileURLToPath(PREBUILT_SCHEMA), fileURLToPath(RECORDS_MODULE));
  if (prebuilt !== null) return prebuilt;
  // Note: imported here, not at the top, so that a worker thread (which formats JSON) never loads zod.
  const { resultJsonSchema } = await import("../records.js");
  return formatJson(resultJsonSchema());
}

/** The JSON Schema of `json/*.json`, written beside the output. */
export async function writeSchema(outDir: string): Promise<void> {
  await writeFileAtomic(join(outDir, "schema.json"), await schemaText());
}
