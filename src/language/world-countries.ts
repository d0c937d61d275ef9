/**
 * The countries of the world-countries package with only the fields casebook reads (names, capitals,
 * other spellings, currency codes, English and French demonyms, French and Spanish names), for
 * language/world-currencies.ts, demonyms.ts and country-initials.ts: loaded once per thread, from
 * the build's slim copy `dist/data/world-countries.json` (scripts/world-countries-table.ts, ~80 KB)
 * when it is at least as new as the package's data, else from the package. Why: every letter asks
 * one of those tables, and the package's 1.4 MB of JSON took ~45–70 ms of CPU to load, on every
 * start and in every worker (docs/performance.md, "Small batches (issue 19, session 22)").
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { readBuiltData } from "../prebuilt.js";

/** What casebook reads of a country; the package's `Country` has it all. */
export interface WorldCountry {
  name: { common: string };
  capital: string[];
  altSpellings: string[];
  /** Keyed by ISO 4217 code, in the package's order (only the codes are read). */
  currencies: Readonly<Record<string, unknown>>;
  translations: Readonly<Record<string, { common: string }>>;
  demonyms: Country["demonyms"];
  /** False for a dependent territory (Bermuda, the Isle of Man), whose capitals the fines' place count leaves out. */
  independent?: boolean | null;
}

/** The languages whose names and demonyms are read. */
const TRANSLATIONS = ["fra", "spa"];
const DEMONYMS = ["eng", "fra"];

/** Of `record`, the `keys` it has, in that order. */
function only<T>(record: Readonly<Record<string, T>> | undefined, keys: readonly string[], map: (value: T) => T = (value) => value): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of keys) {
    const value = record?.[key];
    if (value !== undefined) out[key] = map(value);
  }
  return out;
}

/** The countries with only what WorldCountry keeps, in the package's order. */
export function slimCountries(countries: readonly WorldCountry[]): WorldCountry[] {
  return countries.map((country) => ({
    name: { common: country.name.common },
    capital: country.capital,
    altSpellings: country.altSpellings,
    currencies: Object.fromEntries(Object.keys(country.currencies).map((code) => [code, {}])),
    translations: only(country.translations, TRANSLATIONS, ({ common }) => ({ common })),
    demonyms: only(country.demonyms, DEMONYMS),
    independent: country.independent ?? null,
  }));
}

/**
 * Where the build writes the copy: dist/data/, the same path from dist/src/language/ and from the
 * worker's bundle in dist/src/batch/; from the sources (vitest, tsx) the build's copy in dist/data/.
 */
export const PREBUILT_COUNTRIES = new URL("../../data/world-countries.json", import.meta.url);

let countries: readonly WorldCountry[] | undefined;

/** The countries, once per thread (see the module's comment). */
export function worldCountries(): readonly WorldCountry[] {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const from = require.resolve("world-countries/countries.json");
  const prebuilt = readBuiltData("world-countries.json", import.meta.url, from);
  countries = prebuilt === null ? (require("world-countries") as Country[]) : (JSON.parse(prebuilt) as WorldCountry[]);
  return countries;
}
