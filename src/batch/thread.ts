/**
 * One worker thread of the pool (a piscina pool of one), and the CLI's early start of the first
 * one. Kept apart from pool.ts so that the CLI can start a thread before it loads the batch, the
 * writers and zod: the thread's import of the pipeline (most of a one-letter run) then runs on
 * the other core while the main thread loads the rest (docs/performance.md, issue 19).
 */
import { Piscina } from "piscina";
import type { WorkerTask } from "./pool.js";
import type { Done } from "./processor.js";
import { threadUrl, workerUrl } from "./worker-module.js";

export { threadUrl, workerUrl };

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


/**
 * Note: V8's `--no-regexp-tier-up` (regular expressions compiled straight to machine code: a
 * thread's first letter ~480 → ~260 ms of CPU, issue 19) is given when the process starts — the
 * CLI's shebang, `npm start`, the bench — and no longer set here with `v8.setFlagsFromString`.
 * Set at run time, it changed how V8 runs the expressions the main thread had already compiled
 * (Node's own module resolver's among them), and a run died by SIGSEGV in the main thread's
 * regular-expression code, jumping into a data page while it resolved `any-ascii` (a core file
 * of `scripts/stress-cli.ts`; docs/performance.md, "Deaths by a signal"). Node warns that
 * changing V8's flags after start may crash.
 */

/** How long `stopThread` waits for a thread to finish loading its module before ending it anyway. */
const LOAD_WAIT_MS = 60_000;

/** Per thread: settled once its worker has loaded its module, or has gone (failed, ended). */
const loading = new WeakMap<Thread, { settled: boolean; done: Promise<void> }>();

/** Whether `thread`'s current worker has loaded its module (or has gone); for tests. */
export function threadLoaded(thread: Thread): boolean {
  return loading.get(thread)?.settled ?? true;
}

/** Settled once `thread`'s current worker has loaded its module or has gone. */
export function whenLoaded(thread: Thread): Promise<void> {
  return loading.get(thread)?.done ?? Promise.resolve();
}

/** Follows each worker piscina starts for `thread` (the first, and a replacement after a crash or TIMEOUT) until it has loaded. */
function trackLoading(thread: Thread): void {
  const begin = (): void => {
    let settle = (): void => undefined;
    const state = { settled: false, done: new Promise<void>((resolve) => (settle = resolve)) };
    const finish = (): void => {
      state.settled = true;
      settle();
    };
    loading.set(thread, state);
    const onMessage = (message: unknown): void => {
      if ((message as { casebook?: unknown } | null)?.casebook !== "loaded") return;
      thread.off("message", onMessage);
      thread.off("workerDestroy", onGone);
      finish();
    };
    const onGone = (): void => {
      thread.off("message", onMessage);
      finish();
    };
    thread.on("message", onMessage);
    thread.once("workerDestroy", onGone);
  };
  begin();
  // Note: piscina emits workerCreate for its first worker in a microtask, after `begin` above.
  let first = true;
  thread.on("workerCreate", () => {
    if (first) first = false;
    else begin();
  });
}

/**
 * Ends `thread`, once its worker has loaded its module. Why: piscina loads an ES module worker
 * with `require()` first, which Node ≥ 20.19 runs synchronously (require(esm)); a worker
 * terminated in the middle of it aborted the whole process ("FATAL ERROR:
 * v8::Module::IsGraphAsync must be used on an instantiated module", SIGABRT; seen with a loop of
 * pools started and destroyed at once, docs/performance.md). A thread ends while it loads when a
 * run stops before its early thread or a newly added one is ready (a usage error, nothing to
 * process, a short batch).
 */
export async function stopThread(thread: Thread): Promise<void> {
  const state = loading.get(thread);
  if (state && !state.settled) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([state.done, new Promise<void>((resolve) => (timer = setTimeout(resolve, LOAD_WAIT_MS)))]);
    clearTimeout(timer);
  }
  await thread.destroy();
}

/** Starts one thread running `url`; it begins loading the module at once (piscina preloads it). */
export function startThread(url: URL, heapMb: number): Thread {
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
  trackLoading(pool);
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
  early ??= { thread: startThread(threadUrl(), WORKER_HEAP_MB), created: performance.now() };
}

/** The thread `startEarlyThread` started, once; null when there is none. */
export function takeEarlyThread(): EarlyThread | null {
  const taken = early;
  early = null;
  return taken;
}

/** Stops an early thread no pool took (a usage error, nothing left to process), so that the process can exit. */
export async function stopEarlyThread(): Promise<void> {
  const taken = takeEarlyThread();
  if (taken) await stopThread(taken.thread);
}
