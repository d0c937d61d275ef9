/**
 * Bundles the compiled worker thread (`dist/src/batch/worker.js` and all it imports at start:
 * casebook's ~150 modules, chrono-node's 51, csv-stringify, franc) into one file,
 * `dist/src/batch/worker.bundle.js`, run by `npm run build` after tsc. Why: every worker thread
 * imports the pipeline before its first letter, and Node's ESM loader pays per module (resolve,
 * read, compile, link); one file cut the import's CPU by ~27% (docs/performance.md, issue 19).
 * The pool runs the bundle only when it is newer than worker.js (thread.ts), so a tsc-only
 * build never runs stale code.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { chronoCaseless } from "./chrono-caseless.js";
import { francTables } from "./franc-lazy.js";

/**
 * Packages left out of the bundle: those loaded on first use (a PDF, a DOCX, a scan, Markdown,
 * a non-UTF-8 file, the database), whose import must stay lazy, and those that read files beside
 * themselves (tesseract.js's worker and data, pdf.js's). compromise is loaded with require(),
 * which esbuild does not follow, and is one file already.
 */
const EXTERNAL = [
  "compromise",
  "tesseract.js",
  "@tesseract.js-data/eng",
  "pdf-parse",
  "mammoth",
  "jszip",
  "mdast-util-from-markdown",
  "mdast-util-gfm-table",
  "micromark-extension-gfm-table",
  "chardet",
  "iconv-lite",
  "better-sqlite3",
  "zod",
];

const batch = new URL("../src/batch/", import.meta.url);
const chronoEdited = { modules: 0 };

await build({
  entryPoints: [fileURLToPath(new URL("worker.js", batch))],
  outfile: fileURLToPath(new URL("worker.bundle.js", batch)),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: EXTERNAL,
  plugins: [francTables, chronoCaseless(chronoEdited)],
  // Note: a bundled CommonJS module's require() of a Node built-in needs a real require in ESM output.
  banner: { js: 'import { createRequire as __casebookRequire } from "node:module"; const require = __casebookRequire(import.meta.url);' },
  logLevel: "warning",
});
// Note: another chrono-node (other module paths, no `new RegExp`) is bundled as it is; say so.
if (chronoEdited.modules === 0) console.warn("bundle-worker: no chrono-node module was edited; its case-insensitive expressions keep `i`");
