/**
 * Bundles the compiled worker thread (`dist/src/batch/worker.js` and all it imports at start:
 * casebook's ~150 modules, chrono-node's 51, csv-stringify, franc) into one file,
 * `dist/src/batch/worker.bundle.js`, run by `npm run build` after tsc. Why: every worker thread
 * imports the pipeline before its first letter, and Node's ESM loader pays per module (resolve,
 * read, compile, link); one file cut the import's CPU by ~27% (docs/performance.md, issue 19).
 * The pool runs the bundle only when it is newer than worker.js (thread.ts), so a tsc-only
 * build never runs stale code.
 */
import { build, type BuildOptions } from "esbuild";
import { readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chronoCaseless } from "./chrono-caseless.js";
import { francTables } from "./franc-lazy.js";
import { lazyImports } from "./lazy-imports.js";

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

const common: BuildOptions = {
  entryPoints: [fileURLToPath(new URL("worker.js", batch))],
  bundle: true,
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  logLevel: "warning",
};

await build({
  ...common,
  outfile: fileURLToPath(new URL("worker.bundle.js", batch)),
  format: "esm",
  plugins: [francTables, chronoCaseless(chronoEdited)],
  // Note: a bundled CommonJS module's require() of a Node built-in needs a real require in ESM output.
  banner: { js: 'import { createRequire as __casebookRequire } from "node:module"; const require = __casebookRequire(import.meta.url);' },
});

/**
 * The same code as one CommonJS function body, `worker.bundle.cjs`, for the main thread of a small
 * batch, which runs it with a V8 code cache (src/batch/code-cache.ts; why: see that file).
 * `import.meta.url` is the ESM bundle's URL (`__casebookUrl`, given by the loader), so that every
 * path resolved from it is the one the ESM bundle resolves; each `import("package")` of a lazy
 * package calls `__casebookImport`, the loader's own `import()`. Why: code run by `vm.Script` has
 * no `import()` of its own on Node 20 without `--experimental-vm-modules` or an experimental
 * constant that prints a warning. When the calls cannot all be found (another esbuild), the file
 * is not written, with a warning, and the main thread imports the ESM bundle as before.
 */
const cjsFile = fileURLToPath(new URL("worker.bundle.cjs", batch));
const esm = await readFile(fileURLToPath(new URL("worker.bundle.js", batch)), "utf8");
const cjs = await build({
  ...common,
  outfile: cjsFile,
  format: "cjs",
  plugins: [francTables, chronoCaseless({ modules: 0 })],
  define: { "import.meta.url": "__casebookUrl" },
  write: false,
});
const { lazy, text } = lazyImports(cjs.outputFiles[0]?.text ?? "");
if (lazy > 0 && lazy === lazyImports(esm).lazy) await writeFile(cjsFile, text);
else {
  await rm(cjsFile, { force: true });
  console.warn(`bundle-worker: ${lazy} of the ESM bundle's ${lazyImports(esm).lazy} import() calls found in the CommonJS bundle; not written`);
}
