/**
 * When `casebook extract` starts its first worker thread (issue 19, docs/performance.md "The
 * first thread, started when there is work"): only once its flags are checked and its inputs
 * hold a document. A usage error or an empty folder starts none (a thread, once started, must
 * load the pipeline before it may be ended: ~0.3–1 s the process would wait for nothing); a run
 * that fails after the start stops the thread no pool took. The thread module is replaced here,
 * so no thread runs.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/batch/thread.js", () => ({
  startEarlyThread: vi.fn(),
  stopEarlyThread: vi.fn(async () => undefined),
}));

const { startEarlyThread, stopEarlyThread } = await import("../../src/batch/thread.js");
const { extractCommand } = await import("../../src/cli/extract-command.js");
const { parseCommandLine, UsageError } = await import("../../src/cli/flags.js");

/** Runs `casebook extract` in process with these arguments; the error it throws, if any. */
async function extract(args: string[]): Promise<unknown> {
  const { flags, positionals } = parseCommandLine(["extract", ...args]);
  try {
    await extractCommand(flags, positionals);
    return null;
  } catch (error) {
    return error;
  }
}

describe("the first worker thread of extract", () => {
  let work: string;
  let letters: string;
  let empty: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "casebook-early-"));
    letters = join(work, "letters");
    empty = join(work, "nothing-here");
    await mkdir(letters);
    await mkdir(empty);
    // Made-up wording: a one-line letter.
    await writeFile(join(letters, "appeal.txt"), "Dear Minister, we write about Tomasz Wielgosz, held since March.\n");
    // Not a folder, so that the output cannot be prepared: the run fails after the thread started.
    await writeFile(join(work, "a-file"), "");
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  beforeEach(() => {
    vi.mocked(startEarlyThread).mockClear();
    vi.mocked(stopEarlyThread).mockClear();
  });

  it("is not started for a flag the command refuses", async () => {
    expect(await extract([letters, "--format", "xml", "--out", join(work, "out")])).toBeInstanceOf(UsageError);
    expect(await extract([letters, "--concurrency", "zero", "--out", join(work, "out")])).toBeInstanceOf(UsageError);
    expect(startEarlyThread).not.toHaveBeenCalled();
    expect(stopEarlyThread).not.toHaveBeenCalled();
  });

  it("is not started for an input that is not there, nor for one that holds no document", async () => {
    expect(await extract([join(work, "no-such-folder"), "--out", join(work, "out")])).toBeInstanceOf(UsageError);
    const none = await extract([empty, "--out", join(work, "out"), "--quiet"]);
    expect(none).toBeInstanceOf(UsageError);
    expect((none as Error).message).toContain("no documents found");
    expect(startEarlyThread).not.toHaveBeenCalled();
  });

  it("is started once the inputs hold a document, and stopped when the run fails before a pool takes it", async () => {
    // Note: a time limit given asks for a thread even for one short letter (batch/main-thread.ts).
    const failed = await extract([letters, "--out", join(work, "a-file"), "--quiet", "--timeout", "60"]);
    expect(failed).toBeInstanceOf(Error);
    expect(startEarlyThread).toHaveBeenCalledTimes(1);
    expect(stopEarlyThread).toHaveBeenCalledTimes(1);
  });

  it("is not started for a few short texts with the default time limit: they run on the main thread", async () => {
    const out = join(work, "out-main");
    expect(await extract([letters, "--out", out, "--quiet"])).toBeNull();
    expect(startEarlyThread).not.toHaveBeenCalled();
    const summary = JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { documents: number; ok: number };
    expect(summary).toMatchObject({ documents: 1, ok: 1 });
    // Note: the pipeline's first load on this thread, under tsx; a generous limit, not a timing assertion.
  }, 120_000);
});
