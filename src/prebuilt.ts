/**
 * Files the build writes once so that a run need not compute them (scripts/country-table.ts,
 * scripts/schema-file.ts): a copy is used only when it is at least as new as the file it was
 * made from, so that a build older than the installed package or the compiled module is never
 * read (issue 19, docs/performance.md).
 */
import { readFileSync, statSync } from "node:fs";

/** The text of `prebuilt` when it is at least as new as `from`; null when either is missing or it is older. */
export function readPrebuilt(prebuilt: string, from: string): string | null {
  try {
    return statSync(prebuilt).mtimeMs >= statSync(from).mtimeMs ? readFileSync(prebuilt, "utf8") : null;
  } catch {
    // Note: no build's copy (the sources run under vitest or tsx) or no source file: the caller computes it.
    return null;
  }
}
