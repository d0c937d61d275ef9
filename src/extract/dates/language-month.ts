/**
 * Rule `dates/language-month`: a month without a day in a language read through a vocabulary
 * (language/fr.ts, language/es.ts), after a time word or with a year: `fin janvier`, `début
 * février 2016`, `en avril`, `a finales de marzo`, `agosto de 2013`. chrono's French parser
 * misses these; the Spanish one reads only those with a year. A bare month needs its time word,
 * since `mars`, `mai` and `marzo` are also other words.
 */
import { vocabularyOf, type Vocabulary } from "../../language/vocabulary.js";
import type { DateCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { yearWordsAfter } from "./patterns.js";

/** French and Spanish words for `last` written after a month (`novembre dernier`, `noviembre pasado`). */
export const PAST_WORDS = "derni[eè]re?|pasad[oa]";
/** Such a word right after a bare month: the past one. */
const PAST_AFTER = new RegExp(`^\\s+(?:${PAST_WORDS})(?![\\p{L}\\p{N}])`, "iu");

const compiled = new WeakMap<Vocabulary, { pattern: RegExp; monthOf: Map<string, number> }>();

function patternOf(vocabulary: Vocabulary): { pattern: RegExp; monthOf: Map<string, number> } {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const monthOf = new Map(vocabulary.months.flatMap((names, i) => names.split("|").map((n): [string, number] => [n, i + 1])));
  const names = [...monthOf.keys()].sort((a, b) => b.length - a.length).join("|");
  // Note: no day before the month (chrono reads those), an optional year after it (`de 2013`, `del 2013`);
  // an abbreviation's dot only inside the sentence (`janv. 2021`), not the full stop after a month.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\d(?:er)?\\s+(?:de\\s+)?)(${names})(?:\\.(?=\\s*[\\p{Ll}\\d]))?(?:\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`, "giu");
  const built = { pattern, monthOf };
  compiled.set(vocabulary, built);
  return built;
}

export const languageMonthRule: Extractor<DateCandidate> = {
  id: "dates/language-month",
  type: "date",
  extract(context) {
    const vocabulary = vocabularyOf(context.language);
    if (!vocabulary) return [];
    const { pattern, monthOf } = patternOf(vocabulary);
    const { text } = context;
    const found: Unstamped<DateCandidate>[] = [];
    for (const m of text.matchAll(pattern)) {
      const month = monthOf.get((m[1] ?? "").toLowerCase());
      const year = m[2] ? Number(m[2]) : null;
      if (month === undefined) continue;
      // Note: `novembre dernier`, `noviembre pasado` name the latest such month before the letter
      // (dates-year reads the word, kept in the date's text as English `last November` is).
      const past = year === null ? PAST_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) : null;
      if (year === null && !past && !vocabulary.monthBefore[0].test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // Note: a year said in words after the month (`marzo de este año`, `juillet de la même année`) is kept in its text.
      const words = year === null && !past ? yearWordsAfter(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
      const end = m.index + m[0].length + (past?.[0].length ?? words?.length ?? 0);
      found.push({ type: "date", text: text.slice(m.index, end), start: m.index, end, year, month, day: null, numeric: null, weekday: null, yearOffset: words?.offset ?? null });
    }
    return found;
  },
};
