/**
 * A batch run: documents are processed with bounded look-ahead and written in input order,
 * so output is deterministic whatever finishes first and memory stays flat however many
 * documents there are. CSV files, run.json and the report are committed at the end.
 */
import { join } from "node:path";
import type { Processed } from "../pipeline.js";
import { RECORD_TYPES, type RunSummary } from "../records.js";
import { writeFileAtomic } from "../write/atomic.js";
import { CsvWriters } from "../write/csv.js";
import { formatJson, writeDocument, writeSchema } from "../write/json.js";
import { writeReport } from "../write/report/index.js";
import { PersonsStage } from "../persons/index.js";
import { writePersons } from "../write/persons.js";
import { createProcessor, type BatchOptions, type Done, type Job } from "./processor.js";
import { VERSION } from "../version.js";

export type OutputFormat = "json" | "csv";

export interface RunOptions extends BatchOptions {
  out: string;
  formats: ReadonlySet<OutputFormat>;
  report: boolean;
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

/** Processes `jobs` and writes everything under `options.out`; returns the run summary. */
export async function runBatch(jobs: Job[], options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const csv = options.formats.has("csv") ? await CsvWriters.open(options.out) : null;
  const processor = createProcessor(options);
  // Persons across documents (docs/persons.md): sees each document before it is written.
  const persons = new PersonsStage();
  // Note: look-ahead bounds how many finished-but-unwritten documents wait in memory
  // behind a slow one, while keeping every worker busy.
  const lookAhead = Math.max(16, options.concurrency * 16);
  const pending = new Map<number, Promise<Done>>();
  let next = 0;
  const schedule = (): void => {
    while (next < jobs.length && pending.size < lookAhead) {
      const job = jobs[next] as Job;
      pending.set(next, processor.process(job));
      next++;
    }
  };
  try {
    for (let index = 0; index < jobs.length; index++) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error("aborted");
      schedule();
      const processed = await (pending.get(index) as Promise<Done>);
      pending.delete(index);
      // Note: a copy's document record gains `copy_of`, so its rows are formatted again.
      if (persons.add(processed.result, processed.text)) {
        delete processed.json;
        delete processed.csv;
      }
      if (options.formats.has("json")) await writeDocument(options.out, processed, processed.json);
      if (processed.csv) await csv?.append(processed.csv);
      else await csv?.write(processed.result);
      tally(summary, processed);
      options.onDocument?.(processed, index + 1, jobs.length);
    }
    await csv?.commit();
  } catch (error) {
    await csv?.abort();
    throw error;
  } finally {
    await processor.close();
  }
  await writePersons(options.out, persons.persons(), { json: options.formats.has("json"), csv: options.formats.has("csv") });
  summary.elapsed_ms = Math.round(performance.now() - started);
  if (options.formats.has("json")) await writeSchema(options.out);
  await writeFileAtomic(join(options.out, "run.json"), formatJson(summary));
  // Note: the report is built from the JSON files, so it needs them.
  if (options.report && options.formats.has("json")) {
    await writeReport(options.out, summary, jobs.map((job) => job.id));
  }
  return summary;
}
