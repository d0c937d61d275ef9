/**
 * Where a run's documents come from, one by one in output order: processed by the pool, or —
 * with `--incremental` — reused from the output folder's state (state.ts) when their bytes,
 * source, casebook version and record options are unchanged. Each processed document's state
 * is written as soon as it is done, so that a killed run resumes from every finished document.
 */
import { readFile, stat } from "node:fs/promises";
import type { MessageCode } from "../messages.js";
import type { RunSummary } from "../records.js";
import { failedProcessed } from "./pool-failure.js";
import { createProcessor, type BatchOptions, type Done, type Job, type Processor } from "./processor.js";
import { processedOf, readDocumentState, sha256, writeDocumentState, type DocumentEntry } from "./state.js";

/** One document as the writer takes it, with its place, id and hash, and whether it was reused. */
export interface Fetched {
  done: Done;
  entry: DocumentEntry;
  reused: boolean;
}

/** A run's documents; `fetch` may be called ahead for look-ahead, each index once. */
export interface DocumentFeed {
  readonly ids: readonly string[];
  fetch(index: number): Promise<Fetched>;
  close(): Promise<void>;
}

export type IncrementalCounts = NonNullable<RunSummary["incremental"]>;

/** Failures that may not happen again (the machine was busy, a worker died): never reused. */
const TRANSIENT: ReadonlySet<string> = new Set<MessageCode>(["TIMEOUT", "OUT_OF_MEMORY", "WORKER_CRASHED"]);

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
async function hashFile(path: string, maxBytes: number): Promise<string | null> {
  try {
    if ((await stat(path)).size > maxBytes) return null;
    return sha256(await readFile(path));
  } catch {
    return null;
  }
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
  const process = (job: Job): Promise<Done> => {
    // Note: the output stream and callbacks stay here; a worker's options must be cloneable.
    processor ??= createProcessor(Object.fromEntries(Object.entries(options).filter(([key]) => key !== "stdout")) as BatchOptions, jobs.length);
    return job.error ? Promise.resolve(failedProcessed(job, job.error.code, job.error.detail)) : processor.process(job);
  };
  const out = options.stateOut;
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
          return { done: processedOf(cached), entry, reused: true };
        }
        if (cached) counts.changed++;
        else counts.new++;
      }
      const done = withSource(await process(job), job);
      if (out !== null) {
        const code = done.result.document.errors[0]?.code;
        const reusable = hash !== null && !(code !== undefined && TRANSIENT.has(code));
        await writeDocumentState(out, { format: "casebook-state/1", id: job.id, sha256: hash, key: options.key, reusable, result: done.result, text: done.text });
      }
      return { done, entry, reused: false };
  }
  // Note: documents that the last run's manifest says are new or changed start processing at
  // once, up to the look-ahead, so that the workers' start-up and their work overlap the reuse
  // of everything before them (a few letters added to a large archive).
  const early = new Map<number, Promise<Fetched>>();
  async function prepare(ahead: number): Promise<void> {
    const previous = options.previous;
    if (!options.incremental || out === null || !previous) return;
    for (let index = 0; index < jobs.length && early.size < ahead; index++) {
      const { job } = jobs[index] as { job: Job; ordinal: number };
      const hash = out === null || job.error ? null : await hashFile(job.path, options.maxBytes);
      hashes.set(index, Promise.resolve(hash));
      if (hash !== null && previous.get(job.id) === hash) continue;
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
