/** Per-document files: `json/<id>.json` (the result) and `text/<id>.txt` (the normalised text). */
import { join } from "node:path";
import type { Processed } from "../pipeline.js";
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

/** The JSON Schema of `json/*.json`, written beside the output. */
export async function writeSchema(outDir: string): Promise<void> {
  // Note: imported here, not at the top, so that a worker thread (which formats JSON) never loads zod.
  const { resultJsonSchema } = await import("../records.js");
  await writeFileAtomic(join(outDir, "schema.json"), formatJson(resultJsonSchema()));
}
