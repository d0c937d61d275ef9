/**
 * Every country's own currency signs (CLDR through Intl) into `src/language/local-signs.json`, run by
 * `npm run data:signs` when world-countries or Node's ICU changes (tests/language/local-signs.test.ts
 * says when). Why a file: the table takes the data package's parse and ~1,500 Intl formats, which no
 * run should pay (issue 19).
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { localSignTable } from "../src/language/local-signs.js";

const countries = createRequire(import.meta.url)("world-countries") as Country[];
// Note: the source file, from the compiled script in dist/scripts/.
writeFileSync(new URL("../../src/language/local-signs.json", import.meta.url), `[\n${localSignTable(countries).map((row) => JSON.stringify(row)).join(",\n")}\n]\n`);
