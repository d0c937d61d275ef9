/**
 * A pool of worker threads (piscina) that processes one file per task, with a time limit
 * per document: a task past its limit is aborted, piscina terminates its thread (which
 * stops even a synchronous busy loop) and starts a new one, and the batch goes on.
 * The pool starts one worker at once and adds more, up to `concurrency`, only while the
 * documents waiting would repay another worker's start-up (grow.ts).
 */
import { availableParallelism, loadavg } from "node:os";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { ProcessOptions } from "../options.js";
import { createCpuMeter } from "./cpu-meter.js";
import { failedProcessed } from "./pool-failure.js";
import { GROW_MARGIN, shouldGrow, type GrowStats } from "./grow.js";
import type { BatchOptions, Done, Job, Processor } from "./processor.js";
import { startThread, stopThread, takeEarlyThread, threadUrl, whenLoaded, WORKER_HEAP_MB, type Thread } from "./thread.js";
import { workerOptions } from "./worker-module.js";

export { WORKER_HEAP_MB, workerUrl } from "./thread.js";
export { workerOptions } from "./worker-module.js";

/** How long a thread may take to start before a document's clock starts regardless. */
const STARTUP_MS = 60_000;

/** How often the pool looks again at whether another worker would pay, while documents wait. */
const GROW_CHECK_MS = 100;

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
  /** Test-only: when to add a worker, instead of `shouldGrow` (grow.ts). */
  grow?: (stats: GrowStats) => boolean;
}


/** One worker thread: a piscina pool of one, so that the pool decides how many run. */
interface Lane {
  pool: Thread;
  created: number;
  busy: boolean;
  /** When its current document started (the worker's message), or null. */
  since: number | null;
  /** True until its thread has finished a document: that one pays the thread's warm-up. */
  cold: boolean;
}

interface Waiting {
  job: Job;
  resolve: (done: Done) => void;
}

/**
 * A processor backed by up to `concurrency` worker threads; see the module comment. `expected`
 * is the number of documents the batch will submit (0: unknown, only the waiting ones count).
 */
