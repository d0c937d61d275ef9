/** `casebook extract`: run a batch and print its summary. */
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { Job } from "../batch/processor.js";
import { resolve } from "node:path";
import { collectJobs } from "../batch/walk.js";
import type { OutputFormat, runBatch } from "../batch/run.js";
import type { DateOrder } from "../extract/types.js";
import { DEFAULT_OPTIONS } from "../options.js";
import type { RunSummary } from "../records.js";
import { UsageError, type Flags } from "./flags.js";
import { stdinJob, type StdinJob } from "./stdin.js";
import { parseShard } from "../batch/shard.js";
import type { ShardSpec } from "../batch/state.js";

const MB = 1024 * 1024;
const FORMATS: readonly OutputFormat[] = ["json", "csv", "jsonl", "sqlite"];
/** What `extract` reads when given no path. */
const DEFAULT_INPUT = "input/";

export function formats(value: string | undefined): Set<OutputFormat> {
  const list = (value ?? "json,csv").split(",").map((f) => f.trim());
  for (const f of list) {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (${FORMATS.join(", ")})`, "extract");
  }
  return new Set(list as OutputFormat[]);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} needs a positive number, not "${value}"`, "extract");
  return n;
}

function dateOrder(value: string | undefined): DateOrder {
  const order = value ?? DEFAULT_OPTIONS.dateOrder;
  if (order !== "dmy" && order !== "mdy" && order !== "auto") throw new UsageError(`--date-order is dmy, mdy or auto, not "${order}"`, "extract");
  return order;
}

/** `--language`: an ISO 639-1 (or 639-3) code; one casebook cannot read is allowed and warned about per document. */
function language(value: string | undefined): { language?: string } {
  if (value === undefined) return {};
  const code = value.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/u.test(code)) throw new UsageError(`--language is an ISO 639-1 code such as en, fr or es, not "${value}"`, "extract");
  return { language: code };
}

/** Fails with one line for a path that is not there or cannot be opened. */
async function checkInput(path: string): Promise<void> {
  try {
    await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`${path} not found`);
    throw new UsageError(`cannot open ${path}${code === "EACCES" ? " (permission denied)" : `: ${(error as Error).message}`}`);
  }
}

/**
 * The jobs for the paths given (`-` being standard input), in the order given. `work` is called
 * once it is known that there is a document to read, before standard input is read.
 */
