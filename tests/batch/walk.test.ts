import { spawnSync } from "node:child_process";
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectJobs } from "../../src/batch/walk.js";
import { runBatch } from "../../src/batch/run.js";
import { DEFAULT_OPTIONS, processFile } from "../../src/pipeline.js";

const LETTER = "Dear Colleagues,\n\nOn 9 August 2020 Sergei Dylevsky was sentenced to 10 days in prison.\n";
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "casebook-walk-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("collectJobs", () => {
  it("throws for a command-line input that is missing or neither a file nor a folder (exit 2)", async () => {
    await expect(collectJobs([join(work, "missing")])).rejects.toThrow();
    const fifo = join(work, "arg-fifo");
    spawnSync("mkfifo", [fifo]);
    await expect(collectJobs([fifo])).rejects.toThrow(/not a file or a folder/);
  });

  it("turns bad entries below a folder into jobs carrying their error, in sorted order", async () => {
    const dir = join(work, "entries");
    await mkdir(dir);
    await writeFile(join(dir, "b.txt"), LETTER);
    await writeFile(join(dir, ".hidden.txt"), LETTER);
    spawnSync("mkfifo", [join(dir, "a-fifo.txt")]);
    await symlink(join(dir, "b.txt"), join(dir, "c-link.txt"));
    await symlink(join(dir, "gone.txt"), join(dir, "d-broken.txt"));
    await symlink("..", join(dir, "e-up"));
    await writeFile(Buffer.concat([Buffer.from(join(dir, "f-")), Buffer.from([0xc3, 0x28]), Buffer.from(".txt")]), LETTER);
    const jobs = await collectJobs([dir]);
    expect(jobs.map((job) => [job.id, job.error?.code ?? "ok"])).toEqual([
      ["a-fifo.txt", "NOT_A_FILE"],
      ["b.txt", "ok"],
      ["c-link.txt", "ok"],
      ["d-broken.txt", "BROKEN_LINK"],
      ["e-up", "LINK_NOT_FOLLOWED"],
      ["f-\ufffd(.txt", "BAD_NAME"],
    ]);
  });

  it("does not walk into the output folder when it lies inside an input folder", async () => {
    const dir = join(work, "with-out");
    await mkdir(join(dir, "output", "json"), { recursive: true });
    await writeFile(join(dir, "a.txt"), LETTER);
    await writeFile(join(dir, "output", "json", "a.txt.json"), "{}");
    expect((await collectJobs([dir], { exclude: [join(dir, "output")] })).map((job) => job.id)).toEqual(["a.txt"]);
  });
});

describe("reading a file the walk found", () => {
  it("reports a file that vanished after the walk as VANISHED, and a FIFO put in its place as NOT_A_FILE", async () => {
    const dir = join(work, "vanish");
    await mkdir(dir);
    await writeFile(join(dir, "a.txt"), LETTER);
    await writeFile(join(dir, "b.txt"), LETTER);
    const [a, b] = await collectJobs([dir]);
    await rm(a!.path);
    await rm(b!.path);
    spawnSync("mkfifo", [b!.path]);
    const vanished = await processFile(a!.path, a!.id);
    expect(vanished.result.document.errors.map((e) => e.code)).toEqual(["VANISHED"]);
    // Note: a FIFO opened for reading would wait for a writer forever; it is opened non-blocking.
    const fifo = await processFile(b!.path, b!.id);
    expect(fifo.result.document.errors.map((e) => e.code)).toEqual(["NOT_A_FILE"]);
  });
});

describe("the output folder", () => {
  it("replaces links inside it instead of writing through them, and sweeps stale temporary files", async () => {
    const input = join(work, "links-in");
    const out = join(work, "links-out");
    const elsewhere = join(work, "elsewhere");
    await mkdir(input);
    await mkdir(elsewhere);
    await mkdir(out);
    await writeFile(join(input, "a.txt"), LETTER);
    await writeFile(join(elsewhere, "keep.csv"), "untouched\n");
    await symlink(elsewhere, join(out, "json"));
    await symlink(join(elsewhere, "keep.csv"), join(out, "documents.csv"));
    await writeFile(join(out, ".people.csv.0123abcd.tmp"), "half a file");
    const summary = await runBatch(await collectJobs([input]), {
      ...DEFAULT_OPTIONS,
      concurrency: 1,
      timeoutMs: 60_000,
      out,
      formats: new Set(["json", "csv"]),
      report: false,
    });
    expect(summary).toMatchObject({ documents: 1, ok: 1 });
    expect(await readdir(elsewhere)).toEqual(["keep.csv"]);
    expect(await readFile(join(elsewhere, "keep.csv"), "utf8")).toBe("untouched\n");
    expect((await lstat(join(out, "json"))).isDirectory()).toBe(true);
    expect((await lstat(join(out, "documents.csv"))).isFile()).toBe(true);
    expect((await readdir(out)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  }, 60_000);
});
