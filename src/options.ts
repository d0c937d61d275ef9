/**
 * What a document is processed with, and the defaults. Kept apart from pipeline.ts so that
 * the CLI and the batch's main thread can read them without loading the extractors
 * (compromise alone is ~50 MB and a second of CPU on a thread that never uses it).
 */
import type { AnalyseOptions } from "./extract/types.js";
import type { ReadOptions } from "./read/types.js";

export interface ProcessOptions extends AnalyseOptions, ReadOptions {
  /** Files larger than this fail with TOO_LARGE before they are read. */
  maxBytes: number;
}

export const DEFAULT_OPTIONS: ProcessOptions = {
  dateOrder: "auto",
  ocr: true,
  ocrDpi: 300,
  maxBytes: 25 * 1024 * 1024,
  maxPages: 2000,
};
