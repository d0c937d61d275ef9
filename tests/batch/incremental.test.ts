/**
 * `--incremental` (issue 14): unchanged documents are reused, new and changed ones processed,
 * removed ones dropped, and the output is byte-identical to a full run into an empty folder —
 * also when a new document makes an unchanged one a copy (copy_of is recomputed over all).
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { documentStatePath, formatDocumentState, manifestPath, parseDocumentState, type DocumentState } from "../../src/batch/state.js";
import { runCli } from "../helpers/cli.js";
import { letter, lettersFolder, snapshot, summaryOf, writeLetters } from "../helpers/snapshot.js";

const ARGS = ["--concurrency", "1", "--no-ocr", "--quiet"];
let work: string;
let input: string;

beforeAll(async () => {
  ({ work, input } = await lettersFolder("casebook-incremental-", 8, (i) => `a${String(i).padStart(2, "0")}.txt`));
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});


/** A full run of the input as it is now, into an empty folder. */
async function fresh(name: string, extra: string[] = []): Promise<Map<string, string>> {
  const out = join(work, name);
  const result = await runCli(["extract", input, "--out", out, ...ARGS, ...extra]);
  expect(result.code, result.stderr).toBe(0);
  return snapshot(out);
}

it("reuses unchanged documents, processes new and changed ones, drops removed ones: byte-identical to a full run", async () => {
  const out = join(work, "archive");
  expect((await runCli(["extract", input, "--out", out, ...ARGS])).code).toBe(0);
  const first = await snapshot(out);

  // A reused document's files are left as the last run wrote them, unless they are gone.
  await rm(join(out, "json", "a02.txt.json"));
  await rm(join(out, "text", "a02.txt.txt"));
  const same = await runCli(["extract", input, "--out", out, "--incremental", "--concurrency", "1", "--no-ocr"]);
  expect(same.code, same.stderr).toBe(0);
  expect(same.stdout).toMatch(/0 new, 0 changed, 8 unchanged \(reused\), 0 removed/);
  expect((await summaryOf(out)).incremental).toEqual({ new: 0, changed: 0, unchanged: 8, removed: 0 });
  expect(await snapshot(out)).toEqual(first);

  // Two new letters, one changed, one removed, and a new file that sorts first with a05's
  // letter: a05, unchanged, becomes its copy.
  await writeLetters(input, { "a09.txt": letter(9), "a10.txt": letter(10), "a03.txt": letter(33), "a00.txt": letter(5) });
  await rm(join(input, "a07.txt"));
  const changed = await runCli(["extract", input, "--out", out, "--incremental", ...ARGS]);
  expect(changed.code, changed.stderr).toBe(0);
  expect((await summaryOf(out)).incremental).toEqual({ new: 3, changed: 1, unchanged: 6, removed: 1 });
  const expected = await fresh("full-after-change");
  expect(await snapshot(out)).toEqual(expected);
  expect(await readFile(join(out, "documents.csv"), "utf8")).toMatch(/a05\.txt,.*a00\.txt/);
}, 300_000);

it("a changed record option or casebook version invalidates what it affects", async () => {
  const out = join(work, "archive");
  const dmy = await runCli(["extract", input, "--out", out, "--incremental", "--date-order", "dmy", ...ARGS]);
  expect(dmy.code, dmy.stderr).toBe(0);
  expect((await summaryOf(out)).incremental).toEqual({ new: 0, changed: 10, unchanged: 0, removed: 0 });
  expect(await snapshot(out)).toEqual(await fresh("full-dmy", ["--date-order", "dmy"]));

  // A state made by another casebook (its key differs), and one of the one-line format before
  // casebook-state/2, are processed again; the others are reused.
  const path = documentStatePath(out, "a02.txt");
  const state = parseDocumentState(await readFile(path)) as DocumentState;
  await writeFile(path, formatDocumentState({ ...state, key: "made-by-another-version" }));
  const older = documentStatePath(out, "a03.txt");
  const kept: Partial<DocumentState> = { ...(parseDocumentState(await readFile(older)) as DocumentState) };
  delete kept.persons;
  await writeFile(older, `${JSON.stringify({ ...kept, format: "casebook-state/1" })}\n`);
  // Note: states of another casebook are left by its run, which removes the manifest when it
  // starts; with the manifest of a finished run of this one in place, nothing changed and the
  // outputs would be kept (incremental-fresh.test.ts).
  await rm(manifestPath(out));
  expect((await runCli(["extract", input, "--out", out, "--incremental", "--date-order", "dmy", ...ARGS])).code).toBe(0);
  expect((await summaryOf(out)).incremental).toEqual({ new: 0, changed: 2, unchanged: 8, removed: 0 });
  expect(await snapshot(out)).toEqual(await snapshot(join(work, "full-dmy")));
}, 300_000);

it("an incremental shard reuses its own documents; a merge of incremental shards is the full run", async () => {
  const shards = [1, 2].map((i) => join(work, `inc-shard-${i}`));
  for (const [i, out] of shards.entries()) expect((await runCli(["extract", input, "--out", out, "--shard", `${i + 1}/2`, "--incremental", ...ARGS])).code).toBe(0);
  await writeLetters(input, { "a11.txt": letter(11) });
  for (const [i, out] of shards.entries()) expect((await runCli(["extract", input, "--out", out, "--shard", `${i + 1}/2`, "--incremental", ...ARGS])).code).toBe(0);
  const reused = (await Promise.all(shards.map(summaryOf))).map((s) => s.incremental);
  expect(reused.reduce((sum, r) => sum + (r?.new ?? 0), 0)).toBe(1);
  expect(reused.reduce((sum, r) => sum + (r?.unchanged ?? 0), 0)).toBe(10);
  const merged = join(work, "inc-merged");
  expect((await runCli(["merge", ...shards, "--out", merged, "--quiet"])).code).toBe(0);
  expect(await snapshot(merged)).toEqual(await fresh("full-11"));
  // The merged folder can itself grow incrementally.
  const again = await runCli(["extract", input, "--out", merged, "--incremental", ...ARGS]);
  expect(again.code, again.stderr).toBe(0);
  expect((await summaryOf(merged)).incremental).toEqual({ new: 0, changed: 0, unchanged: 11, removed: 0 });
}, 300_000);

it("takes --incremental with --out only, and --shard with files only", async () => {
  const stdout = await runCli(["extract", input, "--stdout", "--incremental"]);
  expect(stdout.code).toBe(2);
  expect(stdout.stderr).toMatch(/--incremental reuses an output folder's state/);
  const shard = await runCli(["extract", "-", "--shard", "1/2", "--out", join(work, "x")]);
  expect(shard.code).toBe(2);
  expect(shard.stderr).toMatch(/--shard splits files and folders, not standard input/);
  const auto = await runCli(["extract", input, "--shard", "auto/2", "--out", join(work, "x")], { env: { ...process.env, JOB_COMPLETION_INDEX: "" } });
  expect(auto.code).toBe(2);
  expect(auto.stderr).toMatch(/JOB_COMPLETION_INDEX/);
});
