/**
 * The worker-thread side of the pool: each task is one file, read, parsed and processed
 * here, so that the main thread only schedules and writes.
 * Note: piscina has no per-thread teardown hook, so this thread does not call `closeOcr()`;
 * a tesseract engine it started is a nested worker thread, which Node stops together with
 * this thread when the pool destroys it (checked in tests/batch/pool.test.ts).
 */
import { processFile } from "../pipeline.js";
import { saveCompromiseCache } from "../extract/nlp.js";
import { csvRows } from "../write/csv.js";
import { formatJson } from "../write/json.js";
import type { ProcessOptions } from "../options.js";
import type { WorkerTask } from "./pool.js";
import type { Done } from "./processor.js";
import { parentPort } from "node:worker_threads";

// Note: tells the main thread this thread has loaded its module, so that it is never ended in the
// middle of that load (thread.ts, stopThread); piscina passes the message on as its "message"
// event. From setImmediate: once piscina's require() of this module has returned.
setImmediate(() => parentPort?.postMessage({ casebook: "loaded" }));

/** Processes one file and formats its output; never throws (see `processFile`). */
export async function processDocument(path: string, id: string, options: ProcessOptions): Promise<Done> {
  const processed = await processFile(path, id, options);
  saveCompromiseCache();
  return { ...processed, json: formatJson(processed.result), csv: csvRows(processed.result) };
}

/** A worker thread's task: tells the pool that the document has started (its clock), then processes it. */
export default async function processTask(task: WorkerTask): Promise<Done> {
  task.started.postMessage(null);
  return processDocument(task.path, task.id, task.options);
}
