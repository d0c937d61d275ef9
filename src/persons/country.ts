/**
 * The country a person is tied to, as supporting evidence: two people of one name in letters
 * about different countries are namesakes, not one person. Countries, their demonyms and
 * capitals come from a kept data package (world-countries), not a list of our own.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Country } from "world-countries";
import { readPrebuilt } from "../prebuilt.js";

/** Country names (one to four words) → ISO 3166 alpha-2 code. */
let table: Map<string, string> | null = null;

/** The names a country goes by in English letters: common name, demonyms, capitals. */
function namesOf(country: Country): string[] {
  const names = [country.name.common, country.demonyms?.eng?.m ?? "", country.demonyms?.eng?.f ?? "", ...country.capital];
  // Note: alternative spellings include two-letter codes (`BY`, `IN`) that are ordinary words.
  names.push(...country.altSpellings.filter((s) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(s)));
  return names.filter((n) => n.length > 3);
}

/** The table from the data package: each name once, the first country that goes by it. */
export function countryTable(countries: readonly Country[]): [string, string][] {
  const names = new Map<string, string>();
  for (const country of countries) {
    for (const name of namesOf(country)) if (!names.has(name)) names.set(name, country.cca2);
  }
  return [...names];
}

/**
 * Where the build writes the table, beside the compiled module (scripts/country-table.ts): the data package is a 1.4 MB
 * JSON file with every country's translations, borders and geometry, parsed at every run for a
 * few thousand names (issue 19).
 */
export const PREBUILT_TABLE = new URL("./countries.table.json", import.meta.url);

/**
 * The table: the build's copy when it is at least as new as the data package, else built from
 * the package (under vitest and tsx, or a build older than the installed package).
 */
function readTable(): [string, string][] {
  const require = createRequire(import.meta.url);
  const prebuilt = readPrebuilt(fileURLToPath(PREBUILT_TABLE), require.resolve("world-countries/countries.json"));
  return prebuilt === null ? countryTable(require("world-countries") as Country[]) : (JSON.parse(prebuilt) as [string, string][]);
}

// Note: loaded on first use only, so that a run that writes no persons output does not pay it.
function load(): Map<string, string> {
  table ??= new Map(readTable());
  return table;
}

/**
 * Loads the table now. The batch calls it while its first worker thread starts, when the main
 * thread is idle, so that the first document's persons stage does not wait for it (issue 19).
 */
export function preloadCountries(): void {
  load();
}

/** A country named in a text: its code and where. */
export interface CountryMention {
  code: string;
  start: number;
}

const WORD = /[A-Z][a-z]+/g;

/**
 * The countries named in `text`, in order. Capitalised words are looked up as runs of one to
 * four (`Czech Republic`, `Hong Kong`), longest first: one pass over the words, no per-name scan.
 */
export function countriesIn(text: string): CountryMention[] {
  const names = load();
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const found: CountryMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first) continue;
    let best: { code: string; last: number } | null = null;
    let phrase = first.text;
    for (let j = i; j < words.length && j < i + 4; j++) {
      const word = words[j];
      if (!word) break;
      if (j > i) {
        const previous = words[j - 1];
        if (!previous || word.start !== previous.end + 1 || text[previous.end] !== " ") break;
        phrase += ` ${word.text}`;
      }
      const code = names.get(phrase);
      if (code) best = { code, last: j };
    }
    if (best) {
      found.push({ code: best.code, start: first.start });
      i = best.last;
    }
  }
  return found;
}

/**
 * The country a set of mentions is about: the one named most, if named at least twice as often
 * as any other (a letter about Belarus that names Geneva once is about Belarus); else null.
 */
export function mainCountry(mentions: readonly CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const { code } of mentions) counts.set(code, (counts.get(code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, second] = ranked;
  if (!first) return null;
  return !second || first[1] >= 2 * second[1] ? first[0] : null;
}
