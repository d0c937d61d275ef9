/**
 * chrono-node's parser of a language other than English (French, Spanish), loaded on a thread's
 * first document in that language: from the build's one-file copy, `dist/chrono/locales.cjs`
 * (scripts/bundle-chrono.ts: the package's own modules, unedited, ~16 instead of ~60 ms of CPU to
 * load, docs/performance.md "Small batches (issue 19, session 22)"), when it is at least as new as
 * the installed chrono-node; otherwise, and from the sources (vitest, tsx), from the package.
 * Note: this file sits two folders under dist/, as the worker's bundle does (dist/src/batch/), so
 * that the copy's URL is the same from both.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Chrono } from "chrono-node";
import { isFresh } from "../prebuilt.js";

/** Where the build writes the copy (dist/chrono/), from dist/src/extract/ and from dist/src/batch/. */
export const PREBUILT_CHRONO_LOCALES = new URL("../../chrono/locales.cjs", import.meta.url);

const load = createRequire(import.meta.url);

type Prebuilt = Readonly<Record<string, (() => { casual: Chrono }) | undefined>>;
let prebuilt: Prebuilt | null | undefined;

/** The build's copy when it is fresh against the package's French parser, else null (once per process). */
function prebuiltLocales(): Prebuilt | null {
  if (prebuilt !== undefined) return prebuilt;
  const file = fileURLToPath(PREBUILT_CHRONO_LOCALES);
  prebuilt = isFresh(file, load.resolve("chrono-node/fr")) ? (load(file) as Prebuilt) : null;
  return prebuilt;
}

/** chrono's casual parser of `language` (`fr`, `es`), or undefined when chrono-node has none casebook reads. */
export function chronoLocale(language: string): Chrono | undefined {
  if (language !== "fr" && language !== "es") return undefined;
  const copy = prebuiltLocales()?.[language];
  return (copy ? copy() : (load(`chrono-node/${language}`) as { casual: Chrono })).casual;
}
