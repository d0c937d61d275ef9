/**
 * `casebook merge`: the output folders of runs over disjoint documents — the shards of one
 * listing, or runs over other inputs — into one output, byte-identical to a single run over
 * them all. Documents are read back from each run's state (state.ts), one at a time in output
 * order, and go through the same writer as a run (run.ts's writeRun), which recomputes what
 * spans documents (persons, copies): memory stays flat but for the list of ids.
 * Order: shards of one listing in the listing's order (each document's ordinal); other runs one
 * after the other in the order given, as `casebook extract A B` reads its inputs.
 */
import { copyFile, link, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { VERSION } from "../version.js";
import { temporaryPath } from "../write/atomic.js";
import type { RunSummary } from "../records.js";
import type { DocumentFeed, Fetched } from "./feed.js";
import { prepareOutFolder } from "./out-folder.js";
import { writeRun, type OutputFormat, type RunOptions } from "./run.js";
import {
  documentStatePath,
  listingHash,
  processedOf,
  readDocumentState,
  readManifest,
  removeManifest,
  type Manifest,
  type ManifestEntry,
} from "./state.js";

/** A merge that cannot be done as asked; the CLI prints it and exits 2. */
export class MergeError extends Error {
  override name = "MergeError";
}

export interface MergeOptions {
  out: string;
  /** Default: the runs' formats, when they agree; else json,csv. */
  formats?: ReadonlySet<OutputFormat>;
  csvBom?: boolean;
  report?: boolean;
  /** Merge what exists when shards are missing, instead of refusing. */
  allowPartial?: boolean;
  signal?: AbortSignal;
  onDocument?: RunOptions["onDocument"];
}

interface Source {
  run: string;
  manifest: Manifest;
}

/** What will be merged: each document's run, in output order, and what is missing. */
export interface MergePlan {
  sources: Source[];
  documents: { run: string; entry: ManifestEntry }[];
  missingShards: number[];
  missingDocuments: number;
}

const list = (values: readonly (string | number)[]): string => values.join(", ");

async function readSources(runs: readonly string[], out: string): Promise<Source[]> {
  if (runs.length === 0) throw new MergeError("merge needs the output folders of the runs to merge");
  const sources: Source[] = [];
  for (const run of runs) {
    if (resolve(run) === resolve(out)) throw new MergeError(`--out ${out} is one of the runs merged: merge into a new folder`);
    let manifest: Manifest | null;
    try {
      manifest = await readManifest(run);
    } catch (error) {
      throw new MergeError(`${run}: ${(error as Error).message}`);
    }
    if (manifest === null) throw new MergeError(`${run} is not the output of a finished casebook run (no state/manifest.json): run it again, with --incremental to keep what it did`);
    sources.push({ run, manifest });
  }
  return sources;
}

/** Refuses runs made by another casebook, or with other options than the first. */
function checkCompatible(sources: readonly Source[]): void {
  const [first] = sources as [Source];
  for (const { run, manifest } of sources) {
    if (manifest.casebook !== VERSION) throw new MergeError(`${run} was made by casebook ${manifest.casebook}, this is ${VERSION}: merge with the casebook that made the runs`);
    if (manifest.key === first.manifest.key) continue;
    const differ = Object.keys({ ...first.manifest.options, ...manifest.options }).filter(
      (name) => JSON.stringify(first.manifest.options[name as keyof Manifest["options"]]) !== JSON.stringify(manifest.options[name as keyof Manifest["options"]]),
    );
    throw new MergeError(`${first.run} and ${run} were run with different options (${differ.length > 0 ? list(differ) : "state format"}): their records cannot be merged`);
  }
}

/** Shards of one listing: all of them there once, or `allowPartial`. */
function checkShards(sources: readonly Source[], allowPartial: boolean): number[] {
  const shards = sources.filter((s) => s.manifest.shard !== null);
  if (shards.length === 0) return [];
  if (shards.length !== sources.length) {
    const plain = sources.find((s) => s.manifest.shard === null) as Source;
    throw new MergeError(`${plain.run} is not a shard (--shard i/N) but ${(shards[0] as Source).run} is: merge shards of one input together`);
  }
  const [first] = shards as [Source];
  const count = first.manifest.shard?.count ?? 0;
  const seen = new Map<number, string>();
  for (const { run, manifest } of shards) {
    const shard = manifest.shard as NonNullable<Manifest["shard"]>;
    if (shard.count !== count) throw new MergeError(`${first.run} is a shard of ${count}, ${run} of ${shard.count}`);
    if (manifest.listing.sha256 !== first.manifest.listing.sha256) {
      throw new MergeError(`${first.run} and ${run} are shards of different inputs (${first.manifest.listing.documents} and ${manifest.listing.documents} documents, or other names)`);
    }
    const twice = seen.get(shard.index);
    if (twice !== undefined) throw new MergeError(`${twice} and ${run} are both shard ${shard.index}/${count}: they overlap`);
    seen.set(shard.index, run);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length > 0 && !allowPartial) {
    throw new MergeError(`shard${missing.length > 1 ? "s" : ""} ${list(missing.map((i) => `${i}/${count}`))} missing (--allow-partial merges the others)`);
  }
  return missing;
}

/** Reads the runs' manifests and checks that they can be merged; throws a MergeError if not. */
export async function planMerge(runs: readonly string[], { out, allowPartial = false }: { out: string; allowPartial?: boolean }): Promise<MergePlan> {
  const sources = await readSources(runs, out);
  checkCompatible(sources);
  const missingShards = checkShards(sources, allowPartial);
  const owner = new Map<string, string>();
  const documents: MergePlan["documents"] = [];
  for (const { run, manifest } of sources) {
    for (const entry of manifest.documents) {
      const other = owner.get(entry[1]);
      if (other !== undefined) throw new MergeError(`${other} and ${run} both hold ${entry[1]}: runs to merge must be over different documents`);
      owner.set(entry[1], run);
      documents.push({ run, entry });
    }
  }
  const sharded = (sources[0] as Source).manifest.shard !== null;
  // Note: a stable sort by position in the listing; plain runs keep the order given.
  if (sharded) documents.sort((a, b) => a.entry[0] - b.entry[0]);
  const listed = sharded ? (sources[0] as Source).manifest.listing.documents : documents.length;
  return { sources, documents, missingShards, missingDocuments: listed - documents.length };
}

/**
 * Puts a run's state file into the merged output: a hard link (state files are only ever
 * replaced by a rename, never written in place, so sharing them is safe), or a copy across
 * file systems; through a temporary name, so that the file appears whole.
 */
async function carryState(from: string, to: string): Promise<void> {
  // Note: first a plain link, which is atomic too and the only call needed in a new output
  // (three calls a file added up over a merge's thousands); the rest only when it fails
  // (a folder to make, a file to replace, another file system).
  try {
    await link(from, to);
    return;
  } catch {
    await mkdir(dirname(to), { recursive: true });
  }
  const temporary = temporaryPath(to);
  try {
    await link(from, temporary).catch(() => copyFile(from, temporary));
    await rename(temporary, to);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Links a run's JSON and text files of a document into the merged output, as carryState does its
 * state; returns the `copy_of` they carry (the run's manifest says), or null when the run has
 * none to give (another format, a file gone). The writer leaves them when the merged `copy_of`
 * is the same — a copy whose original is in another run gets its files written again.
 */
async function carryFiles(run: string, out: string, id: string, copyOf: string | null): Promise<Fetched["written"] | null> {
  try {
    for (const file of [join("json", `${id}.json`), join("text", `${id}.txt`)]) await carryState(join(run, file), join(out, file));
    return { copyOf };
  } catch {
    return null;
  }
}

function mergeFeed(plan: MergePlan, out: string, json: boolean): DocumentFeed {
  const sharded = plan.sources[0]?.manifest.shard !== null;
  const hasJson = new Set(plan.sources.filter((s) => s.manifest.output.formats.includes("json")).map((s) => s.run));
  return {
    ids: plan.documents.map((d) => d.entry[1]),
    async fetch(index): Promise<Fetched> {
      const { run, entry } = plan.documents[index] as MergePlan["documents"][number];
      const [, id, hash, copyOf] = entry;
      const state = await readDocumentState(run, id);
      if (state === null || state.sha256 !== hash) throw new MergeError(`${run}: the state of ${id} is missing or not the one its manifest names; run it again`);
      await carryState(documentStatePath(run, id), documentStatePath(out, id));
      // Note: linked here, in the look-ahead: written one document after another in the writer's
      // loop, the merge of 2,000 documents spent most of its time waiting on the file system.
      const written = json && hasJson.has(run) ? await carryFiles(run, out, id, copyOf ?? null) : null;
      // Note: shards keep their places in the listing; runs put one after another are renumbered.
      return { done: processedOf(state), entry: [sharded ? entry[0] : index, id, hash], reused: false, persons: state.persons, ...(written ? { written } : {}) };
    },
    close: () => Promise.resolve(),
  };
}

/** The output settings: given, else the runs' own when they agree, else the defaults. */
function outputOf(plan: MergePlan, options: MergeOptions): { formats: Set<OutputFormat>; csvBom: boolean; report: boolean } {
  const outputs = plan.sources.map((s) => s.manifest.output);
  const agreed = outputs.every((o) => JSON.stringify(o) === JSON.stringify(outputs[0])) ? outputs[0] : undefined;
  return {
    formats: new Set(options.formats ?? ((agreed?.formats ?? ["json", "csv"]) as OutputFormat[])),
    csvBom: options.csvBom ?? agreed?.csv_bom ?? false,
    report: options.report ?? agreed?.report ?? true,
  };
}

/** Writes the merged output of `plan` under `options.out`; returns its summary. */
export async function mergeRuns(plan: MergePlan, options: MergeOptions): Promise<RunSummary> {
  const started = performance.now();
  const first = (plan.sources[0] as Source).manifest;
  const output = outputOf(plan, options);
  await prepareOutFolder(options.out);
  await removeManifest(options.out);
  const sharded = first.shard !== null;
  const runOptions: RunOptions = {
    ...first.options,
    out: options.out,
    ...output,
    concurrency: 1,
    timeoutMs: 0,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onDocument ? { onDocument: options.onDocument } : {}),
  };
  const summary = await writeRun(mergeFeed(plan, options.out, output.formats.has("json")), runOptions, {
    manifest: {
      format: first.format,
      casebook: first.casebook,
      key: first.key,
      options: first.options,
      output: { formats: [...output.formats].sort(), csv_bom: output.csvBom, report: output.report },
      shard: null,
      listing: sharded ? first.listing : { documents: plan.documents.length, sha256: listingHash(plan.documents.map((d) => d.entry[1])) },
    },
    summary: { merge: { runs: plan.sources.map((s) => s.run), missing_shards: plan.missingShards, missing_documents: plan.missingDocuments } },
  });
  summary.elapsed_ms = Math.round(performance.now() - started);
  return summary;
}
