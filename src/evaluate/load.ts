/**
 * Reads expected and actual folders and pairs their files by document: the expected
 * `document` equals the actual `document.id`, or else their base names are equal.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { Actual, Expected } from "./types.js";

/** An expected file with its actual counterpart, or null when none was found. */
export interface Pair {
  expected: Expected;
  actual: Actual | null;
}

/** Lists `.json` files under `dir`, sorted, without following symbolic links. */
async function jsonFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await jsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith(".json")) found.push(path);
  }
  return found.sort();
}

/**
 * Reads every expected file in `dir`. A JSON file without a `document` field is not an
 * expected file and is skipped; one with it that does not parse is an error, loudly.
 */
export async function loadExpected(dir: string): Promise<Expected[]> {
  const loaded: Expected[] = [];
  for (const file of await jsonFiles(dir)) {
    const json: unknown = JSON.parse(await readFile(file, "utf8"));
    if (typeof json !== "object" || json === null || !("document" in json)) continue;
    const parsed = Expected.safeParse(json);
    if (!parsed.success) throw new Error(`${file}: not an expected-records file: ${parsed.error.message}`);
    loaded.push(parsed.data);
  }
  return loaded;
}

/** Actual results read from a folder, and result-like files that did not parse. */
export interface LoadedActual {
  results: Actual[];
  /** `file: reason` for each file that has a `document` but is not a valid result. */
  invalid: string[];
}

/**
 * Reads every actual result in `dir`, or in `dir/json` when the run's output root is given.
 * Note: JSON files without a `document` object (the run summary, the schema) are skipped
 * silently; a file with one that does not parse is reported, since its records would
 * otherwise all count as missed without a word.
 */
export async function loadActual(dir: string): Promise<LoadedActual> {
  const sub = join(dir, "json");
  const root = (await stat(sub).catch(() => null))?.isDirectory() ? sub : dir;
  const loaded: LoadedActual = { results: [], invalid: [] };
  for (const file of await jsonFiles(root)) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      loaded.invalid.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const parsed = Actual.safeParse(json);
    if (parsed.success) loaded.results.push(parsed.data);
    else if (typeof json === "object" && json !== null && "document" in json && typeof json.document === "object") {
      loaded.invalid.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    }
  }
  return loaded;
}

/**
 * Pairs expected and actual results; returns the pairs and the ids of unpaired actuals.
 * Note: exact ids are paired first, so a base-name fallback never takes another's file.
 */
export function pairDocuments(expected: readonly Expected[], actual: readonly Actual[]): { pairs: Pair[]; unpaired: string[] } {
  const used = new Set<Actual>();
  const found = new Map<Expected, Actual>();
  const rules = [(e: Expected, a: Actual) => a.document.id === e.document, (e: Expected, a: Actual) => basename(a.document.id) === basename(e.document)];
  for (const same of rules) {
    for (const e of expected) {
      if (found.has(e)) continue;
      const a = actual.find((candidate) => !used.has(candidate) && same(e, candidate));
      if (a) {
        found.set(e, a);
        used.add(a);
      }
    }
  }
  const pairs = expected.map((e) => ({ expected: e, actual: found.get(e) ?? null }));
  const unpaired = actual.filter((a) => !used.has(a)).map((a) => a.document.id);
  return { pairs, unpaired };
}
