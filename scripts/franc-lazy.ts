/**
 * franc-min's trigram tables built on the first detection rather than at every worker thread's
 * import, by an edit of its source as scripts/bundle-worker.ts bundles it (issue 19).
 */
import type { Plugin } from "esbuild";
import { readFile } from "node:fs/promises";

/**
 * Edits to franc-min 6's index.js that build its 82 trigram tables on the first detection instead
 * of at load: `[text, replacement]`, each text found exactly once. Why: the loop ran at every
 * thread's import (~25–70 ms of CPU, a third of the bundle's own top-level code: docs/performance.md),
 * and an English letter never reaches franc (src/language/detect.ts's function-word check), so a
 * batch of English letters never needs the tables. The tables and answers are franc's own.
 */
export const FRANC_EDITS: readonly (readonly [string, string])[] = [
  ["const numericData = {}\n", "const numericData = {}\nlet numericDataBuilt = false\nfunction buildNumericData() {\n"],
  ["\n/**\n * Get the most probable language for the given value.", "}\n\n/**\n * Get the most probable language for the given value."],
  ["export function francAll(value, options = {}) {\n", "export function francAll(value, options = {}) {\n  if (!numericDataBuilt) {\n    numericDataBuilt = true\n    buildNumericData()\n  }\n"],
];

/** `source` with FRANC_EDITS applied, or null when one does not fit (another franc version: bundled as it is). */
export function lazyFranc(source: string): string | null {
  let edited = source;
  for (const [text, replacement] of FRANC_EDITS) {
    if (edited.split(text).length !== 2) return null;
    edited = edited.replace(text, () => replacement);
  }
  return edited;
}

/** The esbuild plugin that applies the edits to franc-min's index.js. */
export const francTables: Plugin = {
  name: "franc-lazy-tables",
  setup(context) {
    context.onLoad({ filter: /[\\/]franc-min[\\/]index\.js$/ }, async ({ path }) => {
      const edited = lazyFranc(await readFile(path, "utf8"));
      if (edited === null) console.warn(`bundle-worker: ${path} is not the franc-min this build knows; its tables are built at load`);
      return edited === null ? undefined : { contents: edited, loader: "js" };
    });
  },
};
