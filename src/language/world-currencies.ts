/**
 * Every country's currencies, by the names a letter calls the country: its common name, demonyms,
 * capitals, its French and Spanish names and French adjectives, from a kept data package (world-countries), not a
 * list of our own. It decides a currency sign or name that several countries share (`Rs`, `rupees`,
 * `dinars`) when the letter names a country the fines' own place table does not know (`Port-Louis`
 * → MUR, `Malé` → MVR). Loaded on first use only: most letters never need it (issue 19).
 */
import { worldCountries, type WorldCountry } from "./world-countries.js";

interface Table {
  /** One pass over a text finds every country word (case-sensitive: common words are no places). */
  pattern: RegExp;
  /** Each country word → that country's currency codes (the first country that goes by the word). */
  codes: Map<string, readonly string[]>;
}

let table: Table | null = null;

/** The names a country goes by in English, French and Spanish letters; a spaced capital also hyphenated (`Port-Louis`). */
export function namesOf(country: WorldCountry): string[] {
  const { demonyms, translations } = country;
  const names = [
    country.name.common,
    demonyms?.eng?.m,
    demonyms?.eng?.f,
    demonyms?.fra?.m,
    demonyms?.fra?.f,
    translations?.fra?.common,
    translations?.spa?.common,
    ...country.capital,
    ...country.capital.map((capital) => capital.replaceAll(" ", "-")),
  ];
  // Note: French writes a nationality's adjective in lower case (`les dockers mauriciens`).
  for (const form of [demonyms?.fra?.m, demonyms?.fra?.f]) if (form) names.push(form.toLowerCase(), `${form.toLowerCase()}s`);
  return names.filter((name): name is string => name !== undefined && name.length > 3);
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

function load(): Table {
  if (table) return table;
  const countries = worldCountries();
  const codes = new Map<string, readonly string[]>();
  for (const country of countries) {
    const own = Object.keys(country.currencies ?? {});
    for (const name of namesOf(country)) if (!codes.has(name)) codes.set(name, own);
  }
  const words = [...codes.keys()].sort((a, b) => b.length - a.length);
  table = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu"), codes };
  return table;
}

/** Country words counted in the text last asked about: one scan per letter, however many amounts ask. */
let counted: { text: string; ignored: unknown; counts: Map<string, number> } | null = null;

function wordCounts(text: string, ignored: (text: string, at: number) => boolean): Map<string, number> {
  if (counted?.text === text && counted.ignored === ignored) return counted.counts;
  const counts = new Map<string, number>();
  for (const match of text.matchAll(load().pattern)) if (!ignored(text, match.index)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  counted = { text, ignored, counts };
  return counts;
}

/**
 * Of `codes`, the currency of the countries `text` names most; null when no country named pays in
 * one of them, or two tie. `ignored` leaves out a word at an offset (a place word ending a person's
 * name, `Robles de Santiago`).
 */
export function worldCurrency(codes: readonly string[], text: string, ignored: (text: string, at: number) => boolean = () => false): string | null {
  return codes.length < 2 ? null : namedCurrency(codes, text, ignored);
}

/**
 * Of `codes` (one or more), the currency of the countries `text` names most; null when no country
 * named pays in one of them, or two tie: a country's own sign (`D`, `zł`) is read only where its
 * country is named.
 */
export function namedCurrency(codes: readonly string[], text: string, ignored: (text: string, at: number) => boolean = () => false): string | null {
  if (text === "") return null;
  const counts = new Map<string, number>();
  for (const [word, n] of wordCounts(text, ignored)) {
    for (const code of load().codes.get(word) ?? []) if (codes.includes(code)) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && (!second || best[1] > second[1]) ? best[0] : null;
}
