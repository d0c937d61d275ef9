import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrowStats } from "../../src/batch/grow.js";
import { createPoolProcessor, workerOptions, type PoolOptions } from "../../src/batch/pool.js";
import type { BatchOptions, Job } from "../../src/batch/processor.js";
import { DEFAULT_OPTIONS, type Processed } from "../../src/pipeline.js";

const SOURCE = new URL("../../src/", import.meta.url);
let folder: string;
let testWorker: URL;

// Note: a test-only worker, written at run time, that wraps the real one: `*.hang.txt`
// busy-loops forever (synchronously, as a pathological parse does), `*.crash.txt` ends its
// thread, `*.late.txt` throws after its task, `*.nested.txt` leaves a nested thread running
// (as the OCR engine does), `*.oom.txt` keeps allocating, `*.fast.txt` answers at once (so that no limit here depends on
// how fast this machine runs the pipeline); other files go to the real worker.
const WORKER = (real: string): string => `
import { threadId, Worker, type MessagePort } from "node:worker_threads";
import processTask from ${JSON.stringify(real)};
export default async function (task: { path: string; id: string; options: never; started: MessagePort }) {
  if (task.path.endsWith(".hang.txt")) {
    task.started.postMessage(null);
    for (;;);
  }
  if (task.path.endsWith(".crash.txt")) process.exit(3);
  if (task.path.endsWith(".oom.txt")) {
    task.started.postMessage(null);
    const kept: string[][] = [];
    for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => "x" + i));
  }
  if (task.path.endsWith(".fast.txt") || task.path.endsWith(".late.txt")) {
    task.started.postMessage(null);
    if (task.path.endsWith(".late.txt")) setTimeout(() => { throw new Error("late"); }, 300);
    if (task.path.endsWith(".slow.fast.txt")) await new Promise((resolve) => setTimeout(resolve, 300));
    return { result: { document: { id: task.id, status: "ok", errors: [] } }, text: String(threadId) };
  }
  if (task.path.endsWith(".nested.txt")) new Worker("setInterval(() => {}, 1000);", { eval: true });
  return processTask(task);
}
`;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "casebook-pool-"));
  testWorker = pathToFileURL(join(folder, "test-worker.mts"));
  await writeFile(fileURLToPath(testWorker), WORKER(new URL("batch/worker.ts", SOURCE).href));
  const letter = await readFile(new URL("../../fixtures/letters/ituc-belarus-2020.md", import.meta.url), "utf8");
  for (const name of ["a.txt", "x.hang.txt", "x.crash.txt", "x.nested.txt", "x.late.txt", "x.oom.txt", "a.fast.txt", "b.fast.txt", "c.fast.txt", "a.slow.fast.txt", "b.slow.fast.txt", "c.slow.fast.txt", "d.slow.fast.txt"]) {
    await writeFile(join(folder, name), letter);
  }
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const options = (concurrency: number, timeoutMs: number): BatchOptions => ({ ...DEFAULT_OPTIONS, concurrency, timeoutMs });
const job = (name: string): Job => ({ path: join(folder, name), id: `in/${name}` });
const codes = (results: Processed[]): string[] =>
  results.map(({ result: { document } }) => document.errors[0]?.code ?? document.status);

// Note: tests that need several workers at once say so: by default the pool grows by measure.
const always = (): boolean => true;

async function processAll(concurrency: number, timeoutMs: number, names: string[], heapMb?: number, pool: PoolOptions = {}): Promise<Processed[]> {
  const processor = createPoolProcessor(options(concurrency, timeoutMs), { workerUrl: testWorker, ...(heapMb ? { heapMb } : {}), ...pool });
  try {
    return await Promise.all(names.map((name) => processor.process(job(name))));
  } finally {
    await processor.close();
  }
}

