/**
 * When the pool starts another worker thread: only while the documents left would keep the
 * running workers busy for longer than a new worker's start-up, with a margin. Each thread loads
 * the pipeline (compromise, chrono, the rule tables: about a CPU second here) before its first
 * document, so a second worker only pays on a batch long enough to repay it, and only when the
 * machine has a core to give it (docs/performance.md).
 */

/** What the pool has measured so far. */
export interface GrowStats {
  /** Worker threads running or starting. */
  workers: number;
  /** The most the pool may run (`--concurrency`). */
  max: number;
  /** Documents not yet handed to a worker (the batch's, when the pool knows its size). */
  waiting: number;
  /** Milliseconds from a worker's creation to its first document's start; null until measured. */
  startupMs: number | null;
  /** Milliseconds a document takes on a warm worker; null until measured. */
  perDocumentMs: number | null;
  /** The machine's cores and its 1-minute load average (threads running or waiting to, ours included). */
  cores: number;
  load: number;
  /**
   * The machine's cores measured idle over the last second (every process counted, this one too);
   * null when not measured.
   */
  idle: number | null;
}

/**
 * How many times a new worker's start-up the waiting work must outlast. Note: 2, not 1, because
 * the start-up runs on the core the other worker would use and a second worker gives about 1.4×
 * (not 2×) on this machine kind, V8's compiler and collector sharing the second core.
 */
export const GROW_MARGIN = 2;

/**
 * The part of a core that must be idle for another worker. Note: on a machine whose cores are
 * all busy (other processes: a shared build machine, CI), a second worker was measured slower
 * than one (60 letters, load 18 on 2 cores: 25.8 s against 18.5 s): its start-up and V8's
 * compiler take CPU from the running worker instead of from an idle core.
 */
export const SPARE_CORE = 0.5;

/** True when one more worker would finish the batch sooner than the running ones alone. */
export function shouldGrow({ workers, max, waiting, startupMs, perDocumentMs, cores, load, idle }: GrowStats): boolean {
  if (workers >= max || waiting === 0 || startupMs === null || perDocumentMs === null) return false;
  // Note: the load average says what the cores held over the last minute, the idle time what they
  // hold now: both must leave the new worker half a core (docs/performance.md, session 23).
  if (cores - load < SPARE_CORE || (idle !== null && idle < SPARE_CORE)) return false;
  return (waiting * perDocumentMs) / workers > GROW_MARGIN * startupMs;
}
