/**
 * What the linking stage keeps of each person record of a run: the name, its key and the
 * evidence other records may be compared on (roles, organisation, penalties, country), small
 * enough to hold for every person of a large batch.
 */
import type { DocumentResult } from "../records.js";
import { countriesIn, mainCountry, type CountryMention } from "./country.js";
import { foldText } from "./fold.js";
import { personKey } from "./key.js";

export interface Penalty {
  /** `sentence` or `fine`. */
  penalty: "sentence" | "fine";
  kind: string | null;
  days: number | null;
  amount: number | null;
  /** ISO 4217 code, or the fine's unit. */
  currency: string | null;
  date: string | null;
}

/** One person record of one document, as the clustering sees it. */
export interface PersonEntry {
  document: string;
  personId: string;
  name: string;
  key: string;
  /** The document this one copies (its cases are counted there), or null. */
  copyOf: string | null;
  roles: string[];
  organisation: string | null;
  penalties: Penalty[];
  /** The country the letter ties the person to (country.ts), or null. */
  country: string | null;
}

/** The index of the first country mention at or after `offset` (mentions are in text order). */
function firstAt(countries: readonly CountryMention[], offset: number): number {
  let [low, high] = [0, countries.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((countries[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Characters around a mention searched for a country named with the person, within its paragraph. */
const WINDOW = 150;

/**
 * The person's country: the country named most near their mentions (same paragraph), else the
 * country the letter is about; null when several are named about as often (a speaker list).
 */
function countryOf(text: string, mentions: readonly { start: number; end: number }[], countries: readonly CountryMention[], main: string | null): string | null {
  const near: CountryMention[] = [];
  for (const m of mentions) {
    const from = Math.max(m.start - WINDOW, text.lastIndexOf("\n\n", m.start) + 1);
    const paragraphEnd = text.indexOf("\n\n", m.end);
    const to = Math.min(m.end + WINDOW, paragraphEnd === -1 ? text.length : paragraphEnd);
    for (let i = firstAt(countries, from); i < countries.length && (countries[i]?.start ?? to) < to; i++) near.push(countries[i] as CountryMention);
  }
  return near.length === 0 ? main : mainCountry(near);
}

/** The entries of one document; `text` is its normalised text. */
export function entriesOf(result: DocumentResult, text: string): PersonEntry[] {
  if (result.people.length === 0) return [];
  const { document } = result;
  const countries = countriesIn(text);
  const main = mainCountry(countries);
  return result.people.map((person) => {
    const penalties: Penalty[] = [
      ...result.sentences.filter((s) => s.person_id === person.id).map((s) => ({ penalty: "sentence" as const, kind: s.kind, days: s.days, amount: null, currency: null, date: s.date })),
      ...result.fines.filter((f) => f.person_id === person.id).map((f) => ({ penalty: "fine" as const, kind: null, days: null, amount: f.amount, currency: f.currency ?? f.unit, date: f.date })),
    ];
    return {
      document: document.id,
      personId: person.id,
      name: person.name,
      key: person.person_key ?? personKey(person.name, document.id),
      copyOf: document.copy_of,
      roles: person.roles.map(foldText),
      organisation: person.organisation === null ? null : foldText(person.organisation),
      penalties,
      country: countryOf(text, person.mentions, countries, main),
    };
  });
}
