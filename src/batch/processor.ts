/**
 * How a batch gets its documents processed. Files go to a pool of worker threads (pool.ts),
 * the only place a per-document time limit can stop synchronous work; the inline processor
 * runs documents on the calling thread, for the library and for comparisons in tests.
 */
import pLimit from "p-limit";
import type { Processed } from "../pipeline.js";
import type { MessageCode } from "../messages.js";
import type { ProcessOptions } from "../options.js";
import type { CsvRows } from "../write/csv.js";
import { createMainThreadProcessor, takeMainThread } from "./main-thread.js";

export interface Job {
  /** Absolute or cwd-relative path of the file. */
  path: string;
  /** Document id: the path relative to its input root. */
  id: string;
  /** The document's `source` when it is not `path` (`-`: standard input, via a temporary file). */
  source?: string;
  /** Set when the walk could not use the entry: the document fails with it, unread. */
  error?: { code: MessageCode; detail: string };
}

export interface BatchOptions extends ProcessOptions {
  /** Worker threads, and documents in flight at once. */
  concurrency: number;
  /** Per-document time limit in milliseconds; 0 or Infinity means none. */
  timeoutMs: number;
}

/**
 * A document as the batch receives it: a worker also formats its JSON and CSV rows, so that
 * the main thread only writes them (it stays idle enough to feed every worker).
 */
export interface Done extends Processed {
  json?: string;
  csv?: CsvRows;
}

export interface Processor {
  /** Processes one file; never rejects (a failure is a failed document). */
  process(job: Job): Promise<Done>;
  /**
   * Settled once the first worker thread has loaded its module (or has gone): from then on the
   * main thread only waits for the first document. None on the inline processor.
   */
  loaded?: Promise<void>;
  /** Stops the workers (or the OCR engine) so that the process can exit. */
  close(): Promise<void>;
}

/**
 * The batch's processor: the main thread's pipeline when the CLI started one for a small batch of
 * short texts (main-thread.ts), else a pool of worker threads, even for one document; it starts
 * one and grows to at most `concurrency` while the `expected` documents repay a thread's start-up.
 * Note: a worker is a thread of its own because a time limit cannot stop a synchronous parse
 * (compromise, a pathological PDF) running on the main thread. The pool's module (and piscina
 * with it) loads only when a pool is made.
 */
export function createProcessor(options: BatchOptions, expected = 0): Processor {
  const main = takeMainThread();
  if (main) return createMainThreadProcessor(options, main);
  const pool = import("./pool.js").then(({ createPoolProcessor }) => createPoolProcessor(options, {}, expected));
  return {
    loaded: pool.then((made) => made.loaded),
    process: async (job) => (await pool).process(job),
    close: async () => (await pool).close(),
  };
}

/**
 * Processes documents on the calling thread, p-limit bounding how many are in flight.
 * Ignores `timeoutMs`: nothing can interrupt synchronous work on this thread.
 */
export function createInlineProcessor(options: BatchOptions): Processor {
  const limit = pLimit(Math.max(1, Math.floor(options.concurrency)));
  // Note: loaded lazily so that the pool path never loads compromise on the main thread.
  const pipeline = import("../pipeline.js");
  return {
    process: (job) => limit(async () => (await pipeline).processFile(job.path, job.id, options)),
    async close() {
      const { closeOcr } = await import("../read/ocr.js");
      await closeOcr();
    },
  };
}
