/**
 * Where a run's documents come from, one by one in output order: processed by the pool, or —
 * with `--incremental` — reused from the output folder's state (state.ts) when their bytes,
 * source, casebook version and record options are unchanged. Each processed document's state
 * is written as soon as it is done, so that a killed run resumes from every finished document.
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import pLimit from "p-limit";
import { personsInput, type PersonsInput } from "../persons/index.js";
import type { RunSummary } from "../records.js";
import { writtenFiles, type WrittenFiles } from "./incremental-fresh.js";
import { failedProcessed } from "./pool-failure.js";
import { warmDatabase, warmMainThread } from "./warm.js";
import { createProcessor, type BatchOptions, type Done, type Job, type Processor } from "./processor.js";
import { documentStatePath, isReusable, processedOf, readDocumentState, sha256, STATE_FORMAT, writeDocumentState, type DocumentEntry, type writtenBy } from "./state.js";

/** One document as the writer takes it, with its place, id and hash, and whether it was reused. */
export interface Fetched {
  done: Done;
  entry: DocumentEntry;
  reused: boolean;
  /** What the persons stage reads of it, when known (kept in its state); else taken from its text. */
  persons?: PersonsInput | null;
  /**
   * Set when the output folder already holds the document's JSON and text files as this run
   * writes them if its `copy_of` is this one (the writer then leaves them): a reused document's
   * files from the last finished run, or a merged one's linked from its run.
   */
  written?: { copyOf: string | null };
}

/** A run's documents; `fetch` may be called ahead for look-ahead, each index once. */
export interface DocumentFeed {
  readonly ids: readonly string[];
  fetch(index: number): Promise<Fetched>;
  close(): Promise<void>;
}

export type IncrementalCounts = NonNullable<RunSummary["incremental"]>;

/** Files hashed at once before an incremental run (prepare). */
const HASHING = 16;

