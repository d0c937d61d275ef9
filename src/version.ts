/** casebook's version, read once from package.json. */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const manifest = (() => {
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      return require(path) as { version: string };
    } catch {
      // Note: the compiled file sits one folder deeper (dist/src) than the source (src).
    }
  }
  return { version: "0.0.0" };
})();

export const VERSION: string = manifest.version;
