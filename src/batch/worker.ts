/**
 * The worker-thread side of the pool: each task is one file, read, parsed and processed
 * here, so that the main thread only schedules and writes.
 * Note: piscina has no per-thread teardown hook, so this thread does not call `closeOcr()`;
 * a tesseract engine it started is a nested worker thread, which Node stops together with
 * this thread when the pool destroys it (checked in tests/batch/pool.test.ts).
 */
import { processFile, type Processed } from "../pipeline.js";
import type { WorkerTask } from "./pool.js";

/** Processes one file; never throws (see `processFile`). */
export default function processTask(task: WorkerTask): Promise<Processed> {
  task.started.postMessage(null);
  return processFile(task.path, task.id, task.options);
}
