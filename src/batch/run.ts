/**
 * A batch run: documents are processed with bounded look-ahead and written in input order,
 * so output is deterministic whatever finishes first and memory stays flat however many
 * documents there are. CSV files, records.jsonl, casebook.sqlite, run.json and the report are
 * committed at the end.
 */
import { join } from "node:path";
import type { Writable } from "node:stream";
import type { Processed } from "../pipeline.js";
import type { RunSummary } from "../records.js";
import { RECORD_TYPES } from "../records-plain.js";
import { writeFileAtomic } from "../write/atomic.js";
import { CsvWriters } from "../write/csv.js";
import { formatJson, writeDocument, writeSchema } from "../write/json.js";
import { JsonlWriter } from "../write/jsonl.js";
import type { SqliteWriter } from "../write/sqlite.js";
import { failedProcessed } from "./pool-failure.js";
import { prepareOutFolder } from "./out-folder.js";
import type { BatchOptions, Done, Job } from "./processor.js";
import { createJobFeed, hashFile, type DocumentFeed, type Fetched } from "./feed.js";
import { removeStale } from "./incremental.js";
import { keptOutputs, OutputsTracker, type RecordsSummary } from "./incremental-fresh.js";
import { inShard } from "./shard.js";
import {
  listingHash,
  readManifest,
  recordOptions,
  removeManifest,
  stateKey,
  STATE_FORMAT,
  ManifestWriter,
  writtenBy,
  type Manifest,
  type ManifestOutputs,
  type ShardSpec,
} from "./state.js";
import type { StreamedCluster } from "../persons/cluster.js";
import { PersonsStage } from "../persons/index.js";
import { personRow, writePersons } from "../write/persons.js";
import { writePersonKeys } from "../write/person-keys.js";
import { CasesJsonWriter } from "../write/cases.js";
import { outputFiles, type OutputChoice } from "../write/outputs.js";
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
  /** Reuse the documents of the last run into `out` that are unchanged (docs/scaling.md). */
  incremental?: boolean;
  /** Process only this part of the documents (`--shard i/N`). */
  shard?: ShardSpec;
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


/** What the writer adds to run.json and the state manifest besides the documents. */
export interface RunContext {
  /** The state manifest's fields other than its documents; null writes no state (`--stdout`). */
  manifest: Omit<Manifest, "documents"> | null;
  /** Extra fields of run.json (what was reused, the shard, what was merged). */
  summary?: Pick<RunSummary, "incremental" | "shard" | "merge">;
}

/**
 * Writes a run: takes the feed's documents in order through the batch-wide stages (persons,
 * copies) and every writer, then persons, the schema, run.json, the report and last the state
 * manifest. `extract` (processed or reused documents) and `merge` (documents of other runs)
 * both end here, which is what makes their outputs byte-identical to a single run's.
 */