async function collect(inputs: string[], name: string | undefined, out: string | null, work: (jobs: Job[], stdin: boolean) => Promise<void>): Promise<{ jobs: Job[]; stdin: StdinJob | null }> {
  const files = inputs.filter((input) => input !== "-");
  if (inputs.length - files.length > 1) throw new UsageError("- (standard input) can be given once", "extract");
  if (name !== undefined && files.length === inputs.length) throw new UsageError("--name names a document read from standard input (-)", "extract");
  if (name === "") throw new UsageError("--name needs a non-empty id", "extract");
  for (const input of files) await checkInput(input);
  if (out !== null && files.some((input) => resolve(input) === resolve(out))) throw new UsageError(`--out ${out} is an input folder: casebook never writes into its input`);
  let jobs: Job[];
  try {
    jobs = await collectJobs(files, out === null ? {} : { exclude: [out] });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (jobs.length > 0 || files.length < inputs.length) await work(jobs, files.length < inputs.length);
  if (files.length === inputs.length) return { jobs, stdin: null };
  const stdin = await stdinJob(name);
  return { jobs: [...jobs, stdin.job], stdin };
}

export function summaryLines(summary: RunSummary, out: string): string {
  const { counts, incremental: reuse, shard } = summary;
  return (
    `${summary.documents} documents (${summary.ok} ok, ${summary.failed} failed) in ${(summary.elapsed_ms / 1000).toFixed(1)} s → ${out}\n` +
    (shard ? `  shard ${shard.index}/${shard.count}: ${summary.documents} of ${shard.listing} documents\n` : "") +
    (reuse ? `  ${reuse.new} new, ${reuse.changed} changed, ${reuse.unchanged} unchanged (reused), ${reuse.removed} removed\n` : "") +
    `  ${counts.people} people, ${counts.organisations} organisations, ${counts.dates} dates, ${counts.sentences} sentences, ${counts.fines} fines\n`
  );
}

/** `--shard`, read and checked: one line for the user when it cannot be used. */
function shardOption(value: string | undefined, inputs: string[]): ShardSpec | undefined {
  if (value === undefined) return undefined;
  if (inputs.includes("-")) throw new UsageError("--shard splits files and folders, not standard input (-)", "extract");
  try {
    return parseShard(value);
  } catch (error) {
    throw new UsageError((error as Error).message, "extract");
  }
}

/** Runs the command; returns the exit code. */
export async function extractCommand(flags: Flags, positionals: string[]): Promise<number> {
  const toStdout = flags.boolean("stdout");
  if (toStdout) {
    for (const flag of ["out", "format"]) {
      if (flags.string(flag) !== undefined) throw new UsageError(`--stdout writes JSON Lines to standard output and no files: it takes no --${flag}`, "extract");
    }
    if (flags.boolean("csv-bom")) throw new UsageError("--stdout writes JSON Lines, not CSV: it takes no --csv-bom", "extract");
    if (flags.boolean("incremental")) throw new UsageError("--incremental reuses an output folder's state: it takes --out, not --stdout", "extract");
  }
  const inputs = positionals.length > 0 ? positionals : [DEFAULT_INPUT];
  const shard = shardOption(flags.string("shard"), inputs);
  const out = flags.string("out") ?? "output";
  const options = {
    out,
    formats: formats(flags.string("format")),
    csvBom: flags.boolean("csv-bom"),
    concurrency: Math.floor(positiveNumber("concurrency", flags.string("concurrency"), availableParallelism())),
    timeoutMs: positiveNumber("timeout", flags.string("timeout"), 60) * 1000,
    maxBytes: positiveNumber("max-size", flags.string("max-size"), DEFAULT_OPTIONS.maxBytes / MB) * MB,
    maxPages: Math.floor(positiveNumber("max-pages", flags.string("max-pages"), DEFAULT_OPTIONS.maxPages ?? 2000)),
    dateOrder: dateOrder(flags.string("date-order")),
    ...language(flags.string("language")),
    ocr: !flags.boolean("no-ocr"),
    ocrDpi: positiveNumber("ocr-dpi", flags.string("ocr-dpi"), DEFAULT_OPTIONS.ocrDpi),
    report: !flags.boolean("no-report"),
    incremental: flags.boolean("incremental"),
    ...(shard ? { shard } : {}),
    ...(toStdout ? { stdout: process.stdout } : {}),
  };
  const quiet = flags.boolean("quiet");
  // Note: the first worker thread starts once the flags are checked and the inputs hold a
  // document, before the batch, the writers and the persons stage load (docs/performance.md,
  // "The first thread, started when there is work"); a usage error or an empty folder starts
  // none, so it ends at once instead of waiting for a thread to load the pipeline. A small batch
  // of short texts starts none either: its documents run on the main thread, which begins to
  // import the pipeline instead (batch/main-thread.ts).
  let threads = null as Promise<typeof import("../batch/thread.js")> | null;
  let started = false;
  const timeoutGiven = flags.string("timeout") !== undefined;
  const work = async (jobs: Job[], stdin: boolean): Promise<void> => {
    const main = await import("../batch/main-thread.js");
    if (!stdin && (await main.fitsMainThread(jobs, timeoutGiven))) {
      main.startMainThread();
      return;
    }
    threads = import("../batch/thread.js");
    (await threads).startEarlyThread();
    started = true;
  };
  try {
    const { jobs, stdin } = await collect(inputs, flags.string("name"), toStdout ? null : out, work);
    try {
      if (jobs.length === 0) throw new UsageError(`no documents found in ${inputs.join(", ")}`);
      return await run(jobs, options, { quiet, toStdout });
    } finally {
      await stdin?.cleanup();
    }
  } finally {
    // Note: a thread no pool took (the run failed before its first document, or had none to
    // process) is ended once it has loaded (thread.ts, stopThread), so that the process can exit.
    if (started && threads) await (await threads).stopEarlyThread();
  }
}

async function run(jobs: Job[], options: Parameters<typeof runBatch>[1], { quiet, toStdout }: { quiet: boolean; toStdout: boolean }): Promise<number> {
  // Note: loaded once the first thread has started, so that its load runs beside theirs.
  const [{ runBatch }, { runInterruptible }] = await Promise.all([import("../batch/run.js"), import("./interruptible.js")]);
  const outcome = await runInterruptible((hooks) => runBatch(jobs, { ...options, ...hooks }), { quiet, stdout: toStdout });
  if ("code" in outcome) return outcome.code;
  const summary = outcome.value;
  for (const failure of summary.failures) {
    for (const error of failure.errors) console.error(`${failure.id}: ${error.message} [${error.code}]`);
  }
  // Note: with --stdout, standard output carries the records alone; the summary goes to stderr.
  if (!quiet) (toStdout ? process.stderr : process.stdout).write(summaryLines(summary, toStdout ? "standard output" : `${options.out}/`));
  return summary.failed > 0 ? 1 : 0;
}
