/**
 * Bundles the main thread's compiled modules (`dist/src/cli/main.js` and all it imports, now or
 * on first use) into `dist/src/cli.bundle.js` and its chunks `dist/src/cli.bundle-*.js`, run by
 * `npm run build` after tsc; `dist/src/cli.js` runs it when it is at least as new as
 * `cli/main.js` (src/bundle-url.ts). Why: Node's ES-module loader pays per module (resolve, read,
 * compile, link), and the main thread loaded ~175 (zod's 95 among them) in a one-letter run
 * (issue 19, docs/performance.md, "Small batches, session 14"). Code splitting keeps each
 * `import()` a file of its own, so what loads on first use (a command, the batch, the report,
 * zod, the database writer) still does; `dist/src/cli.bundle-meta.json` (esbuild's metafile)
 * lets a test check what the entry loads at start.
 */
import { build } from "esbuild";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const manifest = JSON.parse(await readFile(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8")) as { dependencies: Record<string, string> };

/**
 * Packages bundled: plain JavaScript the main thread runs and that reads no file beside itself.
 * The others stay packages of their own (piscina starts its worker from its own folder,
 * better-sqlite3 is a native addon, the readers and compromise never load on the main thread).
 */
const BUNDLED = new Set(["zod", "csv-stringify", "talisman", "any-ascii", "p-limit", "cli-progress"]);

/**
 * Each module's `import.meta.url` rewritten to the URL of its compiled file, so that paths
 * resolved from it (the worker's bundle, dist/compromise, package.json, `createRequire`) stay
 * those of the module's own folder. Note: entry and chunks are all written to `dist/src`, the
 * folder the relative URL starts from.
 */
const metaUrl = {
  name: "casebook-meta-url",
  setup(b: { onLoad: (o: { filter: RegExp }, f: (a: { path: string }) => Promise<{ contents: string; loader: "js"; resolveDir: string }>) => void }) {
    b.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      const text = await readFile(path, "utf8");
      const own = `./${relative(src, path).split(sep).join("/")}`;
      const contents = path.startsWith(src) ? text.replaceAll("import.meta.url", `new URL(${JSON.stringify(own)}, import.meta.url).href`) : text;
      return { contents, loader: "js", resolveDir: dirname(path) };
    });
  },
};

for (const file of await readdir(src)) if (file.startsWith("cli.bundle")) await rm(join(src, file));

const result = await build({
  entryPoints: { "cli.bundle": join(src, "cli", "main.js") },
  outdir: src,
  chunkNames: "cli.bundle-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: Object.keys(manifest.dependencies).filter((name) => !BUNDLED.has(name)),
  plugins: [metaUrl],
  metafile: true,
  // Note: a bundled CommonJS module's require() of a Node built-in needs a real require in ESM output.
  banner: { js: 'import { createRequire as __casebookRequire } from "node:module"; const require = __casebookRequire(import.meta.url);' },
  logLevel: "warning",
});
await writeFile(join(src, "cli.bundle-meta.json"), `${JSON.stringify(result.metafile)}\n`);
