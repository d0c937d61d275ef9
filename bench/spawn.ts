/** Runs one bench configuration in a child process (bench/child.ts) and returns its measure. */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Measure } from "./child.js";
import type { CorpusFile } from "./corpus.js";

const CHILD = fileURLToPath(new URL("./child.js", import.meta.url));
let lists = 0;

async function child(args: string[]): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, [CHILD, ...args], { maxBuffer: 64 * 1024 * 1024 });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as unknown;
}

async function writeList(scratch: string, files: CorpusFile[]): Promise<string> {
  const path = join(scratch, `list-${++lists}.json`);
  await writeFile(path, JSON.stringify(files));
  return path;
}

/** The batch end to end (runBatch, JSON and CSV written) with `workers` threads. */
export async function measureCasebook(scratch: string, files: CorpusFile[], workers: number): Promise<Measure> {
  const list = await writeList(scratch, files);
  return (await child(["casebook", list, String(workers), join(scratch, `out-${lists}`)])) as Measure;
}

/** The processor alone over every job at once, nothing written: the pool's own scaling. */
export async function measurePool(scratch: string, files: CorpusFile[], workers: number): Promise<Measure> {
  return (await child(["pool", await writeList(scratch, files), String(workers)])) as Measure;
}

/** compromise's bare `nlp()` and the read + sentence-split floor, one core. */
export async function measureFloors(scratch: string, files: CorpusFile[]): Promise<{ compromise: Measure; io: Measure }> {
  const list = await writeList(scratch, files);
  return (await child(["floors", list])) as { compromise: Measure; io: Measure };
}
