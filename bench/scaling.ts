/**
 * The bench rows of issue 14 (docs/scaling.md), each against a full run of the same bench:
 * adding 20 letters to a processed archive, a rerun with nothing changed, and a merge of 3
 * shards at two sizes (time, and peak memory, which must stay flat).
 * The shards are made the way a user could: each shard folder starts with the archive's
 * per-document states (hard links) and runs `--shard i/3 --incremental`, which reuses its own
 * documents and drops the others; so no document is processed again to build them. Memory at
 * five times the archive's size is measured the same way: the archive's states under new ids,
 * as k runs merged (renamedRuns, `--renamed k`).
 * Called by run.ts (`npm run bench`); alone: `node dist/bench/scaling.js [--docs 2000] [--small 200]
 * [--renamed 5]` (the renamed runs' rows, alone only: 10,000 documents add minutes).
 */
import { link, mkdir, readdir } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Measure } from "./child.js";
import { buildCorpus, type CorpusFile, type Seeds } from "./corpus.js";
import { ratio } from "./report.js";
import { measureCasebook, measureMerge } from "./spawn.js";

/** A full run the rows compare with: its files, its output folder and its measure. */
export interface FullRun {
  files: CorpusFile[];
  out: string;
  measure: Measure;
}

export interface ScalingBench {
  scratch: string;
  seeds: Seeds;
  workers: number;
  /** The small run (200 documents) and the large one (2,000), both already made. */
  small: FullRun;
  large: FullRun;
  /** Adds a row to the table and returns its measure. */
  add: (name: string, measure: Measure) => Measure;
  /** Also merge the archive from this many renamed runs (memory at that many times its size); 0 or absent: not. */
  renamed?: number;
}

/** Hard-links every file of `from` into `to` (made), folders recreated. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await linkTree(join(from, entry.name), join(to, entry.name));
    else if (entry.isFile()) await link(join(from, entry.name), join(to, entry.name));
  }
}

/** The 3 shards of a full run, made from its states (see the module comment), then merged. */
async function mergeOfShards(bench: ScalingBench, run: FullRun, name: string): Promise<Measure> {
  const shards: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const out = join(bench.scratch, `${name}-shard-${i}`);
    await linkTree(join(run.out, "state", "documents"), join(out, "state", "documents"));
    const { runBatch } = await import("../src/batch/run.js");
    const { DEFAULT_OPTIONS } = await import("../src/options.js");
    const summary = await runBatch(
      run.files.map(({ path, id }) => ({ path, id })),
      { ...DEFAULT_OPTIONS, concurrency: 1, timeoutMs: 60_000, out, formats: new Set(["json", "csv"]), report: false, incremental: true, shard: { index: i, count: 3 } },
    );
    if ((summary.incremental?.new ?? 0) + (summary.incremental?.changed ?? 0) > 0) throw new Error(`shard ${i} of ${name} processed documents again`);
    shards.push(out);
  }
  return measureMerge(bench.scratch, shards, join(bench.scratch, `${name}-merged`));
}

/**
 * `copies` plain runs made from a run's states, each with every document under a new id
 * (`r<k>/<id>`): a large merge to measure memory at several times the bench's size without
 * processing a document (their texts repeat, so most are copies of the first run's).
 */
async function renamedRuns(bench: ScalingBench, run: FullRun, copies: number): Promise<string[]> {
  const { documentStatePath, formatManifest, listingHash, readManifest } = await import("../src/batch/state.js");
  const { mkdir: makeDir, readFile, writeFile } = await import("node:fs/promises");
  const { dirname } = await import("node:path");
  const manifest = await readManifest(run.out);
  if (!manifest) throw new Error(`${run.out} has no manifest`);
  const runs: string[] = [];
  for (let k = 1; k <= copies; k++) {
    const out = join(bench.scratch, `renamed-${k}`);
    const documents: typeof manifest.documents = [];
    for (const [, id, hash] of manifest.documents) {
      const raw = await readFile(documentStatePath(run.out, id));
      const line = raw.indexOf(10);
      const head = JSON.parse(raw.toString("utf8", 0, line)) as { id: string; result: { document: { id: string } } };
      const renamed = `r${k}/${id}`;
      head.id = renamed;
      head.result.document.id = renamed;
      const path = documentStatePath(out, renamed);
      await makeDir(dirname(path), { recursive: true });
      await writeFile(path, Buffer.concat([Buffer.from(JSON.stringify(head)), raw.subarray(line)]));
      documents.push([documents.length, renamed, hash, null]);
    }
    await writeFile(join(out, "state", "manifest.json"), formatManifest({ ...manifest, shard: null, listing: { documents: documents.length, sha256: listingHash(documents.map((d) => d[1])) }, documents }));
    runs.push(out);
  }
  return runs;
}

