/**
 * One measured configuration, run in a child process of its own so that its peak RSS
 * (`process.resourceUsage().maxRSS`, which counts worker threads too) is its alone.
 *   child.js casebook <list.json> <workers> <out> [timeout s] [incremental]   the batch, end to end, via runBatch
 *   child.js merge <runs.json> <out>                 casebook merge of the run folders listed
 *   child.js floors <list.json>                     bare nlp() and read + sentence split
 *   child.js compromise <list.json>                 bare nlp() only
 *   child.js spin <seconds>                         a pure CPU loop (what a core gives)
 * Prints one JSON line: a `Measure` per configuration.
 */
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { runBatch } from "../src/batch/run.js";
import { DEFAULT_OPTIONS } from "../src/options.js";
import type { CorpusFile } from "./corpus.js";
import { sampleThreads, type ThreadSplit } from "./threads.js";

/** What one configuration did, and what it cost. */
export interface Measure {
  docs: number;
  words: number;
  bytes: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the process over the same span, all threads (robust to a loaded machine). */
  cpuSeconds: number;
  /** The machine's 1-minute load average at the end (a loaded machine skews wall-clock figures). */
  load: number;
  failed: number;
  /** Peak resident set of the whole process (all threads), in MB. */
  rssMb: number;
  /** CPU seconds per kind of thread, where the platform tells (Linux). */
  threads?: ThreadSplit | null;
}

const words = (text: string): number => text.match(/\S+/g)?.length ?? 0;
const rssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Times `work`: wall-clock and process CPU seconds. */
async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number; cpuSeconds: number; load: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { value, seconds, cpuSeconds: (used.user + used.system) / 1e6, load: loadavg()[0] ?? 0 };
}

async function sizeOf(files: CorpusFile[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await readFile(file.path)).length;
  return bytes;
}

async function casebook(files: CorpusFile[], workers: number, out: string, timeoutS = 60, incremental = false): Promise<Measure> {
  const split = sampleThreads(workers);
  const { value: summary, ...time } = await timed(() => runBatch(files.map(({ path, id }) => ({ path, id })), {
    ...DEFAULT_OPTIONS,
    concurrency: workers,
    timeoutMs: timeoutS * 1000,
    out,
    formats: new Set(["json", "csv"]),
    report: false,
    incremental,
  }));
  const threads = split();
  const bytes = await sizeOf(files);
  return { docs: summary.documents, words: summary.words, bytes, ...time, failed: summary.failed, rssMb: rssMb(), threads };
}

/** Bare `nlp(text)` over the texts casebook reads (timed: the parse only), one core. */
async function compromiseFloor(files: CorpusFile[]): Promise<Measure> {
  // Note: loaded here only, so that the casebook runs' main thread (which never loads
  // compromise: its workers do) is measured as it is in the CLI.
  const { default: nlp } = await import("compromise");
  const { normalise } = await import("../src/normalise/index.js");
  const { readDocument } = await import("../src/read/index.js");
  const texts: string[] = [];
  for (const file of files) {
    const raw = await readDocument(await readFile(file.path), file.path, DEFAULT_OPTIONS);
    texts.push(normalise(raw));
  }
  const time = await timed(() => texts.forEach((text) => nlp(text)));
  const total = texts.reduce((sum, text) => sum + words(text), 0);
  return { docs: files.length, words: total, bytes: await sizeOf(files), ...time, failed: 0, rssMb: rssMb() };
}

/** Read, decode and split into sentences (Intl.Segmenter): what no pipeline can beat. */
async function ioFloor(files: CorpusFile[]): Promise<Measure> {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const decoder = new TextDecoder();
  let total = 0;
  let bytes = 0;
  let sentences = 0;
  const time = await timed(async () => {
    for (const file of files) {
      const data = await readFile(file.path);
      const text = decoder.decode(data);
      bytes += data.length;
      total += words(text);
      for (const { segment } of segmenter.segment(text)) if (segment.trim() !== "") sentences++;
    }
  });
  if (sentences === 0 && total > 0) throw new Error("no sentences found");
  return { docs: files.length, words: total, bytes, ...time, failed: 0, rssMb: rssMb() };
}

/**
 * A loop of integer arithmetic for about `seconds`, allocating nothing: no compilation or
 * collection runs beside it, so two at once show what the machine's cores give.
 */
async function spin(seconds: number): Promise<Measure> {
  const rounds = Math.round(seconds * 150e6);
  const { seconds: wall, cpuSeconds, load } = await timed(() => {
    let x = 0;
    for (let i = 0; i < rounds; i++) x = (x * 31 + i) | 0;
    return x;
  });
  return { docs: 0, words: 0, bytes: 0, seconds: wall, cpuSeconds, load, failed: 0, rssMb: rssMb() };
}

/** `casebook merge` of `runs` into `out` (the outputs the runs wrote: json, csv). */
async function merge(runs: string[], out: string): Promise<Measure> {
  const { mergeRuns, planMerge } = await import("../src/batch/merge.js");
  const { value: summary, ...time } = await timed(async () => mergeRuns(await planMerge(runs, { out }), { out }));
  return { docs: summary.documents, words: summary.words, bytes: 0, ...time, failed: summary.failed, rssMb: rssMb() };
}

const [mode, list, workers, out, timeout, incremental] = process.argv.slice(2);
const files = mode === "spin" || mode === "merge" ? [] : (JSON.parse(await readFile(list ?? "", "utf8")) as CorpusFile[]);
if (mode === "spin") {
  console.log(JSON.stringify(await spin(Number(list))));
} else if (mode === "merge") {
  console.log(JSON.stringify(await merge(JSON.parse(await readFile(list ?? "", "utf8")) as string[], workers ?? "")));
} else if (mode === "casebook") {
  console.log(JSON.stringify(await casebook(files, Number(workers), out ?? "", timeout === undefined ? 60 : Number(timeout), incremental === "incremental")));
} else if (mode === "floors") {
  const io = await ioFloor(files);
  console.log(JSON.stringify({ compromise: await compromiseFloor(files), io }));
} else if (mode === "compromise") {
  console.log(JSON.stringify(await compromiseFloor(files)));
} else {
  throw new Error(`unknown mode ${String(mode)}`);
}
