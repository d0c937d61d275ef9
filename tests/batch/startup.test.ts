/**
 * What a run loads before its first letter (issue 19, docs/performance.md "Start-up"): the worker
 * thread and the CLI's start never load zod, the zod-free copy of the schemas' keys matches the
 * schemas, and a worker thread the CLI starts early never keeps the process alive.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_SCHEMAS, PersonAcross, PersonKeyRow } from "../../src/records.js";
import { PERSON_TABLE_KEYS, SCHEMA_KEYS } from "../../src/records-plain.js";
import { createPoolProcessor } from "../../src/batch/pool.js";
import { startEarlyThread, startThread, stopEarlyThread, stopThread, takeEarlyThread, threadLoaded, whenLoaded, workerUrl } from "../../src/batch/thread.js";
import { DEFAULT_OPTIONS } from "../../src/options.js";
import { ROOT, runCli } from "../helpers/cli.js";

/** The packages a fresh process loads (ESM and CommonJS) when it imports these built modules. */
function packagesLoaded(modules: string[]): string[] {
  const hooks = `export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    if (resolved.url.includes("/node_modules/")) console.error("LOADED " + resolved.url);
    return resolved;
  }`;
  const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  const cjs = `const { createRequire } = await import("node:module");
    for (const k of Object.keys(createRequire(import.meta.url).cache)) console.error("LOADED " + k);`;
  const imports = [...modules.map((m) => `await import(${JSON.stringify(pathToFileURL(join(ROOT, m)).href)});`), cjs].join("\n");
  const child = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module", "-e", imports], { encoding: "utf8" });
  expect(child.status).toBe(0);
  const names = child.stderr
    .split("\n")
    .filter((line) => line.startsWith("LOADED "))
    .map((line) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)].sort();
}

