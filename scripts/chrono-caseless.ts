/**
 * chrono-node's case-insensitive expressions written out with explicit cases in the worker
 * bundle, by an edit of its sources as scripts/bundle-worker.ts bundles them (issue 19): each
 * `new RegExp(` of chrono's ES modules calls `caselessRegExp` (src/extract/dates/caseless.ts)
 * instead, which spells `i` out where that keeps the matches and builds the expression as it was
 * otherwise. Why: V8 took ~100–400 ms of CPU to compile two of them on a thread's first letter.
 */
import type { Plugin } from "esbuild";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** What the edit calls; a name of its own so that it meets nothing in chrono's modules. */
const CALL = "__casebookCaselessRegExp";
const CONSTRUCTION = "new RegExp(";

/** `source` (one of chrono's modules) with each `new RegExp(` calling `helper`'s `caselessRegExp`, or null when it builds none. */
export function caselessChrono(source: string, helper: string): string | null {
  if (!source.includes(CONSTRUCTION) || source.includes(CALL)) return null;
  const edited = source.split(CONSTRUCTION).join(`${CALL}(`);
  return `import { caselessRegExp as ${CALL} } from ${JSON.stringify(helper)};\n${edited}`;
}

/** The compiled helper the edited modules import (esbuild bundles it with them). */
const HELPER = fileURLToPath(new URL("../src/extract/dates/caseless.js", import.meta.url));

/** The esbuild plugin that applies the edit to chrono-node's ES modules; counts the modules it edited. */
export function chronoCaseless(edited: { modules: number }): Plugin {
  return {
    name: "chrono-caseless",
    setup(context) {
      context.onLoad({ filter: /[\\/]chrono-node[\\/]dist[\\/]esm[\\/].*\.js$/ }, async ({ path }) => {
        const contents = caselessChrono(await readFile(path, "utf8"), HELPER);
        if (contents === null) return undefined;
        edited.modules++;
        return { contents, loader: "js" };
      });
    },
  };
}
