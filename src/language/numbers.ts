/**
 * Numbers written in a vocabulary's words, whole phrases: `quarante-cinq`, `cinq cent mille`,
 * `quatre-vingt-dix`, `vingt et un`, `treinta y cinco`, `doscientas`, `mil quinientos`,
 * `deux millions`. One pattern per vocabulary (for the term and amount patterns to embed) and
 * one reader of its value. `et`/`y` joins only a ten and a unit (`trente et un`, `treinta y
 * uno`), so that a list of numbers sharing a unit (`tres y dos años`) stays two numbers.
 */
import type { Vocabulary } from "./vocabulary.js";

interface Compiled {
  /** Regular-expression source of one number phrase (no groups). */
  source: string;
  /** One word of a phrase, global. */
  word: RegExp;
}

/** What a number phrase is made of: a vocabulary's number and scale words and its `and`. */
export type NumberWords = Pick<Vocabulary, "numbers" | "scales" | "and">;

const compiled = new WeakMap<NumberWords, Compiled>();

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const alternatives = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

function compile(vocabulary: NumberWords): Compiled {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const entries = Object.entries(vocabulary.numbers);
  const all = alternatives([...Object.keys(vocabulary.numbers), ...Object.keys(vocabulary.scales)]);
  const tens = alternatives(entries.filter(([, v]) => v >= 20 && v < 100 && v % 10 === 0).map(([w]) => w));
  const units = alternatives(entries.filter(([, v]) => v >= 1 && v <= 9).map(([w]) => w));
  const big = alternatives([
    ...entries.filter(([, v]) => v >= 100).map(([w]) => w),
    ...Object.keys(vocabulary.scales),
  ]);
  const one = `(?:(?:${tens})\\s+${vocabulary.and}\\s+(?:${units})|(?:${all}))(?![\\p{L}])`;
  const bigWord = `(?:${big})(?![\\p{L}])`;
  // Note: a space joins two words only when one of them is a hundred or a scale (`dos mil`,
  // `ciento veinte`, `cinq cent mille`); two words under a hundred side by side are two numbers
  // (`cada uno dos años`: each one, two years), a hyphen still joins them (`vingt-deux`).
  const source = `(?:${one})(?:-(?:${one})|\\s+${bigWord}|(?<=(?<![\\p{L}])(?:${big}))\\s+(?:${one}))*`;
  const built = { source, word: new RegExp(`${all}`, "giu") };
  compiled.set(vocabulary, built);
  return built;
}

/**
 * Regular-expression source of one number phrase in a vocabulary's words (no groups, case-insensitive
 * use, `u` flag); also from the number words alone, for a vocabulary's own rows (`de deux à `).
 */
export function numberPhrase(vocabulary: NumberWords): string {
  return compile(vocabulary).source;
}

/**
 * The value of a number phrase (`cinq cent mille` → 500000, `treinta y cinco` → 35), or null
 * when it holds no number word. A hundred multiplies what stands before it (`cinq cents`); a
 * scale closes a group (`deux mille`, `un million`).
 */
export function phraseValue(phrase: string, vocabulary: Vocabulary): number | null {
  const { word } = compile(vocabulary);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const m of phrase.toLowerCase().matchAll(word)) {
    seen = true;
    const w = m[0];
    const scale = vocabulary.scales[w];
    const value = vocabulary.numbers[w] ?? 0;
    if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (value === 100 && current > 0 && current < 100) current *= 100;
    else current += value;
  }
  return seen ? total + current : null;
}
