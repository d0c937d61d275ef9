/**
 * `casebook extract -`: one document read from standard input. Its bytes go to a temporary
 * file, so that a worker thread reads it like any other (with the same time limit, size limit
 * and format detection from its bytes); the document's `source` is `-`.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Job } from "../batch/processor.js";
import { UsageError } from "./flags.js";

/** The id of a document read from standard input when `--name` gives none. */
export const STDIN_ID = "stdin";

export interface StdinJob {
  job: Job;
  /** Removes the temporary file; safe to call more than once. */
  cleanup(): Promise<void>;
}

/**
 * Copies `input` to a temporary file named after `name` (its extension still helps tell
 * Markdown from plain text, as for a file), and returns the job that processes it.
 */
export async function stdinJob(name: string | undefined, input: Readable & { isTTY?: boolean } = process.stdin): Promise<StdinJob> {
  if (input.isTTY) throw new UsageError("- reads a document from standard input, which is a terminal here (try: cat letter.pdf | casebook extract -)", "extract");
  const id = name ?? STDIN_ID;
  const dir = await mkdtemp(join(tmpdir(), "casebook-stdin-"));
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true });
  // Note: leading dots dropped, so that `--name ..` cannot name the folder above.
  const path = join(dir, basename(id).replace(/^\.+/, "") || STDIN_ID);
  try {
    await pipeline(input, createWriteStream(path));
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { job: { path, id, source: "-" }, cleanup };
}
