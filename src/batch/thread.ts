/**
 * One worker thread of the pool (a piscina pool of one), and the CLI's early start of the first
 * one. Kept apart from pool.ts so that the CLI can start a thread before it loads the batch, the
 * writers and zod: the thread's import of the pipeline (most of a one-letter run) then runs on
 * the other core while the main thread loads the rest (docs/performance.md, issue 19).
 */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Piscina } from "piscina";
import type { WorkerTask } from "./pool.js";
import type { Done } from "./processor.js";

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

export type Thread = Piscina<WorkerTask, Done>;

/** Modification time of a file, or null when it is not there. */
function modified(url: URL): number | null {
  const path = fileURLToPath(url);
  return existsSync(path) ? statSync(path).mtimeMs : null;
}

/**
 * The worker module beside this one: once compiled, `worker.bundle.js` (the worker and what it
 * imports in one file, scripts/bundle-worker.ts) when it is at least as new as `worker.js`, else
 * `worker.js`; under vitest or tsx, where this file is the .ts source, `worker.ts`, loaded
 * through tsx (a dev dependency). Note: the date check keeps a tsc-only build from running the
 * code of an older bundle. `folder` is for tests.
 */
export function workerUrl(folder = new URL("./", import.meta.url)): URL {
  const compiled = new URL("worker.js", folder);
  const bundle = new URL("worker.bundle.js", folder);
  const compiledAt = modified(compiled);
  if (compiledAt === null) return new URL("worker.ts", folder);
  const bundledAt = modified(bundle);
  return bundledAt !== null && bundledAt >= compiledAt ? bundle : compiled;
}

/**
 * Regular expressions compiled straight to machine code (V8's flags are the process's, so the
 * worker threads' too). Why: by default V8 first compiles a regular expression to bytecode for
 * its interpreter and compiles it again to machine code on its second run; the extractors' rows
 * hold hundreds of large expressions (word lists, `/iu`), most run a few times per letter, so a
 * thread's first letter paid both compilations: ~480 ms of CPU against ~260 ms without the
 * interpreter step, and 20 letters 2.66 → 2.33 CPU s, 400 letters no slower (docs/performance.md,
 * issue 19). It changes no result: only how V8 runs the same expressions.
 */
let regexpFlagSet = false;
function compileRegexpsOnce(): void {
  if (regexpFlagSet) return;
  regexpFlagSet = true;
  setFlagsFromString("--no-regexp-tier-up");
}

/** Starts one thread running `url`; it begins loading the module at once (piscina preloads it). */
export function startThread(url: URL, heapMb: number): Thread {
  compileRegexpsOnce();
  const pool = new Piscina<WorkerTask, Done>({
    filename: url.href,
    minThreads: 1,
    maxThreads: 1,
    concurrentTasksPerWorker: 1,
    // Note: "async" lets a worker's event loop run between tasks (the OCR engine talks
    // over messages); "sync" would freeze it in Atomics.wait.
    atomics: "async",
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    execArgv: /\.[cm]?ts$/.test(url.pathname) ? ["--import", "tsx"] : [],
  });
  // Note: piscina emits "error" for an exception thrown in a thread between tasks (a late
  // timer, say); unheard, it would end the whole process. That thread is replaced, and no
  // document is left to report it on.
  pool.on("error", () => undefined);
  return pool;
}

/** A thread started before the pool that will use it, and when. */
export interface EarlyThread {
  thread: Thread;
  created: number;
}

let early: EarlyThread | null = null;

/**
 * Starts the default worker thread now, for the next pool with default options to take
 * (`takeEarlyThread`). The CLI calls it as soon as it knows the command is `extract`.
 */
export function startEarlyThread(): void {
  early ??= { thread: startThread(workerUrl(), WORKER_HEAP_MB), created: performance.now() };
}

/** The thread `startEarlyThread` started, once; null when there is none. */
export function takeEarlyThread(): EarlyThread | null {
  const taken = early;
  early = null;
  return taken;
}

/** Stops an early thread no pool took (a usage error, nothing left to process), so that the process can exit. */
export async function stopEarlyThread(): Promise<void> {
  await takeEarlyThread()?.thread.destroy();
}
