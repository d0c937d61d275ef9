/**
 * How many cores this process keeps busy, all its threads together (the workers, the main
 * thread's writing, V8's compiler and collector threads), measured over the last second or so.
 * Why the pool needs it (docs/performance.md, "Why a second worker did not pay"): one worker's
 * run of one-page letters already kept about two cores busy (worker 5.9, main thread 2.9, V8's
 * threads 3.1 CPU s for 400 letters), so on two cores a second worker had no idle core to run
 * on, and cost ~3 CPU s more in all; the machine's load average lags a minute behind a run that
 * has just started and cannot tell.
 */

/** The shortest span a rate is measured over, in ms: shorter ones are mostly noise. */
export const METER_WINDOW_MS = 1_000;

interface Sample {
  wall: number;
  cpu: number;
}

/** The process's CPU time in ms (user and system, every thread). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface CpuMeter {
  /** Starts measuring (again no-op once started): call when the work to measure begins. */
  start(now: number): void;
  /** Cores busy over the last complete window (CPU ms per wall ms); null until one has passed. */
  cores(now: number): number | null;
}

/** A meter over rolling windows of at least `windowMs`; `read` is for tests. */
export function createCpuMeter(windowMs = METER_WINDOW_MS, read: () => number = cpuMs): CpuMeter {
  let from: Sample | null = null;
  let rate: number | null = null;
  return {
    start(now) {
      from ??= { wall: now, cpu: read() };
    },
    cores(now) {
      if (from === null) return null;
      if (now - from.wall >= windowMs) {
        const cpu = read();
        rate = (cpu - from.cpu) / (now - from.wall);
        from = { wall: now, cpu };
      }
      return rate;
    },
  };
}