export interface JobFeedOptions extends BatchOptions {
  /** The output folder the state goes to; null writes none (`--stdout`). */
  stateOut: string | null;
  /** Reuse documents from the state under `stateOut`. */
  incremental: boolean;
  /** The state key (state.ts's stateKey) of this run's version and options. */
  key: string;
  /**
   * The bytes' hash of each document of the last finished run with this key (its manifest),
   * to tell before the run which documents need processing; null when unknown.
   */
  previous?: ReadonlyMap<string, string | null> | null;
  /** What the last finished run into the folder wrote (state.ts's writtenBy); null when unknown or no JSON is written. */
  written?: ReturnType<typeof writtenBy>;
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

/**
 * The sha256 of a file's bytes; null when it cannot be read or is over the size limit (the
 * document then fails, and is processed again on the next run).
 */
export async function hashFile(path: string, maxBytes: number): Promise<string | null> {
  try {
    if ((await stat(path)).size > maxBytes) return null;
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}

/**
 * What the last finished run wrote of a reused document, when its JSON and text files are there
 * and were written from the same bytes and key (`writtenBy`): the `copy_of` they carry.
 * Note: checked here, in the look-ahead, and not in the writer's loop, where the checks of one
 * document after another added up; against one listing of `json/` and `text/` taken before the
 * run writes any (two calls, not two a document: 4,000 round trips to the file system on a
 * loaded machine were a tenth of a rerun's time).
 */
function filesOf(written: JobFeedOptions["written"], files: WrittenFiles, [, id, hash]: DocumentEntry): Fetched["written"] | null {
  const last = written?.get(id);
  if (!last || hash === null || last.sha256 !== hash) return null;
  return files.json.has(`${id}.json`) && files.text.has(`${id}.txt`) ? { copyOf: last.copyOf } : null;
}

/** The feed of `extract`: `jobs` with their positions in the whole listing. */
export function createJobFeed(
  jobs: readonly { job: Job; ordinal: number }[],
  options: JobFeedOptions,
): DocumentFeed & { counts: IncrementalCounts; prepare(ahead: number): Promise<void> } {
  const counts: IncrementalCounts = { new: 0, changed: 0, unchanged: 0, removed: 0 };
  // Note: the pool starts only when a document needs processing: a rerun with nothing changed
  // never pays the workers' start-up (each loads the whole pipeline).
  let processor: Processor | null = null;
  /** How many documents the pool will be given: every one, unless the last manifest told (prepare). */
  let expected = jobs.length;
  const process = (job: Job): Promise<Done> => {
    if (!processor) {
      // Note: the output stream and callbacks stay here; a worker's options must be cloneable.
      processor = createProcessor(Object.fromEntries(Object.entries(options).filter(([key]) => key !== "stdout")) as BatchOptions, expected);
      // Note: while the first thread loads the pipeline, off the path from its first document to the files.
      setImmediate(warmMainThread);
      // Note: SQLite once that thread has loaded, while it reads the first document (warm.ts).
      void processor.loaded?.then(() => setImmediate(warmDatabase));
    }
    return job.error ? Promise.resolve(failedProcessed(job, job.error.code, job.error.detail)) : processor.process(job);
  };
  const out = options.stateOut;
  let listed: Promise<WrittenFiles> | null = null;
  const hashes = new Map<number, Promise<string | null>>();
  const hashOf = (index: number, job: Job): Promise<string | null> => {
    const known = hashes.get(index);
    if (known) hashes.delete(index);
    return known ?? (out === null || job.error ? Promise.resolve(null) : hashFile(job.path, options.maxBytes));
  };
  async function fetch(index: number): Promise<Fetched> {
    const { job, ordinal } = jobs[index] as { job: Job; ordinal: number };
    const hash = await hashOf(index, job);
      const entry: DocumentEntry = [ordinal, job.id, hash];
      if (out !== null && options.incremental) {
        const cached = await readDocumentState(out, job.id);
        const source = job.source ?? job.path;
        if (cached && cached.reusable && hash !== null && cached.sha256 === hash && cached.key === options.key && cached.result.document.source === source) {
          counts.unchanged++;
          const files = filesOf(options.written, await (listed ??= writtenFiles(out)), entry);
          return { done: processedOf(cached), entry, reused: true, persons: cached.persons, ...(files ? { written: files } : {}) };
        }
        // Note: a state file of another format (an older casebook's) is a state that is not valid any more.
        if (cached || existsSync(documentStatePath(out, job.id))) counts.changed++;
        else counts.new++;
      }
      const done = withSource(await process(job), job);
      // Note: computed here once, for the state and the persons stage alike (it needs the text).
      const persons = personsInput(done.result, done.text);
      if (out !== null) {
        const reusable = isReusable(hash, done.result);
        await writeDocumentState(out, { format: STATE_FORMAT, id: job.id, sha256: hash, key: options.key, reusable, result: done.result, persons, text: done.text });
      }
      return { done, entry, reused: false, persons };
  }
  // Note: documents that the last run's manifest says are new or changed start processing at
  // once, up to the look-ahead, so that the workers' start-up and their work overlap the reuse
  // of everything before them (a few letters added to a large archive).
  // Every file is hashed first, several at once (one at a time, the reads' latency under load
  // held back the whole rerun), so that the pool is sized for the documents to process, not for
  // the whole listing: 20 letters added to 2,000 do not repay a second worker's start-up.
  const early = new Map<number, Promise<Fetched>>();
  async function prepare(ahead: number): Promise<void> {
    const previous = options.previous;
    if (!options.incremental || out === null || !previous) return;
    const limit = pLimit(HASHING);
    const found = await Promise.all(jobs.map(({ job }) => (job.error ? null : limit(() => hashFile(job.path, options.maxBytes)))));
    const stale: number[] = [];
    found.forEach((hash, index) => {
      hashes.set(index, Promise.resolve(hash));
      if (hash === null || previous.get((jobs[index] as { job: Job }).job.id) !== hash) stale.push(index);
    });
    expected = stale.length;
    for (const index of stale.slice(0, ahead)) {
      const started = fetch(index);
      started.catch(() => undefined);
      early.set(index, started);
    }
  }
  return {
    counts,
    ids: jobs.map(({ job }) => job.id),
    prepare,
    fetch(index) {
      const started = early.get(index);
      early.delete(index);
      return started ?? fetch(index);
    },
    close: async () => {
      await (processor as Processor | null)?.close();
    },
  };
}
