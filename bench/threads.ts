/**
 * CPU seconds per thread of this process, read from /proc/self/task (Linux) while a run goes
 * on: worker threads are gone by the time it ends, so the last reading of each is kept.
 * Elsewhere (no /proc) the split is null and the bench prints none.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Where a process's CPU went: the main thread, the worker threads, and every other thread. */
export interface ThreadSplit {
  main: number;
  workers: number;
  /** V8's platform threads (optimising compiler) and libuv's pool (file I/O). */
  other: number;
}

/** Linux reports thread times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
const TICKS_PER_SECOND = 100;

function readThreads(seen: Map<number, number>): void {
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Note: fields after the command name, which is in parentheses and may hold spaces;
      // utime and stime are the 14th and 15th fields of the line, the 12th and 13th here.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seen.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

/**
 * Starts sampling; the returned function stops and splits the CPU time: the `workers` busiest
 * threads besides the main one are the workers.
 */
export function sampleThreads(workers: number, everyMs = 200): () => ThreadSplit | null {
  const seen = new Map<number, number>();
  const timer = setInterval(() => readThreads(seen), everyMs);
  readThreads(seen);
  return () => {
    clearInterval(timer);
    readThreads(seen);
    if (seen.size === 0) return null;
    const main = seen.get(process.pid) ?? 0;
    const others = [...seen].filter(([tid]) => tid !== process.pid).map(([, cpu]) => cpu).sort((a, b) => b - a);
    const sum = (list: number[]): number => list.reduce((total, cpu) => total + cpu, 0);
    return { main, workers: sum(others.slice(0, workers)), other: sum(others.slice(workers)) };
  };
}
