/**
 * Every country's own currency signs and the French and Spanish currency words (CLDR through Intl)
 * into `src/language/local-signs.json` and `currency-words.json`, run by `npm run data:signs` when
 * world-countries, currency-codes or Node's ICU changes (tests/language/local-signs.test.ts and
 * currency-words.test.ts say when). Why files: the tables take the data package's parse and ~1,500
 * Intl formats, which no run should pay (issue 19).
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import currencyCodes from "currency-codes";
import { knownCurrencyName } from "../src/extract/fines/currencies.js";
import { currencyWordTable } from "../src/language/currency-words.js";
import { localSignTable } from "../src/language/local-signs.js";

const countries = createRequire(import.meta.url)("world-countries") as Country[];
// Note: the source file, from the compiled script in dist/scripts/.
writeFileSync(new URL("../../src/language/local-signs.json", import.meta.url), `[\n${localSignTable(countries).map((row) => JSON.stringify(row)).join(",\n")}\n]\n`);
const words = currencyWordTable(currencyCodes.codes(), knownCurrencyName);
writeFileSync(new URL("../../src/language/currency-words.json", import.meta.url), `${JSON.stringify(words, null, 1)}\n`);
