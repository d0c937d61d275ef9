/**
 * `--shard i/N` and `casebook merge` (issue 14): three shards run as three separate processes
 * at once, then merged, give the single run's output byte for byte — persons and copies
 * included, with a copy whose original is in another shard — and merge refuses what it cannot
 * merge with exit code 2.
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseShard, shardOf } from "../../src/batch/shard.js";
import { runCli } from "../helpers/cli.js";
import { letter, snapshot, writeLetters } from "../helpers/snapshot.js";

const ARGS = ["--concurrency", "1", "--no-ocr", "--quiet"];
let work: string;
let input: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-shards-"));
  input = join(work, "in");
  await mkdir(join(input, "notes"), { recursive: true });
  const letters: Record<string, string> = {};
  for (let i = 1; i <= 10; i++) letters[`a${String(i).padStart(2, "0")}.txt`] = letter(i);
  // A second file of a01's letter, in another shard: its copy_of needs a01, which that shard never sees.
  letters["notes/a01-copy.txt"] = letter(1);
  await writeLetters(input, letters);
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("shards", () => {
  it("reads i/N and auto/N (JOB_COMPLETION_INDEX, 0-based), and refuses the rest", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(parseShard("auto/3", { JOB_COMPLETION_INDEX: "0" })).toEqual({ index: 1, count: 3 });
    expect(parseShard("auto/3", { JOB_COMPLETION_INDEX: "2" })).toEqual({ index: 3, count: 3 });
    expect(() => parseShard("auto/3", { JOB_COMPLETION_INDEX: "3" })).toThrow(/past the last shard/);
    expect(() => parseShard("auto/3", {})).toThrow(/JOB_COMPLETION_INDEX.*not set/);
    for (const bad of ["0/3", "4/3", "1/0", "a/3", "2", "-1/3"]) expect(() => parseShard(bad), bad).toThrow();
  });

  it("splits by id alone, evenly", () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) {
      const shard = shardOf(`letters/${i}.pdf`, 3);
      counts[shard - 1] = (counts[shard - 1] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(100);
    expect(shardOf("a.txt", 3)).toBe(shardOf("a.txt", 3));
  });

  it("three shards in three processes, merged, are byte-identical to one run", async () => {
    expect(shardOf("notes/a01-copy.txt", 3)).not.toBe(shardOf("a01.txt", 3));
    const single = join(work, "single");
    expect((await runCli(["extract", input, "--out", single, ...ARGS])).code).toBe(0);
    const shards = [1, 2, 3].map((i) => join(work, `shard-${i}`));
    const runs = await Promise.all(shards.map((out, i) => runCli(["extract", input, "--out", out, "--shard", `${i + 1}/3`, ...ARGS])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const counts = await Promise.all(shards.map(async (out) => (JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { documents: number }).documents));
    expect(counts.reduce((a, b) => a + b)).toBe(11);
    const merged = join(work, "merged");
    const merge = await runCli(["merge", ...shards, "--out", merged]);
    expect(merge.code, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(/11 documents .* merged from 3 runs/);
    expect(await snapshot(merged)).toEqual(await snapshot(single));
    const documents = await readFile(join(merged, "documents.csv"), "utf8");
    expect(documents).toMatch(/notes\/a01-copy\.txt,.*a01\.txt/);
    const summary = JSON.parse(await readFile(join(merged, "run.json"), "utf8")) as { merge: { missing_shards: number[] } };
    expect(summary.merge.missing_shards).toEqual([]);
  }, 300_000);

  it("refuses with exit 2: a missing shard, a shard twice, other options, an unfinished run, --out among the runs", async () => {
    const [one, two, three] = [1, 2, 3].map((i) => join(work, `shard-${i}`)) as [string, string, string];
    const refused = async (args: string[], message: RegExp): Promise<void> => {
      const result = await runCli(["merge", ...args]);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
    };
    await refused([one, two, "--out", join(work, "m1")], /shard 3\/3 missing \(--allow-partial/);
    await refused([one, one, three, "--out", join(work, "m2")], /both shard 1\/3: they overlap/);
    await refused([one, two, "--out", two], /is one of the runs merged/);
    await refused([one, join(work, "in"), "--out", join(work, "m3")], /not the output of a finished casebook run/);
    const dmy = join(work, "shard-3-dmy");
    expect((await runCli(["extract", input, "--out", dmy, "--shard", "3/3", "--date-order", "dmy", ...ARGS])).code).toBe(0);
    await refused([one, two, dmy, "--out", join(work, "m4")], /different options \(dateOrder\)/);
    const plain = join(work, "single");
    await refused([one, plain, "--out", join(work, "m5")], /is not a shard/);
  }, 300_000);

  it("--allow-partial merges the shards there are and says what is missing", async () => {
    const [one, two] = [1, 2].map((i) => join(work, `shard-${i}`)) as [string, string];
    const out = join(work, "partial");
    const result = await runCli(["merge", one, two, "--out", out, "--allow-partial", "--quiet"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/merged without shard 3 \(\d+ documents missing\)/);
    const summary = JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { documents: number; merge: { missing_shards: number[]; missing_documents: number } };
    expect(summary.merge.missing_shards).toEqual([3]);
    expect(summary.documents + summary.merge.missing_documents).toBe(11);
  }, 120_000);

  it("merges runs over different inputs in the order given, as one run over both", async () => {
    const other = join(work, "other");
    await mkdir(other, { recursive: true });
    await writeLetters(other, { "b01.txt": letter(20), "b02.txt": letter(21) });
    const single = join(work, "both");
    expect((await runCli(["extract", input, other, "--out", single, ...ARGS])).code).toBe(0);
    const first = join(work, "first");
    const second = join(work, "second");
    expect((await runCli(["extract", input, "--out", first, ...ARGS])).code).toBe(0);
    expect((await runCli(["extract", other, "--out", second, ...ARGS])).code).toBe(0);
    const merged = join(work, "merged-inputs");
    expect((await runCli(["merge", first, second, "--out", merged, "--quiet"])).code).toBe(0);
    expect(await snapshot(merged)).toEqual(await snapshot(single));
    await expect(runCli(["merge", first, first.replace("first", "single"), "--out", join(work, "m6")])).resolves.toMatchObject({ code: 2 });
  }, 300_000);
});