export function createPoolProcessor(options: BatchOptions, poolOptions: PoolOptions = {}, expected = 0): Processor {
  const max = Math.max(1, Math.floor(options.concurrency));
  const url = poolOptions.workerUrl ?? threadUrl();
  const shared = workerOptions(options);
  const limited = Number.isFinite(options.timeoutMs) && options.timeoutMs > 0;
  const lanes: Lane[] = [];
  // Note: documents wait here, not in piscina's queue, so that a document's clock starts when
  // a thread takes it, and the look-ahead stays in the caller's hands.
  const waiting: Waiting[] = [];
  let submitted = 0;
  let startupMs: number | null = null;
  let warmMs = 0;
  let warmCount = 0;
  let closed = false;
  // Note: measured from the first document's start, once the pool's first thread has loaded.
  const meter = createCpuMeter();

  function addLane(): void {
    // Note: the first lane takes the thread the CLI started early, when it runs the default worker.
    const early = lanes.length === 0 && !poolOptions.workerUrl && !poolOptions.heapMb ? takeEarlyThread() : null;
    const pool = early?.thread ?? startThread(url, poolOptions.heapMb ?? WORKER_HEAP_MB);
    lanes.push({ pool, created: early?.created ?? performance.now(), busy: false, since: null, cold: true });
  }

  /** A warm worker's time per document; or, while one document outlasts the margin, its time so far. */
  function perDocumentMs(now: number): number | null {
    const mean = warmCount > 0 ? warmMs / warmCount : null;
    if (startupMs === null) return mean;
    const slowest = Math.max(0, ...lanes.map((lane) => (lane.since === null ? 0 : now - lane.since)));
    return slowest > GROW_MARGIN * startupMs ? Math.max(slowest, mean ?? 0) : mean;
  }

  function grow(): void {
    const now = performance.now();
    // Note: until this process's own use is measured, the pool does not grow (a test's rule aside).
    const own = meter.cores(now);
    if (own === null && !poolOptions.grow) return;
    const stats = {
      workers: lanes.length,
      max,
      waiting: waiting.length + Math.max(0, expected - submitted),
      startupMs,
      perDocumentMs: perDocumentMs(now),
      cores: availableParallelism(),
      // Note: the load average lags a minute behind; the cores this run keeps busy now (its
      // main thread and V8's threads beside the workers) are part of the load too (cpu-meter.ts).
      load: Math.max(loadavg()[0] ?? 0, own ?? 0),
      idle: meter.idle(now),
    };
    if (!closed && stats.workers < max && (poolOptions.grow ?? shouldGrow)(stats)) addLane();
  }

  const checker = max > 1 ? setInterval(() => waiting.length > 0 && grow(), GROW_CHECK_MS) : null;
  checker?.unref();

  async function run(lane: Lane, job: Job): Promise<Done> {
    const controller = new AbortController();
    const channel = new MessageChannel();
    let timer: NodeJS.Timeout | undefined;
    let fallback: NodeJS.Timeout | undefined;
    const startClock = (): void => {
      clearTimeout(fallback);
      if (limited) timer ??= setTimeout(() => controller.abort(), Math.min(options.timeoutMs, MAX_TIMER_MS));
    };
    // Note: the clock starts when a thread takes the document, not when it is queued, so
    // that the start of a replacement thread (loading compromise) is not charged to it;
    // should that signal never come, it starts anyway after STARTUP_MS.
    channel.port1.once("message", () => {
      lane.since = performance.now();
      meter.start(lane.since);
      startupMs ??= lane.since - lane.created;
      startClock();
    });
    if (limited) fallback = setTimeout(startClock, STARTUP_MS);
    const task: WorkerTask = { path: job.path, id: job.id, options: shared, started: channel.port2 };
    try {
      const done = await lane.pool.run(task, { signal: controller.signal, transferList: [channel.port2] });
      if (!lane.cold && lane.since !== null) {
        warmMs += performance.now() - lane.since;
        warmCount++;
      }
      lane.cold = false;
      return done;
    } catch (error) {
      // Note: piscina replaced the thread; its next document pays the new thread's warm-up.
      lane.cold = true;
      if (controller.signal.aborted) return failedProcessed(job, "TIMEOUT", `${options.timeoutMs / 1000} s`);
      if ((error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY") {
        return failedProcessed(job, "OUT_OF_MEMORY", `${poolOptions.heapMb ?? WORKER_HEAP_MB} MB`);
      }
      return failedProcessed(job, "WORKER_CRASHED", error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
      clearTimeout(fallback);
      channel.port1.close();
      lane.since = null;
    }
  }

  /** Hands waiting documents to free workers, in the order they came. */
  function dispatch(): void {
    for (const lane of lanes) {
      const next = lane.busy ? undefined : waiting.shift();
      if (!next) continue;
      lane.busy = true;
      void run(lane, next.job).then((done) => {
        lane.busy = false;
        next.resolve(done);
        if (max > lanes.length) grow();
        dispatch();
      });
    }
  }

  addLane();

  return {
    loaded: whenLoaded((lanes[0] as Lane).pool),
    process(job) {
      submitted++;
      if (closed) return Promise.resolve(failedProcessed(job, "WORKER_CRASHED", "the pool was closed"));
      const done = new Promise<Done>((resolve) => waiting.push({ job, resolve }));
      dispatch();
      return done;
    },
    async close() {
      closed = true;
      if (checker) clearInterval(checker);
      for (const { job, resolve } of waiting.splice(0)) resolve(failedProcessed(job, "WORKER_CRASHED", "the pool was closed"));
      // Note: a thread still loading its module is ended once loaded (thread.ts, stopThread).
      await Promise.all(lanes.map((lane) => stopThread(lane.pool)));
    },
  };
}
