/**
 * How many cores this process keeps busy, all its threads together (the workers, the main
 * thread's writing, V8's compiler and collector threads), and how many of the machine's cores
 * sat idle, both measured over the last second or so.
 * Why the pool needs them (docs/performance.md, "Why a second worker did not pay", and "Small
 * batches, session 23"): one worker's run of one-page letters already kept about two cores busy
 * (worker 5.9, main thread 2.9, V8's threads 3.1 CPU s for 400 letters), so on two cores a second
 * worker had no idle core to run on, and cost ~3 CPU s more in all; the machine's load average
 * lags a minute behind a run that has just started and cannot tell, nor can it tell that other
 * processes have just taken the cores it still counts as free.
 */
import { cpus } from "node:os";

/** The shortest span a rate is measured over, in ms: shorter ones are mostly noise. */
export const METER_WINDOW_MS = 1_000;

interface Sample {
  wall: number;
  cpu: number;
  idle: number | null;
}

/** The process's CPU time in ms (user and system, every thread). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The machine's idle time in ms, summed over its cores; null where the system does not say. */
function idleMs(): number | null {
  const list = cpus();
  return list.length === 0 ? null : list.reduce((sum, cpu) => sum + cpu.times.idle, 0);
}

export interface CpuMeter {
  /** Starts measuring (again no-op once started): call when the work to measure begins. */
  start(now: number): void;
  /** Cores busy over the last complete window (CPU ms per wall ms); null until one has passed. */
  cores(now: number): number | null;
  /** The machine's cores idle over the same window; null until one has passed, or unknown. */
  idle(now: number): number | null;
}

/** A meter over rolling windows of at least `windowMs`; `read` and `readIdle` are for tests. */
export function createCpuMeter(windowMs = METER_WINDOW_MS, read: () => number = cpuMs, readIdle: () => number | null = idleMs): CpuMeter {
  let from: Sample | null = null;
  let rate: number | null = null;
  let idle: number | null = null;
  const sample = (wall: number): Sample => ({ wall, cpu: read(), idle: readIdle() });
  function roll(now: number): void {
    if (from === null || now - from.wall < windowMs) return;
    const next = sample(now);
    const span = now - from.wall;
    rate = (next.cpu - from.cpu) / span;
    // Note: a counter that went back (a system that resets it) says nothing: unknown.
    idle = next.idle === null || from.idle === null || next.idle < from.idle ? null : (next.idle - from.idle) / span;
    from = next;
  }
  return {
    start(now) {
      from ??= sample(now);
    },
    cores(now) {
      roll(now);
      return rate;
    },
    idle(now) {
      roll(now);
      return idle;
    },
  };
}
