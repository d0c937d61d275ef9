/**
 * A small batch of plain-text letters processed on the main thread, with no worker thread at all
 * (issue 19). Why: a worker thread's own start (Node's bootstrap of the thread, piscina, the
 * hand-off and the thread's end) is most of what a one-letter run waits for beyond the pipeline
 * itself, while the main thread idles (docs/performance.md, "Small batches, session 16"). Why
 * only then: a worker is what lets a time limit stop a document in the middle of a synchronous
 * parse and a heap limit fail it alone (TIMEOUT, OUT_OF_MEMORY); on the main thread neither can
 * be enforced, so it takes only batches whose documents are short texts (no PDF, DOCX, image or
 * scan, whose parsers can hang or take memory on a damaged file), a few of them, with the default
 * time limit, none read from standard input.
 */
import { open } from "node:fs/promises";
import { detectFormat } from "../read/detect.js";
import { failedProcessed } from "./pool-failure.js";
import type { BatchOptions, Done, Job, Processor } from "./processor.js";
import { loadWorkerModule, workerOptions, type WorkerModule } from "./worker-module.js";

/**
 * At most this many documents go on the main thread. Note: a worker's own start costs ~70–100 ms
 * of CPU (its bootstrap, piscina, Node's internals compiled again for its isolate), while each
 * document after the first costs the main thread ~15–20 ms of writing that a worker's run
 * overlaps; past about five documents the thread repays itself on an idle machine
 * (docs/performance.md, "Small batches, session 16").
 */
export const MAIN_THREAD_DOCUMENTS = 4;

/** Each of them at most this many bytes (a long letter: ~10k words, well under a second of the pipeline). */
export const MAIN_THREAD_BYTES = 64 * 1024;

let started: Promise<WorkerModule> | null = null;

/** The format of the file's first bytes and name, or null when it cannot be read or is too long. */
async function textFormat(path: string): Promise<string | null> {
  let file;
  try {
    file = await open(path, "r");
    const { size } = await file.stat();
    if (!(size > 0 && size <= MAIN_THREAD_BYTES)) return null;
    const bytes = new Uint8Array(size);
    await file.read(bytes, 0, size, 0);
    return detectFormat(bytes, path);
  } catch {
    return null;
  } finally {
    await file?.close();
  }
}

/**
 * Whether `jobs` go on the main thread: at most MAIN_THREAD_DOCUMENTS, each a readable text or
 * Markdown file of at most MAIN_THREAD_BYTES (by its content, as the reader chooses), and the
 * time limit the default one (`timeoutGiven` false: a user who sets one gets it enforced).
 */
export async function fitsMainThread(jobs: readonly Job[], timeoutGiven: boolean): Promise<boolean> {
  if (timeoutGiven || jobs.length === 0 || jobs.length > MAIN_THREAD_DOCUMENTS) return false;
  if (jobs.some((job) => job.error !== undefined || job.source !== undefined)) return false;
  const formats = await Promise.all(jobs.map((job) => textFormat(job.path)));
  return formats.every((format) => format === "text" || format === "markdown");
}

/** Starts importing the pipeline on the main thread, for the next `createProcessor` to take. */
export function startMainThread(): void {
  started ??= loadWorkerModule();
  started.catch(() => undefined);
}

/** The main thread's pipeline `startMainThread` began to import, once; null when there is none. */
export function takeMainThread(): Promise<WorkerModule> | null {
  const taken = started;
  started = null;
  return taken;
}

/**
 * A processor that runs documents one after the other on the main thread with the worker's own
 * module (`processDocument`: the same records, JSON and CSV rows as a worker's). It ignores the
 * time limit (see the module comment).
 */
export function createMainThreadProcessor(options: BatchOptions, pipeline: Promise<WorkerModule>): Processor {
  const shared = workerOptions(options);
  let queue: Promise<unknown> = pipeline;
  return {
    process(job: Job): Promise<Done> {
      // Note: like a worker that could not start, a pipeline that failed to load fails the document.
      const done = queue.then(async () => (await pipeline).processDocument(job.path, job.id, shared)).catch((error: unknown) =>
        failedProcessed(job, "WORKER_CRASHED", error instanceof Error ? error.message : String(error)),
      );
      queue = done;
      return done;
    },
    close: async () => undefined,
  };
}
