/**
 * Countries written by their initials (`UAE`, `DRC`, `DPRK`, `USA`), as world-countries lists them among a
 * country's other spellings: a place, never a body's acronym (`a letter to UAE ambassadors`). Note: only
 * the spellings the package gives, three capitals or more; initials made from official names would take
 * bodies' acronyms too (`ISS`, `IRA`).
 */
import { worldCountries } from "./world-countries.js";

let initials: ReadonlySet<string> | null = null;

/** True for a country's initials (`UAE`). */
export function isCountryInitials(word: string): boolean {
  if (!initials) {
    const countries = worldCountries();
    initials = new Set(countries.flatMap((country) => country.altSpellings.filter((spelling) => /^\p{Lu}{3,}$/u.test(spelling))));
  }
  return initials.has(word);
}
