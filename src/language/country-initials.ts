/**
 * Countries written by their initials (`UAE`, `DRC`, `DPRK`, `USA`), as world-countries lists them among a
 * country's other spellings: a place, never a body's acronym (`a letter to UAE ambassadors`). Note: only
 * the spellings the package gives, three capitals or more; initials made from official names would take
 * bodies' acronyms too (`ISS`, `IRA`).
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";

let initials: ReadonlySet<string> | null = null;

/** True for a country's initials (`UAE`). */
export function isCountryInitials(word: string): boolean {
  if (!initials) {
    const countries = createRequire(import.meta.url)("world-countries") as Country[];
    initials = new Set(countries.flatMap((country) => country.altSpellings.filter((spelling) => /^\p{Lu}{3,}$/u.test(spelling))));
  }
  return initials.has(word);
}
