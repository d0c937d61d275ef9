/**
 * Small and large batches end to end, as a user runs them: the CLI in a process of its own, Node's
 * start included, against bare compromise (`nlp()` on the same texts, its load and Node's start
 * included), and the default (adaptive) pool against one worker at each size, alternated so that
 * a disturbance of the shared machine falls on both (issue 19, docs/performance.md).
 */
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Measure } from "./child.js";
import type { CorpusFile } from "./corpus.js";
import { cliFlags } from "./cli-flags.js";
import { ratio } from "./report.js";

const TIMED = fileURLToPath(new URL("./timed.js", import.meta.url));
let runs = 0;

/** Spawns timed.js and returns wall (spawn to exit), CPU and peak RSS of the whole process. */
function timed(args: string[], flags: string[], cli?: string): Promise<{ seconds: number; cpuSeconds: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = cli === undefined ? process.env : { ...process.env, CASEBOOK_CLI: cli };
    const child = spawn(process.execPath, [...flags, TIMED, ...args], { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => {
      const seconds = (performance.now() - started) / 1000;
      const line = stderr.split("\n").find((l) => l.startsWith("TIMED "));
      if (!line) return reject(new Error(`no measure from ${args.join(" ")}: ${stderr.slice(-500)}`));
      resolve({ seconds, ...(JSON.parse(line.slice(6)) as { cpuSeconds: number; rssMb: number }) });
    });
  });
}

/** What a list of files holds, for the table. */
export interface Sample {
  files: CorpusFile[];
  /** Words of the texts as read from disk (bare compromise's rows). */
  words: number;
  bytes: number;
}

/** The words and bytes of a list of files (words of text files only). */
export async function sampleOf(files: CorpusFile[]): Promise<Sample> {
  let words = 0;
  let bytes = 0;
  for (const file of files) {
    const data = await readFile(file.path);
    bytes += data.length;
    if (file.format === "text") words += data.toString("utf8").match(/\S+/g)?.length ?? 0;
  }
  return { files, words, bytes };
}

/**
 * `casebook extract` over a folder, default flags but `--quiet` and `extra`; `workers` null is the
 * default pool; `cli` another build's `dist/src/cli.js`. Words and failures are read from run.json.
 */
export async function measureCli(scratch: string, batch: SmallBatch, workers: number | null, cli?: string): Promise<Measure> {
  const out = join(scratch, `small-out-${++runs}`);
  const args = ["cli", "extract", batch.folder, "--out", out, "--quiet", ...batch.extra, ...(workers === null ? [] : ["--concurrency", String(workers)])];
  // Note: each build with its own shebang's flags, as `casebook` runs it.
  const m = await timed(args, cliFlags(cli), cli);
  const summary = JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { documents: number; words: number; failed: number };
  return { docs: summary.documents, words: summary.words, bytes: batch.sample.bytes, ...m, load: loadavg()[0] ?? 0, failed: summary.failed };
}

/** Bare compromise over the same files, in a process of its own: load, read, `nlp()`. */
export async function measureBareCompromise(scratch: string, sample: Sample): Promise<Measure> {
  const list = join(scratch, `small-list-${++runs}.json`);
  await writeFile(list, JSON.stringify(sample.files));
  const m = await timed(["compromise", list], []);
  return { docs: sample.files.length, words: sample.words, bytes: sample.bytes, ...m, load: loadavg()[0] ?? 0, failed: 0 };
}

export interface SmallBatch {
  label: string;
  /** The folder holding exactly these files (the CLI walks it). */
  folder: string;
  sample: Sample;
  /** Text only: bare compromise can read it. */
  text: boolean;
  /** More CLI flags (`--no-report`). */
  extra: string[];
}

const fastest = (list: Measure[]): Measure => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));

/**
 * Measures each batch with the default pool and one worker (alternated, best of `repeat`; at
 * least 3 for batches of 20 or fewer, whose seconds the machine's noise swamps), bare compromise
 * on the text batches, and `baseline` (another build's CLI, default flags) when given; adds rows
 * through `add` and returns the ratio lines.
 */
