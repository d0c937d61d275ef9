/**
 * Kill-and-rerun scaffolding for the crash tests (kill -9 at chosen points, then a rerun that
 * must end as an uninterrupted run): start the CLI, wait for a point, SIGKILL it.
 */
import { runCli, type CliResult } from "./cli.js";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the CLI with `args` and kills it (SIGKILL) once `at` holds — polled every 5 ms — or,
 * given a number, after that many milliseconds; a run that finished first is left alone.
 * Returns how the run ended (`signal` is SIGKILL when it was killed).
 */
export async function killAt(args: string[], at: number | (() => Promise<boolean>)): Promise<CliResult> {
  let pid = 0;
  const running = runCli(args, { onSpawn: (p) => (pid = p) });
  let finished = false;
  void running.then(() => (finished = true));
  if (typeof at === "number") await pause(at);
  else while (!finished && !(await at())) await pause(5);
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already finished
  }
  return running;
}

/** A seeded generator (mulberry32), so that kill points are the same on every run. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
