/**
 * `--incremental` when nothing changed: the last finished run into the folder was over the same
 * documents — same ids in the same order, same bytes, same sources, same version and options,
 * none to retry — and its outputs are still the bytes it wrote. Every output a run would write
 * is then already there, so the run keeps them and writes run.json alone: it reads no document's
 * state, formats no row and clusters no person (docs/scaling.md).
 * What tells it is the manifest's `outputs` (state.ts), which every run that writes a manifest
 * ends with: a hash of the documents' sources, of run.json's fields that the documents decide
 * and of each output file.
 */
import { createHash } from "node:crypto";
import { open, readdir, readFile, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import pLimit from "p-limit";
import type { DocumentResult, RunSummary } from "../records.js";
import { outputFiles, type OutputChoice } from "../write/outputs.js";
import type { Job } from "./processor.js";
import { isReusable, listDocumentStates, sha256, type DocumentEntry, type Manifest, type ManifestEntry, type ManifestOutputs } from "./state.js";

/** run.json's fields that the documents decide: what a run that keeps every output takes from the last run.json. */
export type RecordsSummary = Pick<RunSummary, "documents" | "ok" | "failed" | "counts" | "failures" | "warnings" | "words">;

export function recordsSummary(summary: RecordsSummary): RecordsSummary {
  const { documents, ok, failed, counts, failures, warnings, words } = summary;
  return { documents, ok, failed, counts, failures, warnings, words };
}

const summaryHash = (summary: RecordsSummary): string => sha256(JSON.stringify(recordsSummary(summary)));

/**
 * The output files whose bytes the manifest records: every file of outputs.ts but run.json
 * (its time and what was reused differ from run to run) and the report (its run time); the
 * per-document `json/` and `text/` files are checked by their presence, as a reused document's are.
 */
export function hashedOutputs(choice: OutputChoice): string[] {
  return outputFiles(choice)
    .map((f) => f.path)
    .filter((path) => !path.endsWith("/") && path !== "run.json" && path !== "report/index.html");
}

/** One buffer the output files are read through (a stream's fresh chunks raised a merge's peak RSS by 20-30 MB). */
const chunk = Buffer.allocUnsafe(1 << 20);

/** The sha256 of a file's bytes, read a megabyte at a time (casebook.sqlite may be large). */
async function hashOf(path: string): Promise<string> {
  const hash = createHash("sha256");
  const file = await open(path);
  try {
    for (let read = 1; read > 0; ) {
      ({ bytesRead: read } = await file.read(chunk, 0, chunk.length));
      hash.update(chunk.subarray(0, read));
    }
  } finally {
    await file.close();
  }
  return hash.digest("hex");
}

/** Gathers, as a run writes its documents, what its manifest's `outputs` holds. */
export class OutputsTracker {
  private readonly sources = createHash("sha256");
  private retry = false;

  /** One document, in output order, as written. */
  add([, , hash]: DocumentEntry, result: DocumentResult): void {
    this.sources.update(`${JSON.stringify(result.document.source)}\n`);
    if (!isReusable(hash, result)) this.retry = true;
  }

  /** Once every output but the manifest is written: null when a document is to be processed again. */
  async finish(out: string, choice: OutputChoice, summary: RecordsSummary): Promise<ManifestOutputs | null> {
    if (this.retry) return null;
    const files: Record<string, string> = {};
    for (const path of hashedOutputs(choice)) files[path] = await hashOf(join(out, path));
    return { sources: this.sources.digest("hex"), summary: summaryHash(summary), files };
  }
}

/** Files hashed at once (one at a time, each read's latency on a loaded machine adds up). */
const HASHING = 16;

/** Every file below `folder`, as `/`-separated paths relative to it; empty when there is none. */
async function filesBelow(folder: string): Promise<Set<string>> {
  const names = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  return new Set(sep === "/" ? names : names.map((name) => name.split(sep).join("/")));
}

/** The per-document files under an output folder, as `json/` and `text/` relative paths. */
export interface WrittenFiles {
  json: ReadonlySet<string>;
  text: ReadonlySet<string>;
}

/** Lists `json/` and `text/` under `out` (a call each, whatever the number of documents). */
export async function writtenFiles(out: string): Promise<WrittenFiles> {
  const [json, text] = await Promise.all([filesBelow(join(out, "json")), filesBelow(join(out, "text"))]);
  return { json, text };
}

export interface FreshCheck {
  out: string;
  /** The last finished run's manifest (read before this run removes it). */
  last: Manifest | null;
  /** The documents this run takes, with their places in the whole listing. */
  chosen: readonly { job: Job; ordinal: number }[];
  /** What this run's manifest would say, but its documents. */
  head: Pick<Manifest, "key" | "output" | "shard" | "listing">;
  choice: OutputChoice;
  maxBytes: number;
  /** The sha256 of a file's bytes, null when it cannot be read or is over `maxBytes` (feed.ts's). */
  hashFile: (path: string, maxBytes: number) => Promise<string | null>;
}

/** The last run's run.json fields that the documents decide, when it is the one that run wrote; else null. */
async function lastSummary(out: string, expected: string): Promise<RecordsSummary | null> {
  try {
    const summary = recordsSummary(JSON.parse(await readFile(join(out, "run.json"), "utf8")) as RunSummary);
    return summaryHash(summary) === expected ? summary : null;
  } catch {
    return null;
  }
}

/** Whether the output files are still the bytes the last run wrote (and the report and per-document files are there). */
async function outputsIntact(out: string, outputs: ManifestOutputs, check: FreshCheck): Promise<boolean> {
  const paths = hashedOutputs(check.choice);
  if (JSON.stringify(paths) !== JSON.stringify(Object.keys(outputs.files))) return false;
  for (const [path, hash] of Object.entries(outputs.files)) {
    try {
      if ((await hashOf(join(out, path))) !== hash) return false;
    } catch {
      return false;
    }
  }
  if (check.choice.report && check.choice.json && !(await stat(join(out, "report", "index.html")).catch(() => null))?.isFile()) return false;
  if (!check.choice.json) return true;
  const { json, text } = await writtenFiles(out);
  return check.chosen.every(({ job }) => json.has(`${job.id}.json`) && text.has(`${job.id}.txt`));
}

/**
 * When every output of the last run into `out` is what this run would write: run.json's fields
 * that the documents decide, read from the last run.json. Else null (the run goes on as usual).
 * The cheap checks come first: the input files are hashed only when all else agrees.
 */
export async function keptOutputs(check: FreshCheck): Promise<RecordsSummary | null> {
  const { out, last, chosen, head } = check;
  const outputs = last?.outputs;
  if (!last || !outputs) return null;
  if (last.key !== head.key || JSON.stringify([last.output, last.shard, last.listing]) !== JSON.stringify([head.output, head.shard, head.listing])) return null;
  if (last.documents.length !== chosen.length) return null;
  const sources = createHash("sha256");
  for (const [i, { job, ordinal }] of chosen.entries()) {
    const [lastOrdinal, id, hash] = last.documents[i] as ManifestEntry;
    if (lastOrdinal !== ordinal || id !== job.id || hash === null || job.error) return null;
    sources.update(`${JSON.stringify(job.source ?? job.path)}\n`);
  }
  if (sources.digest("hex") !== outputs.sources) return null;
  const summary = await lastSummary(out, outputs.summary);
  if (!summary || !(await outputsIntact(out, outputs, check))) return null;
  // Note: every document's state must be there too (a later run or merge reads them); what is
  // in them is the last run's, as the outputs are, while its manifest stands.
  const states = new Set((await listDocumentStates(out)).map((s) => s.name));
  if (!chosen.every(({ job }) => states.has(sha256(job.id)))) return null;
  const limit = pLimit(HASHING);
  const hashes = await Promise.all(chosen.map(({ job }) => limit(() => check.hashFile(job.path, check.maxBytes))));
  return hashes.every((hash, i) => hash === (last.documents[i] as ManifestEntry)[2]) ? summary : null;
}
