/**
 * Which of a compiled module and its bundle (scripts/bundle-*.ts) to run: the bundle when it is
 * at least as new as the compiled module, else the compiled module; under vitest or tsx, where
 * no compiled module sits beside the source, `source`. Note: the date check keeps a tsc-only
 * build from running the code of an older bundle.
 */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Modification time of a file, or null when it is not there. */
function modified(url: URL): number | null {
  const path = fileURLToPath(url);
  return existsSync(path) ? statSync(path).mtimeMs : null;
}

/** The module to load: `bundle`, `compiled` or `source` (see above). */
export function bundleOr(compiled: URL, bundle: URL, source: URL): URL {
  const compiledAt = modified(compiled);
  if (compiledAt === null) return source;
  const bundledAt = modified(bundle);
  return bundledAt !== null && bundledAt >= compiledAt ? bundle : compiled;
}
