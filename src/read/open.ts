/**
 * Opening an input file for reading, safely: the entry found by the walk may have been
 * replaced, removed or made unreadable since, or may never have been a regular file.
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { CasebookError, type MessageCode } from "../messages.js";

/** The error code for a failed open or read, by errno. */
export function fileErrorCode(error: unknown): MessageCode {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "VANISHED";
  if (code === "ENAMETOOLONG") return "PATH_TOO_LONG";
  if (code === "ELOOP") return "BROKEN_LINK";
  return "UNREADABLE";
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them (TOO_LARGE beyond).
 * Note: opened non-blocking and checked on the open descriptor, so that a FIFO (whose open
 * would wait for a writer forever) or a device (/dev/zero never ends) put in the file's place
 * after the walk fails at once, and the size checked is the size of what is read.
 */
export async function readInputFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new CasebookError(fileErrorCode(error), error instanceof Error ? error.message : String(error), { cause: error });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CasebookError("NOT_A_FILE", path);
    if (info.size > maxBytes) {
      throw new CasebookError("TOO_LARGE", `${(info.size / 1048576).toFixed(1)} MB, limit ${(maxBytes / 1048576).toFixed(0)} MB`);
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    throw new CasebookError(fileErrorCode(error), error instanceof Error ? error.message : String(error), { cause: error });
  } finally {
    await handle.close().catch(() => undefined);
  }
}
