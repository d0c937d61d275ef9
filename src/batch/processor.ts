/**
 * How a batch gets its documents processed. This inline processor runs them on the main
 * thread, p-limit bounding how many are in flight.
 */
import pLimit from "p-limit";
import { processFile, type Processed, type ProcessOptions } from "../pipeline.js";

export interface Job {
  /** Absolute or cwd-relative path of the file. */
  path: string;
  /** Document id: the path relative to its input root. */
  id: string;
}

export interface BatchOptions extends ProcessOptions {
  concurrency: number;
  /** Per-document time limit in milliseconds. */
  timeoutMs: number;
}

export interface Processor {
  process(job: Job): Promise<Processed>;
  close(): Promise<void>;
}

export function createProcessor(options: BatchOptions): Processor {
  const limit = pLimit(Math.max(1, options.concurrency));
  return {
    process: (job) => limit(() => processFile(job.path, job.id, options)),
    async close() {},
  };
}
