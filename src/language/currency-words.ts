/**
 * Currency names as French and Spanish write them, from CLDR through Node's Intl: each currency's
 * name in the language begins with its own word (`livre syrienne`, `franco burundés`, `chelín
 * keniano`), which is mapped to the English name the money rules resolve (`pound`, `franc`,
 * `shilling`), also without its accents (`colones`, `dolares`). World knowledge, not the letters':
 * the class of currency words, not the ones letters so far have used. Kept as a data file beside
 * this module (currency-words.json, written by `npm run data:signs`, checked against Intl by
 * tests/language/currency-words.test.ts), so that no run pays for the Intl work.
 */
import table from "./currency-words.json" with { type: "json" };

export type CurrencyWords = Record<"fr" | "es", Record<string, string>>;

const folded = (word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "");

/** A currency's name in `language`, lower case, in words; empty when Intl names it by its code. */
const nameWords = (language: string, code: string): string[] => new Intl.DisplayNames([language], { type: "currency", fallback: "none" }).of(code)?.toLowerCase().split(/\s/u) ?? [];

/**
 * The currency's own word in its name in `language`: the first word, or the second where the first is
 * an adjective before a word that begins another currency's name (`nuevo dólar taiwanés`); null when
 * it is no word of three letters or more.
 */
function ownWord(words: readonly string[], firsts: ReadonlySet<string>): string | null {
  const word = words[1] !== undefined && firsts.has(words[1]) ? words[1] : (words[0] ?? "");
  return /^\p{L}{3,}$/u.test(word) ? word : null;
}

/**
 * The table for `codes`: each French or Spanish word → the English name most of its currencies go by
 * (the last word of the English name: `Syrian pound` → `pound`), kept when `known` accepts that name
 * (a cash currency's, not `gold` or `unit`) and no other English name ties with it.
 */
export function currencyWordTable(codes: readonly string[], known: (english: string) => boolean): CurrencyWords {
  const words: CurrencyWords = { fr: {}, es: {} };
  for (const language of ["fr", "es"] as const) {
    const counts = new Map<string, Map<string, number>>();
    const englishOf = (code: string): string | undefined => {
      const last = nameWords("en", code).at(-1);
      return last === undefined || !known(folded(last)) ? undefined : folded(last);
    };
    const firsts = new Set(codes.filter((code) => englishOf(code) !== undefined).map((code) => nameWords(language, code)[0] ?? ""));
    for (const code of codes) {
      const own = ownWord(nameWords(language, code), firsts);
      const english = englishOf(code);
      if (own === null || english === undefined) continue;
      const byEnglish = counts.get(own) ?? new Map<string, number>();
      byEnglish.set(english, (byEnglish.get(english) ?? 0) + 1);
      counts.set(own, byEnglish);
    }
    for (const own of [...counts.keys()].sort()) {
      const [best, second] = [...(counts.get(own) ?? [])].sort((a, b) => b[1] - a[1]);
      if (!best || (second && second[1] === best[1])) continue;
      words[language][own] = best[0];
      words[language][folded(own)] ??= best[0];
    }
  }
  return words;
}

/** Every currency word of French and Spanish letters. */
export const CURRENCY_WORDS: CurrencyWords = table as CurrencyWords;
