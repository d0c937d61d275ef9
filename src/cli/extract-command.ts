/** `casebook extract`: run a batch and print its summary. */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { collectJobs } from "../batch/walk.js";
import { runBatch, type OutputFormat } from "../batch/run.js";
import type { DateOrder } from "../extract/types.js";
import { DEFAULT_OPTIONS } from "../options.js";
import type { RunSummary } from "../records.js";
import { createProgress } from "./progress.js";
import { UsageError, type Flags } from "./flags.js";

const MB = 1024 * 1024;

function formats(value: string | undefined): Set<OutputFormat> {
  const list = (value ?? "json,csv").split(",").map((f) => f.trim());
  for (const f of list) if (f !== "json" && f !== "csv") throw new UsageError(`unknown format "${f}" (json, csv)`);
  return new Set(list as OutputFormat[]);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} needs a positive number, not "${value}"`);
  return n;
}

function dateOrder(value: string | undefined): DateOrder {
  const order = value ?? DEFAULT_OPTIONS.dateOrder;
  if (order !== "dmy" && order !== "mdy" && order !== "auto") throw new UsageError(`--date-order is dmy, mdy or auto`);
  return order;
}

function printSummary(summary: RunSummary, out: string): void {
  const { counts } = summary;
  console.log(
    `${summary.documents} documents (${summary.ok} ok, ${summary.failed} failed) in ${(summary.elapsed_ms / 1000).toFixed(1)} s → ${out}/`,
  );
  console.log(
    `  ${counts.people} people, ${counts.organisations} organisations, ${counts.dates} dates, ${counts.sentences} sentences, ${counts.fines} fines`,
  );
}

/** Runs the command; returns the exit code. */
export async function extractCommand(flags: Flags, positionals: string[]): Promise<number> {
  const out = flags.string("out") ?? "output";
  const options = {
    out,
    formats: formats(flags.string("format")),
    concurrency: Math.floor(positiveNumber("concurrency", flags.string("concurrency"), availableParallelism())),
    timeoutMs: positiveNumber("timeout", flags.string("timeout"), 60) * 1000,
    maxBytes: positiveNumber("max-size", flags.string("max-size"), DEFAULT_OPTIONS.maxBytes / MB) * MB,
    maxPages: Math.floor(positiveNumber("max-pages", flags.string("max-pages"), DEFAULT_OPTIONS.maxPages ?? 2000)),
    dateOrder: dateOrder(flags.string("date-order")),
    ocr: !flags.boolean("no-ocr"),
    ocrDpi: positiveNumber("ocr-dpi", flags.string("ocr-dpi"), DEFAULT_OPTIONS.ocrDpi),
    report: !flags.boolean("no-report"),
  };
  const quiet = flags.boolean("quiet");
  const inputs = positionals.length > 0 ? positionals : ["input"];
  let jobs;
  try {
    if (inputs.some((input) => resolve(input) === resolve(out))) throw new Error(`--out ${out} is an input folder: casebook never writes into its input`);
    jobs = await collectJobs(inputs, { exclude: [out] });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (jobs.length === 0) throw new UsageError(`no documents found in ${inputs.join(", ")}`);
  const progress = createProgress(!quiet);
  const controller = new AbortController();
  const interrupt = (): void => controller.abort(new Error("interrupted"));
  process.once("SIGINT", interrupt);
  let summary: RunSummary;
  try {
    summary = await runBatch(jobs, {
      ...options,
      signal: controller.signal,
      onDocument: (processed, done, total) => progress.tick(done, total, processed.result.document.id),
    });
  } catch (error) {
    progress.stop();
    if (controller.signal.aborted) {
      console.error("interrupted: unfinished files were not written");
      return 130;
    }
    throw error;
  } finally {
    process.off("SIGINT", interrupt);
  }
  progress.stop();
  for (const failure of summary.failures) {
    for (const error of failure.errors) console.error(`${failure.id}: ${error.message} [${error.code}]`);
  }
  if (!quiet) printSummary(summary, out);
  return summary.failed > 0 ? 1 : 0;
}
