/** casebook as a library: the same pipeline the CLI runs, typed. */
export { analyse, processDocument, processFile, processText, DEFAULT_OPTIONS } from "./pipeline.js";
export type { Processed, ProcessOptions } from "./pipeline.js";
export { runBatch } from "./batch/run.js";
export type { RunOptions, OutputFormat } from "./batch/run.js";
export { collectJobs } from "./batch/walk.js";
export * from "./records.js";
export { MESSAGES, CasebookError } from "./messages.js";
export type { MessageCode } from "./messages.js";
export { VERSION } from "./version.js";

import { processFile, processText, DEFAULT_OPTIONS, type ProcessOptions } from "./pipeline.js";
import type { DocumentResult } from "./records.js";

/** Extracts the records of one file (any supported format). */
export async function extractFile(path: string, options: Partial<ProcessOptions> = {}): Promise<DocumentResult> {
  const id = path.split(/[\\/]/).pop() ?? path;
  return (await processFile(path, id, { ...DEFAULT_OPTIONS, ...options })).result;
}

/** Extracts the records of a letter's text; offsets point into the normalised text. */
export async function extractText(text: string, options: Partial<ProcessOptions> = {}): Promise<DocumentResult> {
  return (await processText(text, "text.txt", { ...DEFAULT_OPTIONS, ...options })).result;
}
