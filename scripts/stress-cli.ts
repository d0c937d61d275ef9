/**
 * Runs the built CLI again and again on small batches, every output format, one and two workers,
 * and records how each run ended: exit code, signal, standard error, whether its output is whole,
 * and any core file or Node diagnostic report it left. For the rare deaths by a signal seen in
 * session 9 (docs/performance.md, "Deaths by a signal"): a run that ends badly keeps its folder.
 *
 *   nice -n 10 node dist/scripts/stress-cli.js [--runs 300] [--parallel 1] [--cli PATH] [--work DIR]
 *     [--sizes 1,2,20] [--formats json,csv,jsonl,sqlite,all,stdout] [--workers 1,2] [--node-flag F]...
 *
 * `--cli` runs another build's `dist/src/cli.js` (absolute path). `--parallel 2` runs two at once
 * (more contention between runs, as under CI with other work on the machine). Each run is started
 * by `bash -c 'ulimit -c unlimited; exec node …'` in a folder of its own, so that a core file
 * (kernel.core_pattern `core`) lands beside its log; Node runs with `--report-on-fatalerror`
 * `--report-on-signal` (SIGUSR2) and the flags of the CLI's shebang (each build its own, as
 * `npx casebook` runs it).
 */
import { spawn } from "node:child_process";
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildCorpus, loadSeeds } from "../bench/corpus.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** What makes Node leave a trace of a fatal error; the CLI's own flags are read from its shebang (shebangFlags). */
const NODE_FLAGS = ["--report-on-fatalerror", "--report-on-signal", "--report-compact"];
/** The formats to cycle through: each alone, all together, and the pipe form. */
const FORMATS: Record<string, string[]> = {
  json: ["--format", "json"],
  csv: ["--format", "csv"],
  jsonl: ["--format", "jsonl"],
  sqlite: ["--format", "sqlite"],
  all: ["--format", "json,csv,jsonl,sqlite", "--csv-bom", "--no-report"],
  stdout: ["--stdout"],
};

export interface Outcome {
  run: number;
  config: string;
  code: number | null;
  signal: string | null;
  seconds: number;
  load: number;
  /** Documents run.json counts (or JSON lines of `document` type with --stdout); null when none. */
  documents: number | null;
  expected: number;
  stderr: string;
  /** Core files and diagnostic reports left in the run's folder. */
  traces: string[];
}

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "300" },
    parallel: { type: "string", default: "1" },
    cli: { type: "string", default: join(ROOT, "dist/src/cli.js") },
    work: { type: "string" },
    sizes: { type: "string", default: "1,2,20" },
    formats: { type: "string", default: Object.keys(FORMATS).join(",") },
    workers: { type: "string", default: "1,2" },
    "node-flag": { type: "string", multiple: true, default: [] },
  },
});

/** The Node flags of a CLI file's `#!/usr/bin/env -S node …` line. */
async function shebangFlags(cli: string): Promise<string[]> {
  const first = (await readFile(cli, "utf8")).split("\n", 1)[0] ?? "";
  return first.startsWith("#!") ? first.split(/\s+/).filter((word) => word.startsWith("--")) : [];
}

const list = (value: string): string[] => value.split(",").map((v) => v.trim()).filter(Boolean);

/** One folder of `size` letters per size: text and Markdown, with a DOCX and a PDF from 2 on. */
async function batches(work: string, sizes: number[]): Promise<Map<number, string>> {
  const seeds = await loadSeeds(join(ROOT, "fixtures/letters"), [join(ROOT, "fixtures/generalisation/letters")]);
  const folders = new Map<number, string>();
  for (const size of sizes) {
    const folder = join(work, `in-${size}`);
    await buildCorpus(folder, size >= 2 ? seeds : { ...seeds, docx: [], pdf: [] }, size, 7);
    folders.set(size, folder);
  }
  return folders;
}

/** Runs one configuration in `folder`; resolves however the process ended. */
function runOnce(folder: string, cli: string, cliFlags: string[], args: string[]): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; seconds: number }> {
  const node = [...cliFlags, ...NODE_FLAGS, `--report-directory=${folder}`, ...(flags["node-flag"] ?? [])];
  const quoted = [process.execPath, ...node, cli, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("bash", ["-c", `ulimit -c unlimited; exec ${quoted}`], { cwd: folder, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** How many documents the run says it wrote: run.json, or the document lines of --stdout. */
async function documentsOf(out: string, stdout: string, piped: boolean): Promise<number | null> {
  if (piped) return stdout.split("\n").filter((line) => line.startsWith('{"type":"document"')).length;
  try {
    return (JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { documents: number }).documents;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const work = flags.work ?? join(tmpdir(), `casebook-stress-${process.pid}`);
  await mkdir(work, { recursive: true });
  const sizes = list(flags.sizes).map(Number);
  const inputs = await batches(work, sizes);
  const configs = list(flags.formats).flatMap((format) =>
    list(flags.workers).flatMap((workers) => sizes.map((size) => ({ format, workers, size }))),
  );
  const cliFlags = await shebangFlags(flags.cli as string);
  console.log(`${flags.cli}: node ${cliFlags.join(" ")}`);
  const log = join(work, "runs.jsonl");
  await writeFile(log, "");
  const total = Number(flags.runs);
  let next = 0;
  const tally = new Map<string, number>();
  async function lane(): Promise<void> {
    while (next < total) {
      const run = next++;
      const { format, workers, size } = configs[run % configs.length] as (typeof configs)[number];
      const config = `${format} w${workers} n${size}`;
      const folder = join(work, `run-${run}`);
      await mkdir(folder);
      const out = join(folder, "out");
      const piped = format === "stdout";
      const args = ["extract", inputs.get(size) as string, ...(piped ? [] : ["--out", out]), ...(FORMATS[format] ?? []), "--concurrency", workers, "--quiet"];
      const ended = await runOnce(folder, flags.cli as string, cliFlags, args);
      const traces = (await readdir(folder)).filter((name) => name.startsWith("core") || name.startsWith("report."));
      const documents = await documentsOf(out, ended.stdout, piped);
      const outcome: Outcome = { run, config, code: ended.code, signal: ended.signal, seconds: Math.round(ended.seconds * 100) / 100, load: loadavg()[0] ?? 0, documents, expected: size, stderr: ended.stderr.slice(-4000), traces };
      const fine = ended.code === 0 && documents === size && traces.length === 0 && ended.stderr === "";
      const kind = fine ? "ok" : ended.signal ? `signal ${ended.signal}` : `exit ${ended.code}${documents === size ? "" : " incomplete"}`;
      tally.set(kind, (tally.get(kind) ?? 0) + 1);
      await appendFile(log, `${JSON.stringify(outcome)}\n`);
      if (fine) await rm(folder, { recursive: true, force: true });
      else console.log(`run ${run} (${config}): ${kind}, ${outcome.seconds} s, traces ${traces.join(" ") || "none"}\n  ${outcome.stderr.trim().split("\n").slice(-5).join("\n  ")}`);
      if ((run + 1) % 20 === 0) console.log(`${run + 1}/${total} runs, load ${loadavg()[0]?.toFixed(1)}: ${[...tally].map(([k, n]) => `${k} ${n}`).join(", ")}`);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Number(flags.parallel)) }, lane));
  console.log(`done: ${[...tally].map(([k, n]) => `${k} ${n}`).join(", ")}; log ${log}`);
}

await main();