export async function writeRun(feed: DocumentFeed, options: RunOptions, context: RunContext): Promise<RunSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const toFiles = options.stdout === undefined;
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
  let found: Iterable<StreamedCluster> = [];
  let manifest: ManifestWriter | null = null;
  const tracker = new OutputsTracker();
  // Note: the report reads these back without zod's check (write/report/collect.ts).
  const wroteJson = new Set<string>();
  let outputs: ManifestOutputs | null = null;
  const count = feed.ids.length;
  // Note: look-ahead bounds how many finished-but-unwritten documents wait in memory
  // behind a slow one, while keeping every worker busy.
  const lookAhead = lookAheadOf(options);
  const pending = new Map<number, Promise<Fetched>>();
  let next = 0;
  const schedule = (): void => {
    while (next < count && pending.size < lookAhead) {
      const fetched = feed.fetch(next);
      // Note: a rejection is seen when its turn comes; until then it must not end the process.
      fetched.catch(() => undefined);
      pending.set(next, fetched);
      next++;
    }
  };
  try {
    // Note: written as documents are, and committed last (only a finished run has a manifest).
    if (context.manifest) manifest = await ManifestWriter.open(options.out, context.manifest);
    if (has("csv")) csv = await CsvWriters.open(options.out, { bom: options.csvBom ?? false });
    if (has("json")) cases = await CasesJsonWriter.open(join(options.out, "cases.json"));
    if (options.stdout) jsonl = JsonlWriter.to(options.stdout);
    else if (has("jsonl")) jsonl = await JsonlWriter.open(join(options.out, "records.jsonl"));
    // Note: imported only when asked for, so that the other formats never load a native module.
    if (has("sqlite")) sqlite = await (await import("../write/sqlite.js")).SqliteWriter.open(join(options.out, "casebook.sqlite"));
    for (let index = 0; index < count; index++) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error("aborted");
      schedule();
      const { done: processed, entry, persons: input, written } = await (pending.get(index) as Promise<Fetched>);
      pending.delete(index);
      // Note: a copy's document record gains `copy_of`, so its rows are formatted again.
      if (persons.add(processed.result, () => processed.text, input)) {
        delete processed.json;
        delete processed.csv;
      }
      const copyOf = processed.result.document.copy_of;
      await manifest?.add([...entry, copyOf]);
      // Note: files the output already holds as this run would write them (feed.ts) stay as they are.
      if (has("json") && !(written && written.copyOf === copyOf)) {
        await writeFiles(options.out, processed);
        wroteJson.add(processed.result.document.id);
      }
      if (processed.csv) await csv?.append(processed.csv);
      else await csv?.write(processed.result);
      await cases?.write(processed.result);
      await jsonl?.write(processed.result);
      sqlite?.write(processed.result, processed.text);
      tracker.add(entry, processed.result);
      tally(summary, processed);
      options.onDocument?.(processed, index + 1, count);
    }
    // Note: the persons (clustered once every document is in) go into the database before it is committed.
    found = toFiles ? persons.streamed() : [];
    sqlite?.writePersons(mapped(found, personRow));
    await csv?.commit();
    await cases?.commit();
    await jsonl?.commit();
    await sqlite?.commit();
  } catch (error) {
    await csv?.abort();
    await cases?.abort();
    await jsonl?.abort();
    await sqlite?.abort();
    await manifest?.abort();
    persons.close();
    throw error;
  } finally {
    // Note: the threads end once the persons and the files' commits are written, one after the
    // other. Ending them meanwhile saved ~40–150 ms a run (issue 19, session 9), but with it runs
    // died by a signal now and then (1 in ~40: a thread's teardown beside the main thread's SQLite
    // work), so not.
    await feed.close();
  }
  Object.assign(summary, context.summary ?? {});
  summary.elapsed_ms = Math.round(performance.now() - started);
  if (!toFiles) {
    persons.close();
    return summary;
  }
  try {
    await writePersons(options.out, found, { json: has("json"), csv: has("csv"), bom: options.csvBom ?? false });
    await writePersonKeys(options.out, persons.personKeys(), { json: has("json"), csv: has("csv"), bom: options.csvBom ?? false });
    persons.close();
    summary.outputs = outputFiles(choiceOf(options)).map((f) => f.path);
    if (has("json")) await writeSchema(options.out);
    await writeFileAtomic(join(options.out, "run.json"), formatJson(summary));
    // Note: the report is built from the JSON files, so it needs them.
    if (report) await (await report).writeReport(options.out, summary, feed.ids, { documents: wroteJson, persons: true });
    // Note: what lets the next incremental run over the same documents keep these outputs (incremental-fresh.ts).
    if (manifest) outputs = await tracker.finish(options.out, choiceOf(options), summary);
  } catch (error) {
    await manifest?.abort();
    throw error;
  }
  await manifest?.commit(outputs);
  return summary;
}

