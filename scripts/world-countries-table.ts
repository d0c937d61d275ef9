/**
 * The slim copy of world-countries (src/language/world-countries.ts), written once at build time to
 * `dist/data/world-countries.json` (`PREBUILT_COUNTRIES`), run by `npm run build`: the fields casebook
 * reads, ~80 KB against the package's 1.4 MB, which every thread parsed before its first letter (issue 19).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Country } from "world-countries";
import { PREBUILT_COUNTRIES, slimCountries } from "../src/language/world-countries.js";

const countries = createRequire(import.meta.url)("world-countries") as Country[];
const path = fileURLToPath(PREBUILT_COUNTRIES);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, `${JSON.stringify(slimCountries(countries))}\n`);
