/**
 * Finds the documents of a batch: files given directly, and regular files below folders,
 * walked without following symbolic links (a link to `.` loops, one to /dev/zero never ends).
 */
import { lstat, readdir, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import type { Job } from "./processor.js";

/** Hidden files (`.DS_Store`, editor swap files) are not letters. */
function isHidden(name: string): boolean {
  return name.startsWith(".");
}

async function walkFolder(root: string, folder: string, jobs: Job[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walkFolder(root, path, jobs);
    else if (entry.isFile()) jobs.push({ path, id: relative(root, path).split(sep).join("/") });
  }
}

/**
 * The jobs for `inputs`, in a stable order: each input in the order given, folders sorted.
 * A missing input throws (bad usage); ids that collide get a `~n` suffix.
 */
export async function collectJobs(inputs: string[]): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) await walkFolder(input, input, jobs);
    else if ((await lstat(input)).isFile() || info.isFile()) jobs.push({ path: input, id: basename(input) });
  }
  const seen = new Map<string, number>();
  return jobs.map((job) => {
    const count = (seen.get(job.id) ?? 0) + 1;
    seen.set(job.id, count);
    return count === 1 ? job : { ...job, id: `${job.id}~${count}` };
  });
}
