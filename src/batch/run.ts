/**
 * A batch run: documents are processed with bounded look-ahead and written in input order,
 * so output is deterministic whatever finishes first and memory stays flat however many
 * documents there are. CSV files, records.jsonl, casebook.sqlite, run.json and the report are
 * committed at the end.
 */
import { join } from "node:path";
import type { Writable } from "node:stream";
import type { Processed } from "../pipeline.js";
import { RECORD_TYPES, type RunSummary } from "../records.js";
import { writeFileAtomic } from "../write/atomic.js";
import { CsvWriters } from "../write/csv.js";
import { formatJson, writeDocument, writeSchema } from "../write/json.js";
import { JsonlWriter } from "../write/jsonl.js";
import type { SqliteWriter } from "../write/sqlite.js";
import { failedProcessed } from "./pool-failure.js";
import { prepareOutFolder } from "./out-folder.js";
import { createProcessor, type BatchOptions, type Done, type Job, type Processor } from "./processor.js";
import { PersonsStage } from "../persons/index.js";
import { personRow, writePersons } from "../write/persons.js";
import { CasesJsonWriter } from "../write/cases.js";
import { outputFiles } from "../write/outputs.js";
import { VERSION } from "../version.js";

export type OutputFormat = "json" | "csv" | "jsonl" | "sqlite";

export interface RunOptions extends BatchOptions {
  out: string;
  formats: ReadonlySet<OutputFormat>;
  report: boolean;
  /** Start each CSV file with a UTF-8 byte-order mark (Excel needs it to read UTF-8). */
  csvBom?: boolean;
  /** Write JSON Lines to this stream instead of any file under `out` (`--stdout`). */
  stdout?: Writable;
  /** Called after each document is written, in input order. */
  onDocument?: (processed: Processed, done: number, total: number) => void;
  /** Aborting stops the run; files already committed stay, unfinished ones are dropped. */
  signal?: AbortSignal;
}

function emptySummary(): RunSummary {
  return {
    casebook: VERSION,
    documents: 0,
    ok: 0,
    failed: 0,
    counts: { people: 0, organisations: 0, dates: 0, sentences: 0, fines: 0 },
    failures: [],
    warnings: [],
    words: 0,
    elapsed_ms: 0,
    outputs: [],
  };
}

function tally(summary: RunSummary, { result }: Processed): void {
  const { document } = result;
  summary.documents++;
  summary.words += document.words;
  if (document.status === "ok") summary.ok++;
  else {
    summary.failed++;
    summary.failures.push({ id: document.id, errors: document.errors });
  }
  if (document.warnings.length > 0) summary.warnings.push({ id: document.id, errors: document.warnings });
  for (const type of RECORD_TYPES) summary.counts[type] += result[type].length;
}

/**
 * A document's result with the source its job names (`-` for standard input, read through a
 * temporary file). Note: the worker's pre-formatted JSON and CSV carry the temporary path, so
 * they are dropped and the result is formatted again here; only stdin documents pay that.
 */
function withSource(done: Done, job: Job): Done {
  if (job.source === undefined || job.source === done.result.document.source) return done;
  const { result, text } = done;
  return { text, result: { ...result, document: { ...result.document, source: job.source } } };
}

/** A job the walk could not use fails unread; the others go to the processor. */
function processJob(processor: Processor, job: Job): Promise<Done> {
  return job.error ? Promise.resolve(failedProcessed(job, job.error.code, job.error.detail)) : processor.process(job);
}

/**
 * Writes a document's JSON and text files. A document whose output path is longer than the
 * system allows (an input folder nested past PATH_MAX) becomes a failed document instead of
 * stopping the run: its row still goes to the CSV files and run.json.
 */
async function writeFiles(out: string, processed: Done): Promise<void> {
  try {
    await writeDocument(out, processed, processed.json);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== "ENAMETOOLONG") throw error;
    const failed = failedProcessed(
      { path: processed.result.document.source, id: processed.result.document.id },
      "PATH_TOO_LONG",
      "the output path of the document",
    );
    const { document } = processed.result;
    if (document.status === "failed") failed.result.document.errors = document.errors;
    processed.result = failed.result;
    processed.text = "";
    delete processed.csv;
  }
}

