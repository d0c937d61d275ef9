/**
 * `--incremental` with nothing changed keeps every output of the last run (incremental-fresh.ts)
 * and writes run.json alone; anything that may make an output differ — an output edited or
 * gone, run.json edited, other sources, other bytes, another version — sends the run the usual
 * way, and every case ends byte-identical to a full run into an empty folder.
 */
import { readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutputsTracker } from "../../src/batch/incremental-fresh.js";
import { documentStatePath, manifestPath } from "../../src/batch/state.js";
import type { DocumentResult } from "../../src/records.js";
import { runCli } from "../helpers/cli.js";
import { letter, lettersFolder, snapshot, summaryOf, writeLetters, type RunSummary } from "../helpers/snapshot.js";

const ARGS = ["--concurrency", "1", "--no-ocr", "--quiet"];
let work: string;
let input: string;
let runs = 0;

beforeAll(async () => {
  ({ work, input } = await lettersFolder("casebook-incremental-fresh-", 6, (i) => `f${i}.txt`, (i) => letter(i + 20)));
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The file's inode: a kept file keeps it, a rewritten one (a temporary renamed into place) does not. */
const inode = async (path: string): Promise<number> => (await stat(path)).ino;

async function extract(from: string, out: string, extra: string[] = []): Promise<void> {
  const result = await runCli(["extract", from, "--out", out, ...ARGS, ...extra]);
  expect(result.code, result.stderr).toBe(0);
}

/** A full run of `from` as it is now, into an empty folder. */
async function fresh(from = input): Promise<Map<string, string>> {
  const out = join(work, `fresh-${++runs}`);
  await extract(from, out);
  return snapshot(out);
}

describe("an incremental rerun with nothing changed", () => {
  it("keeps every output and the manifest, writes run.json, and equals a full run", async () => {
    const out = join(work, "kept");
    await extract(input, out, ["--incremental", "--format", "json,csv,jsonl,sqlite"]);
    const first = await snapshot(out);
    const before = await summaryOf(out);
    const kept = ["cases.csv", "persons.json", "casebook.sqlite", "records.jsonl", "report/index.html", "json/f1.txt.json", "state/manifest.json"];
    const inodes = await Promise.all(kept.map((file) => inode(join(out, file))));
    const again = await runCli(["extract", input, "--out", out, "--incremental", "--format", "json,csv,jsonl,sqlite", "--concurrency", "1", "--no-ocr"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/0 new, 0 changed, 6 unchanged \(reused\), 0 removed/);
    expect(await Promise.all(kept.map((file) => inode(join(out, file))))).toEqual(inodes);
    expect(await snapshot(out)).toEqual(first);
    const after = await summaryOf(out);
    expect(after.incremental).toEqual({ new: 0, changed: 0, unchanged: 6, removed: 0 });
    expect({ ...after, incremental: null, elapsed_ms: 0 }).toEqual({ ...before, incremental: null, elapsed_ms: 0 });
  }, 300_000);

  it("removes the state left by a run without --incremental, as any incremental run does", async () => {
    const out = join(work, "stale");
    await extract(input, out);
    await rm(join(input, "f6.txt"));
    await extract(input, out);
    const inodes = await inode(join(out, "cases.csv"));
    await extract(input, out, ["--incremental"]);
    expect((await summaryOf(out)).incremental).toEqual({ new: 0, changed: 0, unchanged: 5, removed: 1 });
    expect(await inode(join(out, "cases.csv"))).toBe(inodes);
    expect(await snapshot(out)).toEqual(await fresh());
    await writeLetters(input, { "f6.txt": letter(26) });
  }, 300_000);
});

describe("an incremental rerun that may not keep the outputs writes them again", () => {
  const out = (): string => join(work, "redo");
  beforeAll(async () => {
    await extract(input, out(), ["--incremental"]);
  }, 300_000);

  /** Reruns after `change` and checks the outputs were written again and equal a full run. */
  async function redone(change: () => Promise<void>, expected: RunSummary["incremental"], from = input): Promise<void> {
    await change();
    const cases = await inode(join(out(), "cases.csv"));
    await extract(from, out(), ["--incremental"]);
    expect((await summaryOf(out())).incremental).toEqual(expected);
    expect(await inode(join(out(), "cases.csv"))).not.toBe(cases);
    expect(await snapshot(out())).toEqual(await fresh(from));
  }
  const reused = { new: 0, changed: 0, unchanged: 6, removed: 0 };

  it("an output edited in place, same size", async () => {
    await redone(async () => {
      const path = join(out(), "persons.csv");
      const text = await readFile(path, "utf8");
      await writeFile(path, text.replace(/\d/, (d) => String((Number(d) + 1) % 10)));
    }, reused);
  }, 300_000);

  it("an output removed", async () => {
    await redone(() => rm(join(out(), "sentences.csv")), reused);
  }, 300_000);

  it("run.json edited (its counts are taken from it only when they are the last run's)", async () => {
    await redone(async () => {
      const summary = await summaryOf(out());
      await writeFile(join(out(), "run.json"), JSON.stringify({ ...summary, counts: { ...summary.counts, sentences: 99 } }));
    }, reused);
    expect((await summaryOf(out())).counts.sentences).toBe(6);
  }, 300_000);

  it("a letter's bytes changed, same names", async () => {
    await redone(() => writeLetters(input, { "f3.txt": letter(33) }), { ...reused, changed: 1, unchanged: 5 });
  }, 300_000);

  it("the same letters under another path (their `source` changes)", async () => {
    const link = join(work, "in-link");
    await symlink(input, link);
    await redone(() => Promise.resolve(), { ...reused, changed: 6, unchanged: 0 }, link);
    await redone(() => Promise.resolve(), { ...reused, changed: 6, unchanged: 0 });
  }, 300_000);

  it("a document's state removed", async () => {
    await redone(() => rm(documentStatePath(out(), "f2.txt")), { ...reused, new: 1, unchanged: 5 });
  }, 300_000);

  it("a manifest of another casebook version or options", async () => {
    await redone(async () => {
      const path = manifestPath(out());
      await writeFile(path, (await readFile(path, "utf8")).replace(/"key": "[\da-f]+"/, '"key": "made-by-another-version"'));
    }, reused);
  }, 300_000);
});

describe("OutputsTracker", () => {
  const result = (code?: string): DocumentResult =>
    ({ document: { id: "a.txt", source: "in/a.txt", errors: code ? [{ code }] : [] } }) as unknown as DocumentResult;

  it("gives no outputs when a document is to be processed again (a time-out, an unreadable file)", async () => {
    for (const [hash, code] of [["h", "TIMEOUT"], ["h", "WORKER_CRASHED"], [null, "UNREADABLE"]] as const) {
      const tracker = new OutputsTracker();
      tracker.add([0, "a.txt", hash], result(code));
      expect(await tracker.finish(work, { json: false, csv: false, jsonl: false, sqlite: false, report: false }, { documents: 1, ok: 0, failed: 1, counts: { people: 0, organisations: 0, dates: 0, sentences: 0, fines: 0 }, failures: [], warnings: [], words: 0 })).toBeNull();
    }
  });

  it("hashes the documents' sources, in order", async () => {
    const sources = async (order: string[]): Promise<string | undefined> => {
      const tracker = new OutputsTracker();
      for (const source of order) tracker.add([0, source, "h"], { document: { id: source, source, errors: [] } } as unknown as DocumentResult);
      return (await tracker.finish(work, { json: false, csv: false, jsonl: false, sqlite: false, report: false }, { documents: 0, ok: 0, failed: 0, counts: { people: 0, organisations: 0, dates: 0, sentences: 0, fines: 0 }, failures: [], warnings: [], words: 0 }))?.sources;
    };
    expect(await sources(["a", "b"])).not.toBe(await sources(["b", "a"]));
    expect(await sources(["a", "b"])).toBe(await sources(["a", "b"]));
  });
});
