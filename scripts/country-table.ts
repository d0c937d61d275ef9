/**
 * The persons stage's country table (names, demonyms and capitals → ISO 3166 alpha-2 code),
 * built once at build time into `dist/src/persons/countries.table.json` (`PREBUILT_TABLE`), run by
 * `npm run build`. Why: the data package is a 1.4 MB JSON file (translations, borders,
 * geometry) that every run parsed for a few thousand names (issue 19, docs/performance.md).
 * `src/persons/country.ts` reads the copy when it is at least as new as the package.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Country } from "world-countries";
import { countryTable, PREBUILT_TABLE } from "../src/persons/country.js";

const countries = createRequire(import.meta.url)("world-countries") as Country[];
writeFileSync(fileURLToPath(PREBUILT_TABLE), `${JSON.stringify(countryTable(countries))}\n`);