describe("start-up", () => {
  it("keeps zod out of the worker thread and of the CLI's start", () => {
    // Note: zod is 95 modules, ~130–250 ms of CPU per thread; only schema.json, the report and the database need it.
    expect(packagesLoaded(["dist/src/batch/worker.js"])).not.toContain("zod");
    expect(packagesLoaded(["dist/src/cli/flags.js", "dist/src/batch/thread.js"])).not.toContain("zod");
    // Nor the main thread of `extract`: the batch, every default writer, schema.json and the report (zod only checks files an earlier run left).
    expect(packagesLoaded(["dist/src/batch/run.js", "dist/src/batch/feed.js", "dist/src/write/json.js", "dist/src/write/report/index.js", "dist/src/persons/index.js"])).not.toContain("zod");
    // The check itself sees zod where it is loaded.
    expect(packagesLoaded(["dist/src/records.js"])).toContain("zod");
  });

  it("loads the progress bar's package only to draw a bar", () => {
    // Note: cli-progress took ~40–80 ms of the main thread's start; --quiet, pipes and CI never draw one.
    expect(packagesLoaded(["dist/src/cli/extract-command.js", "dist/src/cli/interruptible.js"])).not.toContain("cli-progress");
  });

  it("keeps the bundled worker's lazy packages lazy", () => {
    // Note: compromise comes from dist/compromise, built with its model (compromise-prebuilt.test.ts).
    const loaded = packagesLoaded(["dist/src/batch/worker.bundle.js"]);
    for (const lazy of ["zod", "pdf-parse", "mammoth", "jszip", "tesseract.js", "mdast-util-from-markdown", "chardet", "iconv-lite", "better-sqlite3"]) {
      expect(loaded).not.toContain(lazy);
    }
  });

  it("runs the bundle only when it is at least as new as the compiled worker", async () => {
    const folder = await mkdtemp(join(tmpdir(), "casebook-bundle-"));
    try {
      const url = pathToFileURL(`${folder}/`);
      expect(workerUrl(url).pathname).toMatch(/\/worker\.ts$/);
      await writeFile(join(folder, "worker.js"), "");
      expect(workerUrl(url).pathname).toMatch(/\/worker\.js$/);
      await writeFile(join(folder, "worker.bundle.js"), "");
      await utimes(join(folder, "worker.js"), new Date(2026, 0, 1), new Date(2026, 0, 1));
      await utimes(join(folder, "worker.bundle.js"), new Date(2026, 0, 2), new Date(2026, 0, 2));
      expect(workerUrl(url).pathname).toMatch(/\/worker\.bundle\.js$/);
      // A tsc-only build rewrites worker.js: the older bundle is left alone.
      await utimes(join(folder, "worker.js"), new Date(2026, 0, 3), new Date(2026, 0, 3));
      expect(workerUrl(url).pathname).toMatch(/\/worker\.js$/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("keeps the CLI's start to the flags: no batch, writers or pipeline before the first thread starts", () => {
    const loaded = packagesLoaded(["dist/src/cli/flags.js", "dist/src/batch/thread.js"]);
    expect(loaded).toEqual(["piscina"]);
  });

  it("has each CSV schema's keys, in order, in records-plain.ts", () => {
    const actual = Object.fromEntries(Object.entries(CSV_SCHEMAS).map(([stem, schema]) => [stem, Object.keys(schema.shape)]));
    // Note: on a failure, paste this table into SCHEMA_KEYS (src/records-plain.ts).
    expect(SCHEMA_KEYS, JSON.stringify(actual)).toEqual(actual);
  });

  it("has persons.csv's and person_keys.csv's keys, in order, in records-plain.ts", () => {
    const actual = { persons: Object.keys(PersonAcross.shape), person_keys: Object.keys(PersonKeyRow.shape) };
    // Note: on a failure, paste this table into PERSON_TABLE_KEYS (src/records-plain.ts).
    expect(PERSON_TABLE_KEYS, JSON.stringify(actual)).toEqual(actual);
  });
});

describe("a worker thread started early", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "casebook-startup-"));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("does not keep the process alive when the command fails before any pool takes it", async () => {
    const empty = join(work, "empty");
    await mkdir(empty);
    const result = await runCli(["extract", empty, "--out", join(work, "out-empty"), "--quiet"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no documents found");
  });

  it("is taken by the first pool with the default worker, and by no other", async () => {
    startEarlyThread();
    const options = { ...DEFAULT_OPTIONS, concurrency: 1, timeoutMs: 60_000 };
    // A pool with a worker of its own (tests) leaves it.
    const other = createPoolProcessor(options, { workerUrl: workerUrl(), heapMb: 512 });
    await other.close();
    const early = takeEarlyThread();
    expect(early).not.toBeNull();
    // Put back: the default pool takes it, and none is left after.
    startEarlyThread();
    await stopEarlyThread();
    expect(takeEarlyThread()).toBeNull();
    startEarlyThread();
    const pool = createPoolProcessor(options);
    expect(takeEarlyThread()).toBeNull();
    await pool.close();
    if (early) await stopThread(early.thread);
    // Note: each thread is ended once it has loaded the pipeline (under tsx here), one after the other.
  }, 240_000);

  it("tells when the pool's first thread has loaded its module", async () => {
    // Note: the main thread loads SQLite then, while the thread reads its first document (batch/warm.ts).
    const pool = createPoolProcessor({ ...DEFAULT_OPTIONS, concurrency: 1, timeoutMs: 60_000 }, { workerUrl: workerUrl(), heapMb: 512 });
    await pool.loaded;
    await pool.close();
    const thread = startThread(workerUrl(), 512);
    await whenLoaded(thread);
    expect(threadLoaded(thread)).toBe(true);
    await stopThread(thread);
  }, 240_000);

  it("is ended only once it has loaded its module", async () => {
    // Note: ended in the middle of piscina's require() of an ES module, a worker aborted the whole
    // process (Node ≥ 20.19, docs/performance.md "Deaths by a signal"); a usage error does that to
    // the early thread, a short batch to a lane just added.
    const thread = startThread(workerUrl(), 512);
    expect(threadLoaded(thread)).toBe(false);
    await stopThread(thread);
    expect(threadLoaded(thread)).toBe(true);
  }, 120_000);

  it("runs a one-letter batch to its end", async () => {
    const input = join(work, "in");
    await mkdir(input);
    await writeFile(join(input, "a.txt"), "Dear Colleagues,\n\nOn 9 August 2020 Anna Kovel was sentenced to 10 days in prison.\n");
    const result = await runCli(["extract", input, "--out", join(work, "out"), "--quiet", "--concurrency", "1"]);
    expect(result.code).toBe(0);
  });
});