export async function benchSmallBatches(
  scratch: string,
  batches: SmallBatch[],
  repeat: number,
  add: (name: string, m: Measure) => Measure,
  baseline?: string,
): Promise<string[]> {
  const lines: string[] = [];
  const results = new Map<string, { auto: Measure; one: Measure; bare: Measure | null }>();
  const base = new Map<string, Measure>();
  for (const batch of batches) {
    const auto: Measure[] = [];
    const one: Measure[] = [];
    const bare: Measure[] = [];
    const old: Measure[] = [];
    const rounds = batch.sample.files.length <= 20 ? Math.max(3, repeat) : Math.max(1, repeat);
    // Note: the configurations alternate within each round, so that the machine's load falls on all.
    for (let i = 0; i < rounds; i++) {
      auto.push(await measureCli(scratch, batch, null));
      one.push(await measureCli(scratch, batch, 1));
      if (batch.text) bare.push(await measureBareCompromise(scratch, batch.sample));
      if (baseline) old.push(await measureCli(scratch, batch, null, baseline));
    }
    const runs = rounds > 1 ? ` best of ${rounds}` : "";
    if (baseline) base.set(batch.label, add(`${batch.label}: baseline build, default workers${runs}`, fastest(old)));
    const result = {
      auto: add(`${batch.label}: casebook, default workers${runs}`, fastest(auto)),
      one: add(`${batch.label}: casebook, 1 worker${runs}`, fastest(one)),
      bare: bare.length > 0 ? add(`${batch.label}: bare compromise nlp(), process${runs}`, fastest(bare)) : null,
    };
    results.set(batch.label, result);
  }
  const [first, twenty, many] = batches;
  const at = (batch: SmallBatch | undefined): { auto: Measure; one: Measure; bare: Measure | null } | undefined =>
    batch ? results.get(batch.label) : undefined;
  const a1 = at(first);
  const a20 = at(twenty);
  const a400 = at(many);
  if (a1) lines.push(ratio(`${first?.label}: end to end, default, s`, a1.auto.seconds, "≤ 0.5", a1.auto.seconds <= 0.5));
  if (a20) lines.push(ratio(`${twenty?.label}: end to end, default, s`, a20.auto.seconds, "≤ 1.0", a20.auto.seconds <= 1));
  if (a20?.bare) {
    const r = a20.auto.seconds / a20.bare.seconds;
    lines.push(ratio(`${twenty?.label}: casebook / bare compromise (wall)`, r, "≤ 1.5", r <= 1.5));
  }
  if (a400?.bare) {
    const r = a400.bare.seconds / a400.auto.seconds;
    lines.push(ratio(`${many?.label}: bare compromise / casebook default (wall)`, r, "≥ 1.5", r >= 1.5));
  }
  for (const batch of batches) {
    const r = results.get(batch.label);
    if (!r) continue;
    const speed = r.one.seconds / r.auto.seconds;
    lines.push(ratio(`${batch.label}: default / 1 worker, speed (wall)`, speed, "≥ 1.0", speed >= 1));
    lines.push(ratio(`  the same, CPU s default / 1 worker`, r.auto.cpuSeconds / r.one.cpuSeconds, "info", true));
    const old = base.get(batch.label);
    if (old) {
      lines.push(ratio(`  baseline build / this, default, wall`, old.seconds / r.auto.seconds, "info", true));
      lines.push(ratio(`  baseline build / this, default, CPU s`, old.cpuSeconds / r.auto.cpuSeconds, "info", true));
      lines.push(ratio(`  peak RSS this / baseline build`, r.auto.rssMb / old.rssMb, "≤ 1.0", r.auto.rssMb <= old.rssMb));
    }
  }
  const last = results.get(batches.at(-1)?.label ?? "");
  if (last) lines.push(ratio(`${batches.at(-1)?.label}: peak RSS, default, MB`, last.auto.rssMb, "< 500", last.auto.rssMb < 500));
  return lines;
}
