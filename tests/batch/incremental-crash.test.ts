/**
 * A run killed with kill -9 — while documents are processed, once all are, while the outputs
 * are written — resumes with `--incremental` (issue 14): the finished documents are reused
 * from their state, and the result is the uninterrupted run's, byte for byte.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { killAt } from "../helpers/kill.js";
import { letter, snapshot, writeLetters } from "../helpers/snapshot.js";

const ARGS = ["--concurrency", "1", "--no-ocr", "--quiet", "--incremental"];
const LETTERS = 12;
let work: string;
let input: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-incremental-crash-"));
  input = join(work, "in");
  await mkdir(input);
  const letters: Record<string, string> = {};
  for (let i = 0; i < LETTERS; i++) letters[`l${String(i).padStart(2, "0")}.txt`] = letter(i).repeat(1 + (i % 4));
  await writeLetters(input, letters);
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** How many document states the run has written (temporary files aside). */
async function states(out: string): Promise<number> {
  const root = join(out, "state", "documents");
  if (!existsSync(root)) return 0;
  let count = 0;
  for (const folder of await readdir(root)) count += (await readdir(join(root, folder)).catch(() => [])).filter((n) => !n.startsWith(".")).length;
  return count;
}

it("resumes a run killed with kill -9 and ends identical to an uninterrupted one", async () => {
  const reference = join(work, "reference");
  expect((await runCli(["extract", input, "--out", reference, ...ARGS])).code).toBe(0);
  const expected = await snapshot(reference);
  // Kill points: after 1, 5 and 9 documents' states, once all are in (outputs being written),
  // and once documents.csv is there (persons, run.json, the report, the manifest to come).
  const points: (number | "csv")[] = [1, 5, 9, LETTERS, "csv"];
  let kills = 0;
  for (const [index, point] of points.entries()) {
    const out = join(work, `killed-${index}`);
    const reached = async (): Promise<boolean> => (point === "csv" ? existsSync(join(out, "documents.csv")) : (await states(out)) >= point);
    const killed = await killAt(["extract", input, "--out", out, ...ARGS], reached);
    if (killed.signal === "SIGKILL") kills++;
    const written = await states(out);
    // Note: a killed run has no manifest, so merge cannot mistake it for a finished one.
    if (killed.signal === "SIGKILL") expect(existsSync(join(out, "state", "manifest.json"))).toBe(false);
    const resumed = await runCli(["extract", input, "--out", out, ...ARGS]);
    expect(resumed.code, resumed.stderr).toBe(0);
    const summary = JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { incremental: { new: number; changed: number; unchanged: number } };
    console.log(`kill -9 after ${point === "csv" ? "documents.csv" : `${point} states`}: ${killed.signal ?? "finished"}, ${written} states; resumed: ${JSON.stringify(summary.incremental)}`);
    expect(summary.incremental.unchanged).toBe(written);
    expect(summary.incremental.new + summary.incremental.changed + summary.incremental.unchanged).toBe(LETTERS);
    expect(await snapshot(out), `resumed after a kill at ${point}`).toEqual(expected);
  }
  expect(kills).toBeGreaterThanOrEqual(4);
}, 600_000);
