import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvRows } from "../../src/write/csv.js";
import { formatJson } from "../../src/write/json.js";
import { DEFAULT_OPTIONS } from "../../src/pipeline.js";
import { createInlineProcessor, createProcessor, type BatchOptions, type Job, type Processor } from "../../src/batch/processor.js";

const LETTERS = new URL("../../fixtures/letters/", import.meta.url);
let folder: string;
let jobs: Job[];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "casebook-processor-"));
  const names = (await readdir(LETTERS)).sort();
  for (const name of names) await copyFile(new URL(name, LETTERS), join(folder, name));
  const letter = await readFile(new URL("ituc-belarus-2020.md", LETTERS), "utf8");
  const paragraphs = letter.split(/\n\s*\n/);
  for (let n = 1; n <= 6; n++) {
    await writeFile(join(folder, `part-${n}.txt`), paragraphs.slice(n, n + 3 * n).join("\n\n"));
  }
  await writeFile(join(folder, "empty.txt"), "");
  await writeFile(join(folder, "unknown.xyz"), "not a letter");
  jobs = (await readdir(folder)).sort().map((name) => ({ path: join(folder, name), id: name }));
  jobs.push({ path: join(folder, "missing.txt"), id: "missing.txt" });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Each document's result and text; a worker's preformatted output is checked below. */
async function processAll(processor: Processor): Promise<unknown[]> {
  try {
    return (await Promise.all(jobs.map((job) => processor.process(job)))).map(({ result, text }) => ({ result, text }));
  } finally {
    await processor.close();
  }
}

const options = (concurrency: number): BatchOptions => ({ ...DEFAULT_OPTIONS, concurrency, timeoutMs: 60_000 });

describe("createProcessor", () => {
  it("formats each document's JSON and CSV rows in the worker, as the main thread would", async () => {
    const processor = createProcessor(options(1));
    try {
      const done = await processor.process(jobs[0]!);
      expect(done.json).toBe(formatJson(done.result));
      expect(done.csv).toEqual(csvRows(done.result));
      expect(done.csv?.documents).toContain(done.result.document.id);
    } finally {
      await processor.close();
    }
  });

  it("gives the inline processor's results, in input order, with 1 and 2 workers", async () => {
    const inline = await processAll(createInlineProcessor(options(1)));
    expect(inline).toHaveLength(jobs.length);
    expect(inline.filter((r) => (r as { result: { document: { status: string } } }).result.document.status === "ok").length).toBeGreaterThan(4);
    expect(await processAll(createProcessor(options(2)))).toEqual(inline);
    expect(await processAll(createProcessor(options(1)))).toEqual(inline);
    // Note: three passes over the fixtures (PDFs included) under tsx; a generous limit, not a timing assertion.
  }, 240_000);

  it("keeps failed documents as failed results (empty, missing)", async () => {
    const results = await processAll(createProcessor(options(2)));
    const failed = results.flatMap((r) => {
      const { document } = (r as { result: { document: { id: string; status: string } } }).result;
      return document.status === "failed" ? [document.id] : [];
    });
    expect(failed).toEqual(expect.arrayContaining(["empty.txt", "missing.txt"]));
    // Note: the pool may keep this short batch on one worker (grow.ts), the scanned PDF included;
    // a generous limit, not a timing assertion.
  }, 240_000);
});
