/**
 * English demonyms of more than one word (`Sri Lankan`, `South African`, `Costa Rican`), from a kept
 * data package (world-countries), not a list of our own: compromise tags one-word demonyms only, so
 * `a Sri Lankan dock union` read `Sri Lankan` as a name before a body noun.
 */
import { worldCountries } from "./world-countries.js";

let spaced: ReadonlySet<string> | null = null;

/** The demonyms with a space, as world-countries writes them (`Sierra Leonean`, `New Zealander`). */
function spacedDemonyms(): ReadonlySet<string> {
  if (spaced) return spaced;
  const countries = worldCountries();
  const out = new Set<string>();
  // Note: a pair of demonyms in one field (`Bosnian, Herzegovinian`) is two words, each a demonym of its own.
  for (const country of countries) for (const form of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) if (form && / /u.test(form) && !form.includes(",")) out.add(form);
  spaced = out;
  return out;
}

/** True for a demonym of two words or more (`Sri Lankan`, `Papua New Guinean`). */
export function isSpacedDemonym(words: string): boolean {
  return words.includes(" ") && spacedDemonyms().has(words.replace(/\s+/gu, " "));
}
