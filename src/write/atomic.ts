/**
 * Atomic file writes: content goes to a temporary file beside the target, then a rename
 * replaces the target, so a crash or Ctrl-C never leaves a half-written file.
 */
import { randomBytes } from "node:crypto";
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