describe("createPoolProcessor", () => {
  it("stops a document past the time limit with TIMEOUT; a new worker takes the next one", async () => {
    const results = await processAll(1, 2_000, ["x.hang.txt", "a.fast.txt", "b.fast.txt"]);
    expect(codes(results)).toEqual(["TIMEOUT", "ok", "ok"]);
    const { document } = results[0]!.result;
    expect(document).toMatchObject({ id: "in/x.hang.txt", source: job("x.hang.txt").path, status: "failed" });
  });

  it("keeps the other workers going while one document hangs", async () => {
    const results = await processAll(2, 2_000, ["a.fast.txt", "x.hang.txt", "b.fast.txt", "c.fast.txt"], undefined, { grow: always });
    expect(codes(results)).toEqual(["ok", "TIMEOUT", "ok", "ok"]);
  });

  it("reports a worker that dies as WORKER_CRASHED and goes on", async () => {
    const results = await processAll(1, 60_000, ["x.crash.txt", "a.txt"]);
    expect(codes(results)).toEqual(["WORKER_CRASHED", "ok"]);
    expect(results[0]!.result.document.id).toBe("in/x.crash.txt");
    // Note: two threads load the pipeline through tsx one after the other (the second replaces the first).
  }, 180_000);

  it("fails a document that outgrows the worker's heap limit with OUT_OF_MEMORY and goes on", async () => {
    const results = await processAll(1, 60_000, ["x.oom.txt", "a.fast.txt"], 64);
    expect(codes(results)).toEqual(["OUT_OF_MEMORY", "ok"]);
    expect(results[0]!.result.document.errors[0]?.message).toContain("64 MB");
  });

  it("survives an exception a worker throws after its task", async () => {
    const processor = createPoolProcessor(options(1, 60_000), { workerUrl: testWorker });
    try {
      const first = await processor.process(job("x.late.txt"));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(codes([first, await processor.process(job("a.txt"))])).toEqual(["ok", "ok"]);
    } finally {
      await processor.close();
    }
    // Note: two threads load the pipeline through tsx one after the other (the second replaces the first).
  }, 180_000);

  it("keeps a batch on one worker while adding one would not pay, and never passes --concurrency", async () => {
    const seen: GrowStats[] = [];
    const names = ["a.slow.fast.txt", "b.slow.fast.txt", "c.slow.fast.txt", "d.slow.fast.txt"];
    const alone = await processAll(2, 60_000, names, undefined, { grow: (stats) => (seen.push(stats), false) });
    expect(new Set(alone.map((r) => r.text)).size).toBe(1);
    // Note: the pool asks again while documents wait, with what it has measured.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((stats) => stats.workers === 1 && stats.max === 2)).toBe(true);
    expect(seen.some((stats) => stats.startupMs !== null && stats.startupMs > 0 && stats.waiting > 0)).toBe(true);
    const grown = await processAll(2, 60_000, names, undefined, { grow: always });
    expect(new Set(grown.map((r) => r.text)).size).toBe(2);
    expect(codes(grown)).toEqual(["ok", "ok", "ok", "ok"]);
  });

  it("gives workers only cloneable processing options", () => {
    const withCallbacks = { ...options(2, 5), onDocument: () => undefined, signal: new AbortController().signal };
    expect(workerOptions(withCallbacks)).toEqual(DEFAULT_OPTIONS);
  });

  it("lets the process exit after close(), nested threads included", async () => {
    const script = join(folder, "exit.mts");
    await writeFile(
      script,
      `import { createPoolProcessor } from ${JSON.stringify(new URL("batch/pool.ts", SOURCE).href)};
const processor = createPoolProcessor(${JSON.stringify(options(2, 60_000))}, { workerUrl: new URL(${JSON.stringify(testWorker.href)}) });
const results = await Promise.all([${JSON.stringify(job("x.nested.txt"))}, ${JSON.stringify(job("a.txt"))}].map((j) => processor.process(j)));
await processor.close();
console.log(results.map((r) => r.result.document.status).join(" "));
`,
    );
    // Note: the child's own timeout only guards against a hang (the pool may run both documents on
    // one worker, under tsx, on a loaded machine); the test asserts the exit.
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script], { timeout: 120_000 });
    expect(stdout.trim()).toBe("ok ok");
  }, 150_000);
});
