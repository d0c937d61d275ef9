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
  for (let i = 0; i < 24; i++) await writeFile(join(input, `l${String(i).padStart(3, "0")}.txt`), LETTER.repeat(1 + (i % 7)));
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

it("leaves no half-written file when killed (kill -9) at random points, and a rerun is byte-identical", async () => {
  const inputBefore = await snapshot(input);
  const reference = join(work, "reference");
  const started = performance.now();
  expect((await runCli(["extract", input, "--out", reference, ...ARGS])).code).toBe(0);
  const duration = performance.now() - started;
  const expected = await snapshot(reference);

  const next = random(13);
  let kills = 0;
  for (let point = 0; point < 6; point++) {
    const out = join(work, `killed-${point}`);
    // Note: spread over the whole run (start-up, documents, CSV commit and report) with jitter.
    const delay = duration * ((point + next()) / 6);
    let pid = 0;
    const running = runCli(["extract", input, "--out", out, ...ARGS], { onSpawn: (p) => (pid = p) });
    await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already finished
    }
    const killed = await running;
    if (killed.signal === "SIGKILL") kills++;
    const written = [...(await snapshot(out)).keys()];
    console.log(`kill -9 at ${Math.round(delay)} ms of ${Math.round(duration)}: ${killed.signal ?? "finished"}, ${written.length} files, ${written.filter((p) => p.endsWith(".tmp")).length} temporary`);
    // Every visible file is complete: the one the reference run wrote, byte for byte.
    for (const [path, hash] of await snapshot(out)) {
      if (path.split("/").some((part) => part.startsWith("."))) continue;
      expect(hash, `${path} after a kill at ${Math.round(delay)} ms`).toBe(expected.get(path));
    }
    const rerun = await runCli(["extract", input, "--out", out, ...ARGS]);
    expect(rerun.code).toBe(0);
    expect(await snapshot(out), `rerun after a kill at ${Math.round(delay)} ms`).toEqual(expected);
  }
  expect(kills).toBeGreaterThanOrEqual(5);
  expect(await snapshot(input)).toEqual(inputBefore);
  expect((await stat(input)).isDirectory()).toBe(true);
}, 300_000);
