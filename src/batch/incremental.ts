/**
 * `--incremental`: what is left of documents no longer in the input. Reuse itself is decided
 * per document as it is fetched (feed.ts); here the state of every document the run does not
 * take (deleted, renamed, now in another shard) is removed with its JSON and text files, files
 * first, so that a run killed midway leaves state that the next run still finds and removes.
 */
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { listDocumentStates, sha256 } from "./state.js";

/**
 * The document id a state file names, whatever its format (the id is on the first line in every
 * format so far: the whole file, then its first line); null when it cannot be read.
 * Note: an unreadable state names no document: it goes alone.
 */
async function idIn(path: string): Promise<string | null> {
  try {
    const raw = await readFile(path);
    const line = raw.indexOf(10);
    const id = (JSON.parse(raw.toString("utf8", 0, line < 0 ? raw.length : line)) as { id?: unknown }).id;
    return typeof id === "string" ? id : null;
  } catch {
    return null;
  }
}

/** Removes the state and per-document files of documents not among `ids`; returns how many. */
export async function removeStale(out: string, ids: readonly string[]): Promise<number> {
  const kept = new Set(ids.map((id) => sha256(id)));
  let removed = 0;
  for (const { path, name } of await listDocumentStates(out)) {
    if (kept.has(name)) continue;
    const id = await idIn(path);
    if (id !== null && sha256(id) === name) {
      await rm(join(out, "json", `${id}.json`), { force: true });
      await rm(join(out, "text", `${id}.txt`), { force: true });
      removed++;
    }
    await rm(path, { force: true });
  }
  return removed;
}