/** Processes `jobs` and writes everything under `options.out`; returns the run summary. */
export async function runBatch(jobs: Job[], options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const toFiles = options.stdout === undefined;
  // Note: the output stream stays here; a worker's options must be cloneable. The first worker
  // starts before anything else, so that its start-up overlaps the main thread's (issue 19).
  const processor = createProcessor(Object.fromEntries(Object.entries(options).filter(([key]) => key !== "stdout")) as BatchOptions, jobs.length);
  if (toFiles) await prepareOutFolder(options.out).catch(async (error: unknown) => {
    await processor.close();
    throw error;
  });
  const has = (format: OutputFormat): boolean => toFiles && options.formats.has(format);
  // Note: the report writer is loaded only when a report is asked for, while the workers run.
  const report = options.report && has("json") ? import("../write/report/index.js") : null;
  report?.catch(() => undefined);
  let csv: CsvWriters | null = null;
  let jsonl: JsonlWriter | null = null;
  let sqlite: SqliteWriter | null = null;
  let cases: CasesJsonWriter | null = null;
  // Persons across documents (docs/persons.md): sees each document before it is written.
  const persons = new PersonsStage();
  let found: ReturnType<PersonsStage["persons"]> = [];
  // Note: look-ahead bounds how many finished-but-unwritten documents wait in memory
  // behind a slow one, while keeping every worker busy.
  const lookAhead = Math.max(16, options.concurrency * 16);
  const pending = new Map<number, Promise<Done>>();
  let next = 0;
  const schedule = (): void => {
    while (next < jobs.length && pending.size < lookAhead) {
      const job = jobs[next] as Job;
      pending.set(next, processJob(processor, job));
      next++;
    }
  };
  try {
    if (has("csv")) csv = await CsvWriters.open(options.out, { bom: options.csvBom ?? false });
    if (has("json")) cases = await CasesJsonWriter.open(join(options.out, "cases.json"));
    if (options.stdout) jsonl = JsonlWriter.to(options.stdout);
    else if (has("jsonl")) jsonl = await JsonlWriter.open(join(options.out, "records.jsonl"));
    // Note: imported only when asked for, so that the other formats never load a native module.
    if (has("sqlite")) sqlite = await (await import("../write/sqlite.js")).SqliteWriter.open(join(options.out, "casebook.sqlite"));
    for (let index = 0; index < jobs.length; index++) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error("aborted");
      schedule();
      const processed = withSource(await (pending.get(index) as Promise<Done>), jobs[index] as Job);
      pending.delete(index);
      // Note: a copy's document record gains `copy_of`, so its rows are formatted again.
      if (persons.add(processed.result, processed.text)) {
        delete processed.json;
        delete processed.csv;
      }
      if (has("json")) await writeFiles(options.out, processed);
      if (processed.csv) await csv?.append(processed.csv);
      else await csv?.write(processed.result);
      await cases?.write(processed.result);
      await jsonl?.write(processed.result);
      sqlite?.write(processed.result, processed.text);
      tally(summary, processed);
      options.onDocument?.(processed, index + 1, jobs.length);
    }
    // Note: the persons (clustered once every document is in) go into the database before it is committed.
    found = toFiles ? persons.persons() : [];
    sqlite?.writePersons(found.map(personRow));
    await csv?.commit();
    await cases?.commit();
    await jsonl?.commit();
    await sqlite?.commit();
  } catch (error) {
    await csv?.abort();
    await cases?.abort();
    await jsonl?.abort();
    await sqlite?.abort();
    throw error;
  } finally {
    await processor.close();
  }
  summary.elapsed_ms = Math.round(performance.now() - started);
  if (!toFiles) return summary;
  await writePersons(options.out, found, { json: has("json"), csv: has("csv") });
  summary.outputs = outputFiles({ json: has("json"), csv: has("csv"), jsonl: has("jsonl"), sqlite: has("sqlite"), report: options.report }).map((f) => f.path);
  if (has("json")) await writeSchema(options.out);
  await writeFileAtomic(join(options.out, "run.json"), formatJson(summary));
  // Note: the report is built from the JSON files, so it needs them.
  if (report) await (await report).writeReport(options.out, summary, jobs.map((job) => job.id));
  return summary;
}
