/**
 * Atomic file writes: content goes to a temporary file beside the target, then a rename
 * replaces the target, so a crash or Ctrl-C never leaves a half-written file.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

/** A hidden temporary name beside `path`, for a file that becomes `path` by a rename. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes `content` to `path` atomically, creating parent folders. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A stream to a temporary file that becomes `path` only on `commit()`. */
export interface AtomicStream {
  stream: WriteStream;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openAtomic(path: string): Promise<AtomicStream> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPath(path);
  const stream = createWriteStream(temporary);
  const closed = new Promise<void>((resolve, reject) => {
    stream.on("close", resolve);
    stream.on("error", reject);
  });
  return {
    stream,
    async commit() {
      stream.end();
      await closed;
      await rename(temporary, path);
    },
    async abort() {
      stream.destroy();
      await closed.catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/**
 * Text gathered before it is written: appends smaller than this wait, corked, and go to the
 * file in one call. Note: a run appends each document's rows to seven CSV files, cases.json and
 * the manifest — a file-system call each, thousands per run on the main thread — though each
 * is a few hundred bytes.
 */
const GATHER = 64 * 1024;

/**
 * Appends `text` to an atomic file's stream, gathering small appends (GATHER); resolves once
 * the stream accepts more (back-pressure). The stream's `end` on commit writes what is gathered.
 */
export async function appendGathered(file: AtomicStream, text: string): Promise<void> {
  const { stream } = file;
  if (text === "") return;
  if (stream.writableCorked === 0) stream.cork();
  stream.write(text);
  if (stream.writableLength < GATHER) return;
  stream.uncork();
  if (stream.writableNeedDrain) await once(stream, "drain");
}
