/**
 * Finds the documents of a batch: files given directly, and regular files below folders.
 * Walking never stops at a bad entry: a folder that cannot be listed, a FIFO or device, a broken
 * link, a name that is not UTF-8 or a path too long becomes a job that carries its error, so
 * that it is one failed row of the run and everything beside it is still processed.
 * Links to files are read (the reader checks again that the target is a regular file); links
 * to folders are not followed (a link to `.` loops, one to / walks the machine).
 */
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import type { MessageCode } from "../messages.js";
import { fileErrorCode } from "../read/open.js";
import type { Job } from "./processor.js";

/** Hidden files (`.DS_Store`, editor swap files) are not letters. */
function isHidden(name: string): boolean {
  return name.startsWith(".");
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lossyUtf8 = new TextDecoder("utf-8");

/** The entry's name as a string, or null when its bytes are not valid UTF-8. */
function utf8Name(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Walk {
  root: string;
  jobs: Job[];
  /** Absolute paths not to walk into (the output folder, when it lies inside an input). */
  exclude: ReadonlySet<string>;
}

function idOf(walk: Walk, path: string): string {
  return relative(walk.root, path).split(sep).join("/");
}

function fail(walk: Walk, path: string, code: MessageCode, text: string): void {
  walk.jobs.push({ path, id: idOf(walk, path), error: { code, detail: text } });
}

/** The code for an entry that is neither a file, a folder nor a link; null for a regular file. */
function notAFile(entry: { isFile(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (entry.isFile()) return null;
  if (entry.isFIFO()) return "a FIFO";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** A symbolic link: its target decides (checked with stat, which follows it). */
async function linkEntry(walk: Walk, path: string): Promise<void> {
  let target;
  try {
    target = await stat(path);
  } catch (error) {
    const code = fileErrorCode(error);
    fail(walk, path, code === "VANISHED" || code === "BROKEN_LINK" ? "BROKEN_LINK" : code, detail(error));
    return;
  }
  if (target.isDirectory()) fail(walk, path, "LINK_NOT_FOLLOWED", path);
  else if (target.isFile()) walk.jobs.push({ path, id: idOf(walk, path) });
  else fail(walk, path, "NOT_A_FILE", notAFile(target) ?? path);
}

async function walkFolder(walk: Walk, folder: string): Promise<void> {
  let entries: Dirent<Buffer>[];
  try {
    entries = await readdir(folder, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    const code = fileErrorCode(error);
    fail(walk, folder, code === "UNREADABLE" ? "UNLISTABLE" : code, detail(error));
    return;
  }
  const named = entries.map((entry) => ({ entry, name: utf8Name(entry.name) }));
  const key = (n: (typeof named)[number]): string => n.name ?? lossyUtf8.decode(n.entry.name);
  named.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const item of named) {
    const { entry, name } = item;
    if (isHidden(key(item))) continue;
    if (name === null) {
      fail(walk, join(folder, key(item)), "BAD_NAME", JSON.stringify(entry.name.toString("latin1")));
      continue;
    }
    const path = join(folder, name);
    if (walk.exclude.has(resolve(path))) continue;
    if (entry.isDirectory()) await walkFolder(walk, path);
    else if (entry.isSymbolicLink()) await linkEntry(walk, path);
    else {
      const kind = notAFile(entry);
      if (kind === null) walk.jobs.push({ path, id: idOf(walk, path) });
      else fail(walk, path, "NOT_A_FILE", kind);
    }
  }
}

export interface CollectOptions {
  /** Folders not to walk into: the output folder, when it lies inside an input folder. */
  exclude?: string[];
}

/**
 * The jobs for `inputs`, in a stable order: each input in the order given, folders sorted.
 * An input that is missing, cannot be listed or is neither a file nor a folder throws (bad
 * usage); every bad entry below a folder is a job with its error. Ids that collide get `~n`.
 */
export async function collectJobs(inputs: string[], options: CollectOptions = {}): Promise<Job[]> {
  const jobs: Job[] = [];
  const exclude = new Set((options.exclude ?? []).map((path) => resolve(path)));
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      // Note: the folder named on the command line must be listable: if it is not, there is
      // nothing to process and the user has to fix the argument.
      await readdir(input);
      await walkFolder({ root: input, jobs, exclude }, input);
    } else if (info.isFile()) jobs.push({ path: input, id: basename(input) });
    else throw new Error(`${input} is not a file or a folder`);
  }
  const seen = new Map<string, number>();
  return jobs.map((job) => {
    const count = (seen.get(job.id) ?? 0) + 1;
    seen.set(job.id, count);
    return count === 1 ? job : { ...job, id: `${job.id}~${count}` };
  });
}