/** Which outputs a run that writes files writes. */
const choiceOf = (options: RunOptions): OutputChoice => {
  const has = (format: OutputFormat): boolean => options.formats.has(format);
  return { json: has("json"), csv: has("csv"), jsonl: has("jsonl"), sqlite: has("sqlite"), report: options.report };
};

/** Each of `items` through `f`, lazily (persons are read from disk one at a time). */
function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** How many documents are fetched ahead of the one being written. */
const lookAheadOf = (options: BatchOptions): number => Math.max(16, options.concurrency * 16);

/**
 * Processes `jobs` (or, with `shard`, its part of them) and writes everything under
 * `options.out`; returns the run summary. With `incremental`, documents whose state in
 * `options.out` is still valid are reused, and the state of documents no longer given is
 * removed with their files.
 */
export async function runBatch(jobs: Job[], options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const toFiles = options.stdout === undefined;
  const chosen = jobs.map((job, ordinal) => ({ job, ordinal })).filter(({ job }) => !options.shard || inShard(job.id, options.shard));
  const record = recordOptions(options);
  const key = stateKey(record);
  const incremental = toFiles && (options.incremental ?? false);
  const manifest: RunContext["manifest"] = toFiles
    ? {
        format: STATE_FORMAT,
        casebook: VERSION,
        key,
        options: record,
        output: { formats: [...options.formats].sort(), csv_bom: options.csvBom ?? false, report: options.report },
        shard: options.shard ?? null,
        listing: { documents: jobs.length, sha256: listingHash(jobs.map((job) => job.id)) },
      }
    : null;
  let written: ReturnType<typeof writtenBy> = null;
  let previous: Map<string, string | null> | null = null;
  if (manifest) {
    await prepareOutFolder(options.out);
    // Note: read before it is removed, and removed before anything is changed (writtenBy).
    const last = incremental ? await readManifest(options.out).catch(() => null) : null;
    const kept = incremental ? await keptOutputs({ out: options.out, last, chosen, head: manifest, choice: choiceOf(options), maxBytes: options.maxBytes, hashFile }) : null;
    if (kept) return keepRun(kept, chosen.map(({ job }) => job.id), options, jobs.length, started);
    written = writtenBy(last, key);
    if (last?.key === key) previous = new Map(last.documents.map(([, id, hash]) => [id, hash]));
    await removeManifest(options.out);
  }
  const feed = createJobFeed(chosen, { ...options, stateOut: toFiles ? options.out : null, incremental, key, previous, written: options.formats.has("json") ? written : null });
  await feed.prepare(lookAheadOf(options));
  if (incremental) feed.counts.removed = await removeStale(options.out, feed.ids);
  const summary = await writeRun(feed, options, {
    manifest,
    summary: {
      ...(incremental ? { incremental: feed.counts } : {}),
      ...(options.shard ? { shard: { ...options.shard, listing: jobs.length } } : {}),
    },
  });
  summary.elapsed_ms = Math.round(performance.now() - started);
  return summary;
}

/**
 * An incremental run whose every output the last run already wrote (incremental-fresh.ts): the
 * state of documents no longer given is removed, as in any incremental run, and run.json is
 * written; the manifest, the other outputs and the report stay (the report's run time is the
 * last run's).
 */
async function keepRun(kept: RecordsSummary, ids: string[], options: RunOptions, listing: number, started: number): Promise<RunSummary> {
  const removed = await removeStale(options.out, ids);
  // Note: run.json's fields in the order writeRun gives them.
  const summary: RunSummary = { ...emptySummary(), ...kept, outputs: outputFiles(choiceOf(options)).map((f) => f.path) };
  Object.assign(summary, {
    incremental: { new: 0, changed: 0, unchanged: ids.length, removed },
    ...(options.shard ? { shard: { ...options.shard, listing } } : {}),
  });
  summary.elapsed_ms = Math.round(performance.now() - started);
  await writeFileAtomic(join(options.out, "run.json"), formatJson(summary));
  return summary;
}
