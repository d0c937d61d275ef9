/**
 * The slim copy of world-countries (src/language/world-countries.ts, scripts/world-countries-table.ts,
 * issue 19): it keeps every field the three tables read, as the package gives it, and nothing else; the
 * tables are read from it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Country } from "world-countries";
import { describe, expect, it } from "vitest";
import { slimCountries, worldCountries, type WorldCountry } from "../../src/language/world-countries.js";
import { ROOT } from "../helpers/cli.js";

const full = createRequire(import.meta.url)("world-countries") as Country[];

/** Every value the tables read of a country (language/world-currencies.ts, demonyms.ts, country-initials.ts). */
const read = (country: WorldCountry): unknown => ({
  common: country.name.common,
  capital: country.capital,
  altSpellings: country.altSpellings,
  currencies: Object.keys(country.currencies),
  demonyms: [country.demonyms.eng?.m, country.demonyms.eng?.f, country.demonyms.fra?.m, country.demonyms.fra?.f],
  names: [country.translations.fra?.common, country.translations.spa?.common],
  independent: country.independent ?? null,
});

describe("slimCountries", () => {
  it("keeps what the tables read of every country, in the package's order", () => {
    expect(slimCountries(full).map(read)).toEqual(full.map(read));
  });

  it("drops the rest: other languages, official names, currencies' names, borders", () => {
    const [slim] = slimCountries([{ ...(full.find((c) => c.cca2 === "PE") as Country) }]);
    expect(Object.keys(slim ?? {}).sort()).toEqual(["altSpellings", "capital", "currencies", "demonyms", "independent", "name", "translations"]);
    expect(slim?.name).toEqual({ common: "Peru" });
    expect(Object.keys(slim?.translations ?? {})).toEqual(["fra", "spa"]);
    expect(Object.keys(slim?.demonyms ?? {})).toEqual(["eng", "fra"]);
    expect(slim?.currencies).toEqual({ PEN: {} });
  });

  it("leaves out a language a country lacks instead of writing it empty", () => {
    const country = { ...(full[0] as Country), translations: {}, demonyms: { eng: { f: "X", m: "X" } } };
    const [slim] = slimCountries([country]);
    expect(slim?.translations).toEqual({});
    expect(slim?.demonyms).toEqual({ eng: { f: "X", m: "X" } });
  });
});

describe("the build's copy (dist/data/world-countries.json, npm run build)", () => {
  it("is the slim countries, and what worldCountries reads", () => {
    const copy = JSON.parse(readFileSync(join(ROOT, "dist/data/world-countries.json"), "utf8")) as WorldCountry[];
    expect(copy).toEqual(slimCountries(full));
    expect(worldCountries()).toEqual(copy);
    expect(worldCountries()).toBe(worldCountries());
  });
});
