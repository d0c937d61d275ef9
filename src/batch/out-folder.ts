/**
 * Makes the output folder safe to write into before a run: a run never writes outside `--out`.
 * Note: every file is written to a temporary file and renamed into place, and a rename replaces
 * a symbolic link rather than writing through it; but a link to a folder elsewhere (`json/` →
 * /etc) would be written through when a file is created below it. So every link inside the
 * output folder is removed first, and temporary files that a killed run (kill -9, power loss)
 * left behind are swept, so that a rerun leaves exactly what an uninterrupted run would.
 */
import { lstat, mkdir, readdir, rm, unlink } from "node:fs/promises";
import { join } from "node:path";

/** A temporary file as write/atomic.ts names them: `.<name>.<8 hex digits>.tmp`. */
const TEMPORARY = /^\..+\.[\da-f]{8}\.tmp$/;

async function sweep(folder: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) await unlink(path);
    else if (entry.isDirectory()) await sweep(path);
    else if (entry.isFile() && TEMPORARY.test(entry.name)) await rm(path, { force: true });
  }
}

/**
 * Creates `out` if needed, removes the symbolic links inside it and the temporary files of an
 * interrupted run. `out` itself may be a link: the user named it.
 */
export async function prepareOutFolder(out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  const info = await lstat(out);
  if (info.isSymbolicLink() || info.isDirectory()) await sweep(out);
}
