/**
 * A pool of worker threads (piscina) that processes one file per task, with a time limit
 * per document: a task past its limit is aborted, piscina terminates its thread (which
 * stops even a synchronous busy loop) and starts a new one, and the batch goes on.
 */
import { existsSync } from "node:fs";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import pLimit from "p-limit";
import { Piscina } from "piscina";
import type { ProcessOptions } from "../options.js";
import { failedProcessed } from "./pool-failure.js";
import type { BatchOptions, Done, Job, Processor } from "./processor.js";

/** How long a thread may take to start before a document's clock starts regardless. */
const STARTUP_MS = 60_000;

/**
 * The old-generation heap a worker may use, in MB. A letter needs a few tens of MB; the limit
 * stops a pathological document from taking the machine (it fails with OUT_OF_MEMORY), and it
 * makes V8 collect sooner: under a 1 GB limit its heap grows by at most 1.6× between full
 * collections instead of 4×.
 */
export const WORKER_HEAP_MB = 1024;

/**
 * A worker's young generation, in MB. Note: with the 1 GB limit alone, a document's short-lived
 * objects reached the old generation and V8 ran full collections often (text batches took ~30%
 * more CPU); a larger young generation lets them die young. 32 MB, with the CLI's
 * `--single-threaded-gc`, measured best for both CPU and peak memory (docs/performance.md).
 */
const WORKER_YOUNG_MB = 32;

/** Node's timers overflow past this (about 24.8 days) and would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What crosses to a worker: structured-clone friendly. */
export interface WorkerTask extends Job {
  options: ProcessOptions;
  /** The worker posts one message here when it starts the document: the clock starts then. */
  started: MessagePort;
}

export interface PoolOptions {
  /** Test-only: a worker module to run instead of worker.ts (e.g. one that hangs). */
  workerUrl?: URL;
  /** Test-only: a worker's heap limit in MB instead of WORKER_HEAP_MB. */
  heapMb?: number;
}

/**
 * The worker module beside this one: `worker.js` once compiled; under vitest or tsx, where
 * this file is the .ts source, `worker.ts`, loaded through tsx (a dev dependency).
 */
export function workerUrl(): URL {
  const compiled = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(compiled)) ? compiled : new URL("./worker.ts", import.meta.url);
}

/**
 * Only the options a worker needs, without the batch's own (functions and signals such
 * as a caller's `onDocument` cannot be cloned to another thread).
 */
export function workerOptions(options: BatchOptions): ProcessOptions {
  const entries = Object.entries(options).filter(
    ([key, value]) =>
      key !== "concurrency" && key !== "timeoutMs" && typeof value !== "function" && !(value instanceof EventTarget),
  );
  return Object.fromEntries(entries) as unknown as ProcessOptions;
}

/** A processor backed by `concurrency` worker threads; see the module comment. */
export function createPoolProcessor(options: BatchOptions, poolOptions: PoolOptions = {}): Processor {
  const threads = Math.max(1, Math.floor(options.concurrency));
  const url = poolOptions.workerUrl ?? workerUrl();
  const pool = new Piscina<WorkerTask, Done>({
    filename: url.href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    // Note: "async" lets a worker's event loop run between tasks (the OCR engine talks
    // over messages); "sync" would freeze it in Atomics.wait.
    atomics: "async",
    resourceLimits: { maxOldGenerationSizeMb: poolOptions.heapMb ?? WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    execArgv: /\.[cm]?ts$/.test(url.pathname) ? ["--import", "tsx"] : [],
  });
  // Note: piscina emits "error" for an exception thrown in a thread between tasks (a late
  // timer, say); unheard, it would end the whole process. That thread is replaced, and no
  // document is left to report it on.
  pool.on("error", () => undefined);
  const shared = workerOptions(options);
  const limited = Number.isFinite(options.timeoutMs) && options.timeoutMs > 0;
  // Note: p-limit keeps piscina's queue empty, so a document's clock starts when a thread
  // takes it, not while it waits behind others, and look-ahead stays in the caller's hands.
  const limit = pLimit(threads);

  async function run(job: Job): Promise<Done> {
    const controller = new AbortController();
    const channel = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    let fallback: NodeJS.Timeout | undefined;
    const startClock = (): void => {
      clearTimeout(fallback);
      timer ??= setTimeout(() => controller.abort(), Math.min(options.timeoutMs, MAX_TIMER_MS));
    };
    // Note: the clock starts when a thread takes the document, not when it is queued, so
    // that the start of a replacement thread (loading compromise) is not charged to it;
    // should that signal never come, it starts anyway after STARTUP_MS.
    if (limited) {
      channel.port1.once("message", startClock);
      fallback = setTimeout(startClock, STARTUP_MS);
    }
    const task: WorkerTask = { path: job.path, id: job.id, options: shared, started: channel.port2 };
    try {
      return await pool.run(task, { signal: controller.signal, transferList: [channel.port2] });
    } catch (error) {
      if (controller.signal.aborted) return failedProcessed(job, "TIMEOUT", `${options.timeoutMs / 1000} s`);
      if ((error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY") {
        return failedProcessed(job, "OUT_OF_MEMORY", `${poolOptions.heapMb ?? WORKER_HEAP_MB} MB`);
      }
      return failedProcessed(job, "WORKER_CRASHED", error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
      clearTimeout(fallback);
      channel.port1.close();
    }
  }

  return {
    process: (job) => limit(() => run(job)),
    close: () => pool.destroy(),
  };
}
