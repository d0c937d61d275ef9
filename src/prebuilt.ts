/**
 * Files the build writes once so that a run need not compute them (scripts/country-table.ts,
 * scripts/schema-file.ts): a copy is used only when it is at least as new as the file it was
 * made from, so that a build older than the installed package or the compiled module is never
 * read (issue 19, docs/performance.md).
 */
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Whether `copy` is there and at least as new as `from` (a copy older than the installed package is never used). */
export function isFresh(copy: string, from: string): boolean {
  try {
    return statSync(copy).mtimeMs >= statSync(from).mtimeMs;
  } catch {
    // Note: no build's copy (the sources run under vitest or tsx) or no source file: the caller computes it.
    return false;
  }
}

/** The text of `prebuilt` when it is at least as new as `from`; null when either is missing or it is older. */
export function readPrebuilt(prebuilt: string, from: string): string | null {
  return isFresh(prebuilt, from) ? readFileSync(prebuilt, "utf8") : null;
}

/**
 * A data file the build writes to dist/data/ (scripts/place-table.ts, world-countries-table.ts), read by a module two
 * folders under dist/ or the repository (`moduleUrl`, its `import.meta.url`): dist/data/ is `../../data/` from
 * dist/src/language/ and from the worker's bundle in dist/src/batch/, `../../dist/data/` from the sources (vitest, tsx).
 */
export function readBuiltData(file: string, moduleUrl: string, from: string): string | null {
  return readPrebuilt(fileURLToPath(new URL(`../../data/${file}`, moduleUrl)), from) ?? readPrebuilt(fileURLToPath(new URL(`../../dist/data/${file}`, moduleUrl)), from);
}
