/** An output folder's files with their bytes' hashes, for byte-for-byte comparison of two runs. */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every file under `dir` (hidden ones too) with its bytes' hash. run.json goes when `runJson` is
 * false (it records what a run did: time, reuse, merge), else it stays without its time; the
 * report's run time is masked.
 */
export async function snapshot(dir: string, { runJson = false }: { runJson?: boolean } = {}): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(dir.length + 1);
    if (relative === "run.json" && !runJson) continue;
    let bytes: string | Buffer = await readFile(path);
    if (relative === "run.json") bytes = bytes.toString().replace(/"elapsed_ms": \d+/, "");
    if (entry.name === "index.html") bytes = bytes.toString().replace(/[\d.]+ s run/, "");
    files.set(relative, createHash("sha256").update(bytes).digest("hex"));
  }
  return files;
}

/** A made-up letter: one person, one sentence, one organisation; `n` varies the names and figures. */
export function letter(n: number): string {
  const given = ["Marta", "Pavel", "Irena", "Tomas", "Lidia", "Oskar", "Vera", "Bruno", "Nadia", "Emil", "Greta", "Felix"][n % 12];
  const family = ["Korvanek", "Dulgaru", "Ostrelli", "Venhaus", "Pajarro", "Lindqvast", "Smerek"][n % 7];
  return (
    `${1 + (n % 27)} March 2021\n\nDear Minister,\n\n` +
    `We write about ${given} ${family}, a member of the Union of Rail Workers, who was sentenced on ` +
    `${2 + (n % 20)} February 2021 to ${2 + (n % 9)} years in prison and fined EUR ${(n + 1) * 150}.\n\n` +
    `We urge you to release ${given} ${family} at once.\n\nYours sincerely,\nAnna Brightwell\nGeneral Secretary\n`
  );
}

export async function writeLetters(folder: string, letters: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(letters)) await writeFile(join(folder, name), text);
}

/**
 * A fresh work folder holding `in/` with `count` made-up letters named by `name(i)` (i from 1):
 * the setup of the incremental tests.
 */
export async function lettersFolder(prefix: string, count: number, name: (i: number) => string, text: (i: number) => string = letter): Promise<{ work: string; input: string }> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  const input = join(work, "in");
  await mkdir(input);
  const letters: Record<string, string> = {};
  for (let i = 1; i <= count; i++) letters[name(i)] = text(i);
  await writeLetters(input, letters);
  return { work, input };
}

/** What the incremental tests read of run.json. */
export interface RunSummary {
  documents: number;
  counts: Record<string, number>;
  incremental?: { new: number; changed: number; unchanged: number; removed: number };
}

export const summaryOf = async (out: string): Promise<RunSummary> => JSON.parse(await readFile(join(out, "run.json"), "utf8")) as RunSummary;
