import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const LETTER = "Dear Colleagues,\n\nOn 9 August 2020 Sergei Dylevsky was sentenced to 10 days in prison by a court in Minsk.\n\n";
let work: string;
let input: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-crash-"));
  input = join(work, "in");
  await mkdir(input);
  for (let i = 0; i < LETTERS; i++) await writeFile(join(input, `l${String(i).padStart(3, "0")}.txt`), LETTER.repeat(1 + (i % 7)));
  for (const name of ["ituc-belarus-2020.docx", "ituc-belarus-2020.pdf"]) await copyFile(join("fixtures/letters", name), join(input, name));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under `dir` (hidden ones too) with its bytes' hash; run.json and the report without the run's time. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    let bytes: string | Buffer = await readFile(path);
    if (entry.name === "run.json") bytes = bytes.toString().replace(/"elapsed_ms": \d+/, "");
    if (entry.name === "index.html") bytes = bytes.toString().replace(/[\d.]+ s run/, "");
    files.set(path.slice(dir.length + 1), createHash("sha256").update(bytes).digest("hex"));
  }
  return files;
}

/** A seeded generator (mulberry32), so that the kill points are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARGS = ["--concurrency", "1", "--quiet"];
const LETTERS = 12;
/** The letters, a .docx and a PDF. */
const DOCUMENTS = LETTERS + 2;

/** Whether the run writing `out` has written `after` documents' text files, or documents.csv. */
async function reached(out: string, after: number | "csv"): Promise<boolean> {
  if (after === "csv") return existsSync(join(out, "documents.csv"));
  if (!existsSync(join(out, "text"))) return false;
  return (await readdir(join(out, "text"))).filter((name) => !name.startsWith(".")).length >= after;
}

it("leaves no half-written file when killed (kill -9) at random points, and a rerun is byte-identical", async () => {
  const inputBefore = await snapshot(input);
  const reference = join(work, "reference");
  const started = performance.now();
  expect((await runCli(["extract", input, "--out", reference, ...ARGS])).code).toBe(0);
  const duration = performance.now() - started;
  const expected = await snapshot(reference);

  // Kill points: during start-up (by time), after the n-th document's files (n seeded, spread
  // over the batch), once every document is written (the CSV commit), and once documents.csv is
  // there (the report being written).
  const next = random(13);
  const total = DOCUMENTS;
  const points: { after: number | "csv" | null; delay: number }[] = [
    { after: null, delay: duration * 0.05 },
    ...[0, 1, 2].map((third) => ({ after: 2 + Math.floor(((third + next()) / 3) * (total - 3)), delay: 0 })),
    { after: total, delay: 0 },
    { after: "csv" as const, delay: 0 },
  ];
  let kills = 0;
  for (const [index, point] of points.entries()) {
    const out = join(work, `killed-${index}`);
    let pid = 0;
    const running = runCli(["extract", input, "--out", out, ...ARGS], { onSpawn: (p) => (pid = p) });
    let finished = false;
    void running.then(() => (finished = true));
    if (point.after === null) await new Promise((resolve) => setTimeout(resolve, point.delay));
    else {
      while (!finished && !(await reached(out, point.after))) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already finished
    }
    const killed = await running;
    if (killed.signal === "SIGKILL") kills++;
    const written = [...(await snapshot(out)).keys()];
    const where = point.after === null ? `${Math.round(point.delay)} ms` : `after ${point.after === "csv" ? "documents.csv" : `${point.after} documents`}`;
    console.log(`kill -9 ${where}: ${killed.signal ?? "finished"}, ${written.filter((p) => !p.includes("/.") && !p.startsWith(".")).length} files, ${written.filter((p) => p.endsWith(".tmp")).length} temporary`);
    // Every visible file is complete: the one the reference run wrote, byte for byte.
    for (const [path, hash] of await snapshot(out)) {
      if (path.split("/").some((part) => part.startsWith("."))) continue;
      expect(hash, `${path} after a kill ${where}`).toBe(expected.get(path));
    }
    const rerun = await runCli(["extract", input, "--out", out, ...ARGS]);
    expect(rerun.code).toBe(0);
    expect(await snapshot(out), `rerun after a kill ${where}`).toEqual(expected);
  }
  expect(kills).toBeGreaterThanOrEqual(5);
  expect(await snapshot(input)).toEqual(inputBefore);
  expect((await stat(input)).isDirectory()).toBe(true);
}, 600_000);