/** Measures the rows and returns the ratio lines for the report. */
export async function benchScaling(bench: ScalingBench): Promise<string[]> {
  const { scratch, seeds, workers, small, large, add } = bench;
  const docs = large.files.length;
  // 20 new letters beside the archive's, with ids of their own.
  const extra = (await buildCorpus(join(scratch, "new-letters"), seeds, 20, 4242)).map((f) => ({ ...f, id: `new/${f.id}` }));
  const grown = [...large.files, ...extra];
  const added = add(`incremental: +20 letters to ${docs}`, await measureCasebook(scratch, grown, workers, 60, { out: large.out, incremental: true }));
  const same = add(`incremental: nothing changed, ${grown.length} docs`, await measureCasebook(scratch, grown, workers, 60, { out: large.out, incremental: true }));
  const mergeSmall = add(`merge of 3 shards, ${small.files.length} docs`, await mergeOfShards(bench, small, "small"));
  const mergeLarge = add(`merge of 3 shards, ${docs} docs`, await mergeOfShards(bench, large, "large"));
  // Memory at k times the archive: its documents merged from 1 and from k renamed runs.
  const k = bench.renamed ?? 0;
  const renamed = k > 1 ? await renamedRuns(bench, large, k) : [];
  const mergeOne = k > 1 ? add(`merge of 1 renamed run, ${grown.length} docs`, await measureMerge(scratch, renamed.slice(0, 1), join(scratch, "renamed-merged-1"))) : null;
  const mergeMany = k > 1 ? add(`merge of ${k} renamed runs, ${k * grown.length} docs`, await measureMerge(scratch, renamed, join(scratch, "renamed-merged-k"))) : null;
  const full = large.measure.seconds;
  const rss = mergeLarge.rssMb / mergeSmall.rssMb;
  return [
    ratio(`incremental +20 to ${docs} / full run of ${docs} (wall)`, added.seconds / full, "≤ 0.10", added.seconds / full <= 0.1),
    ratio(`incremental, nothing changed / full run (wall)`, same.seconds / full, "≤ 0.05", same.seconds / full <= 0.05),
    ratio(`merge of ${docs} (3 shards) / full run (wall)`, mergeLarge.seconds / full, "≤ 0.10", mergeLarge.seconds / full <= 0.1),
    ratio(`merge peak RSS ${docs} docs / ${small.files.length} docs`, rss, "≤ 1.2 (flat)", rss <= 1.2),
    ...(mergeOne && mergeMany
      ? [ratio(`merge peak RSS ${k * grown.length} docs / ${grown.length} docs (renamed runs)`, mergeMany.rssMb / mergeOne.rssMb, "≤ 1.2 (flat)", mergeMany.rssMb / mergeOne.rssMb <= 1.2)]
      : []),
  ];
}

// Alone: builds its corpus, makes the two full runs, then the rows.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { parseArgs } = await import("node:util");
  const { mkdtemp, rm } = await import("node:fs/promises");
  const { loadSeeds } = await import("./corpus.js");
  const { table } = await import("./report.js");
  const { values } = parseArgs({ options: { docs: { type: "string" }, small: { type: "string" }, workers: { type: "string" }, renamed: { type: "string" }, keep: { type: "boolean" } } });
  const docs = Number(values.docs ?? 2000);
  const smallCount = Number(values.small ?? 200);
  const workers = Number(values.workers ?? availableParallelism());
  const scratch = await mkdtemp(join(tmpdir(), "casebook-bench-scaling-"));
  const rows: { name: string; measure: Measure }[] = [];
  const add = (name: string, measure: Measure): Measure => {
    rows.push({ name, measure });
    process.stderr.write(`  ${name}: ${measure.seconds.toFixed(1)} s\n`);
    return measure;
  };
  try {
    const seeds = await loadSeeds(fileURLToPath(new URL("../../fixtures/letters/", import.meta.url)));
    const corpus = await buildCorpus(join(scratch, "corpus"), seeds, docs);
    const head = corpus.slice(0, smallCount);
    const smallOut = join(scratch, "small-run");
    const largeOut = join(scratch, "archive");
    const small = { files: head, out: smallOut, measure: add(`all formats, ${workers} workers, ${smallCount} docs`, await measureCasebook(scratch, head, workers, 60, { out: smallOut })) };
    const large = { files: corpus, out: largeOut, measure: add(`all formats, ${workers} workers, ${docs} docs`, await measureCasebook(scratch, corpus, workers, 60, { out: largeOut })) };
    const lines = await benchScaling({ scratch, seeds, workers, small, large, add, renamed: Number(values.renamed ?? 5) });
    console.log(table(rows));
    console.log("");
    for (const line of lines) console.log(line);
  } finally {
    if (values.keep) process.stderr.write(`kept ${scratch}\n`);
    else await rm(scratch, { recursive: true, force: true });
  }
}
