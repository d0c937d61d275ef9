/**
 * chrono-node's French and Spanish parsers in one file, `dist/chrono/locales.cjs` (chrono's own
 * CommonJS modules, bundled by esbuild, unedited), run by `npm run build`; src/extract/chrono-locales.ts
 * requires it on a thread's first French or Spanish document. Why: `require("chrono-node/fr")` loads
 * 63 modules (each resolved, read and compiled by Node's CommonJS loader: ~60 ms of CPU, against
 * ~16 ms for the same code in one file; docs/performance.md, "Small batches (issue 19, session 22)").
 * Each locale stays a lazy module of the bundle (esbuild's CommonJS wrappers run on first
 * `require`), so a French letter does not pay for the Spanish parser, and both share one copy of
 * chrono's core, as the package's modules do.
 */
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The locales bundled, by the language code the pipeline gives (src/extract/dates/chrono.ts). */
export const CHRONO_LOCALES = ["fr", "es"] as const;

const outfile = fileURLToPath(new URL("../chrono/locales.cjs", import.meta.url));
mkdirSync(fileURLToPath(new URL("../chrono/", import.meta.url)), { recursive: true });

// Note: `require` with a literal name per locale, so that esbuild bundles each and keeps it lazy.
const contents = `module.exports = {\n${CHRONO_LOCALES.map((code) => `  ${code}: () => require("chrono-node/${code}"),`).join("\n")}\n};\n`;

await build({
  stdin: { contents, resolveDir: fileURLToPath(new URL("../../", import.meta.url)), sourcefile: "chrono-locales-entry.cjs", loader: "js" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  logLevel: "warning",
});
