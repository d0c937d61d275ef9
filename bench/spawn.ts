/** Runs one bench configuration in a child process (bench/child.ts) and returns its measure. */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Measure } from "./child.js";
import { cliFlags } from "./cli-flags.js";
import type { CorpusFile } from "./corpus.js";

const CHILD = fileURLToPath(new URL("./child.js", import.meta.url));
let lists = 0;

/** The flags the CLI runs with (its shebang: docs/performance.md, "Heap limits and GC"). */
const CLI_FLAGS = cliFlags();

async function child(args: string[], flags: string[] = []): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, [...flags, CHILD, ...args], { maxBuffer: 64 * 1024 * 1024 });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as unknown;
}

async function writeList(scratch: string, files: CorpusFile[]): Promise<string> {
  const path = join(scratch, `list-${++lists}.json`);
  await writeFile(path, JSON.stringify(files));
  return path;
}

/**
 * The batch end to end (runBatch, JSON and CSV written) with `workers` threads; 0 s is no time
 * limit. `out` (default: a new folder) and `incremental` are for the incremental rows.
 */
export async function measureCasebook(
  scratch: string,
  files: CorpusFile[],
  workers: number,
  timeoutS = 60,
  { out, incremental = false }: { out?: string; incremental?: boolean } = {},
): Promise<Measure> {
  const list = await writeList(scratch, files);
  const args = ["casebook", list, String(workers), out ?? join(scratch, `out-${lists}`), String(timeoutS), ...(incremental ? ["incremental"] : [])];
  return (await child(args, CLI_FLAGS)) as Measure;
}

/** `casebook merge` of the run folders `runs` into `out`, in a child process of its own (for its peak RSS). */
export async function measureMerge(scratch: string, runs: string[], out: string): Promise<Measure> {
  const list = join(scratch, `runs-${++lists}.json`);
  await writeFile(list, JSON.stringify(runs));
  return (await child(["merge", list, out], CLI_FLAGS)) as Measure;
}

/** compromise's bare `nlp()` and the read + sentence-split floor, one core. */
export async function measureFloors(scratch: string, files: CorpusFile[]): Promise<{ compromise: Measure; io: Measure }> {
  const list = await writeList(scratch, files);
  return (await child(["floors", list])) as { compromise: Measure; io: Measure };
}

/**
 * The machine's own ceiling for two workers: compromise's bare `nlp()` over `files` in two
 * processes at once. Returns the pair as one measure (both processes' words over the wall
 * time of the slower); no code of casebook's is involved.
 */
export async function measureFloorPair(scratch: string, files: CorpusFile[]): Promise<Measure> {
  const list = await writeList(scratch, files);
  const [a, b] = (await Promise.all([child(["compromise", list]), child(["compromise", list])])) as [Measure, Measure];
  // Note: the children time the parse only; the pair's wall time is the slower child's parse.
  return {
    docs: a.docs + b.docs, words: a.words + b.words, bytes: a.bytes + b.bytes, seconds: Math.max(a.seconds, b.seconds),
    cpuSeconds: a.cpuSeconds + b.cpuSeconds, load: Math.max(a.load, b.load), failed: 0, rssMb: Math.max(a.rssMb, b.rssMb),
  };
}

/**
 * What the machine's cores give with nothing of V8's running beside the code: a pure CPU loop
 * of `seconds`, alone and then in two processes at once (the pair's time is the slower's).
 */
export async function measureSpin(seconds: number): Promise<{ single: Measure; pair: Measure }> {
  const single = (await child(["spin", String(seconds)])) as Measure;
  const [a, b] = (await Promise.all([child(["spin", String(seconds)]), child(["spin", String(seconds)])])) as [Measure, Measure];
  const pair = { ...a, seconds: Math.max(a.seconds, b.seconds), cpuSeconds: a.cpuSeconds + b.cpuSeconds, load: Math.max(a.load, b.load) };
  return { single, pair };
}

/** The fastest (by wall clock) of `times` runs of `measure`: on a shared machine, the least disturbed. */
export async function best(times: number, measure: () => Promise<Measure>): Promise<Measure> {
  let fastest: Measure | null = null;
  for (let i = 0; i < Math.max(1, times); i++) {
    const m = await measure();
    if (!fastest || m.seconds < fastest.seconds) fastest = m;
  }
  return fastest as Measure;
}
