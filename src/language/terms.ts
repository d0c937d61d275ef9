/**
 * Terms and amounts written in a vocabulary's words: `deux ans et six mois`, `cinq (5) mois`,
 * `19 ans et demi`, `dos años y seis meses`; `un million`, `500 000`, `20.000`. Values are
 * language-neutral: an ISO 8601 duration and days (durations.ts's `formatTerm`).
 */
import { formatTerm, type Term } from "../extract/sentences/durations.js";
import { numberPhrase, phraseValue } from "./numbers.js";
import type { TermUnit, Vocabulary } from "./vocabulary.js";

/**
 * A clause that points back to penalties just stated, in English, French and Spanish (`That is the
 * sentence …`, `That is what the court imposed …`, `c'est la peine prononcée …`, `esa es la pena …`):
 * the penalties came first, their person comes after (resolve/penalties-roles.ts,
 * extract/sentences/language-term.ts).
 */
export const POINTS_BACK_CLAUSE = String.raw`(?:(?:that|this|it|such)\s+(?:is|was|has\s+been)\s+(?:what\b|(?:the\s+)?(?:\S+\s+){0,2}?(?:sentence|penalty|term|punishment|verdict)\b)|c['’]est\s+(?:la\s+(?:peine|sanction|condamnation)|ce\s+que)\b|telle\s+est\s+la\s+(?:peine|sanction)\b|(?:(?:esa|esta|tal)\s+)?(?:es|fue)\s+la\s+(?:pena|condena|sanción)\b)`;

interface Compiled {
  part: RegExp;
  tail: RegExp;
  number: string;
  /** Numbers listed before the last one, sharing its unit: `tres y ` in `tres y dos años`, `six, ` in `six, huit et dix mois`. */
  listed: RegExp;
}

const compiled = new WeakMap<Vocabulary, Compiled>();

const alternatives = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|");

/** The vocabulary's patterns, built once per vocabulary. */
function patterns(vocabulary: Vocabulary): Compiled {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  // Note: a number in words may repeat itself in digits, as legal French writes it (`cinq (5) mois`).
  const number = `(?:\\d+(?:[.,]\\d+)?|(?:${numberPhrase(vocabulary)})(?:\\s*\\(\\d+\\))?)`;
  const unit = alternatives(Object.keys(vocabulary.units));
  // Note: a unit hyphened to a word is no term (`60 jours-amende`, `90 días-multa`: a fine).
  const part = new RegExp(`(?<![\\p{L}\\p{N}])(${number})\\s+(${unit})(?![\\p{L}]|-\\p{L})(\\s+${vocabulary.half}(?![\\p{L}]))?`, "giu");
  const tail = new RegExp(`(?:\\s*,\\s*|\\s+${vocabulary.and}\\s+)(?:(${number})\\s+(${unit})(?![\\p{L}]))`, "iuy");
  const listed = new RegExp(`(?<![\\p{L}\\p{N}])((?:${number})(?:\\s*,\\s*(?:${number}))*)\\s+(?:${vocabulary.and}|ou|o)\\s+(?:(?:à|a)\\s+)?$`, "iu");
  const built = { part, tail, number, listed };
  compiled.set(vocabulary, built);
  return built;
}

/** The value of a number in digits or the vocabulary's words (`cinq (5)` → 5); null when none. */
export function numberValue(raw: string, vocabulary: Vocabulary): number | null {
  const word = raw.replace(/\s*\(\d+\)$/u, "").trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/u.test(word)) return Number(word.replace(",", "."));
  return phraseValue(word, vocabulary);
}

/** How far before a term the numbers listed with it may start, in characters. */
const LIST_REACH = 60;

/** How many of the next smaller unit make one of a unit: a count that reaches it is no part of one term. */
const OVERFLOW: Readonly<Record<string, number>> = { YM: 12, MD: 30, WD: 7 };

const RANK: Record<TermUnit, number> = { Y: 0, M: 1, W: 2, D: 3 };
const SMALLER: Record<TermUnit, readonly [TermUnit, number] | null> = { Y: ["M", 12], M: ["D", 30], W: ["D", 7], D: null };

/** Every term in `text[from, to)`, in order, with document offsets. */
export function findLanguageTerms(text: string, vocabulary: Vocabulary, from = 0, to = text.length): Term[] {
  const { part, tail, listed, number } = patterns(vocabulary);
  const slice = text.slice(from, to);
  const terms: Term[] = [];
  part.lastIndex = 0;
  let previousEnd = 0;
  for (let m = part.exec(slice); m; m = part.exec(slice)) {
    const value = numberValue(m[1] ?? "", vocabulary);
    const unit = vocabulary.units[(m[2] ?? "").toLowerCase()];
    if (value === null || unit === undefined) continue;
    // Note: numbers listed before this one share its unit (`penas de tres y dos años`); not a range (`entre 14 y 27 años`).
    const before = slice.slice(Math.max(previousEnd, m.index - LIST_REACH), m.index);
    const list = listed.exec(before);
    if (list && !/\b(?:entre|between)\s+$/iu.test(before.slice(0, list.index))) {
      const at = m.index - before.length + list.index;
      for (const n of (list[1] ?? "").matchAll(new RegExp(number, "giu"))) {
        const listedValue = numberValue(n[0], vocabulary);
        // Note: a year or a day before `y`/`et` is no term (`el 3 y el 4 de abril`, `2018 y`).
        if (listedValue === null || listedValue >= 100) continue;
        const listedParts: Record<TermUnit, number> = { Y: 0, M: 0, W: 0, D: 0 };
        listedParts[unit] += listedValue;
        terms.push({ start: from + at + n.index, end: from + at + n.index + n[0].length, ...formatTerm(listedParts) });
      }
    }
    const parts: Record<TermUnit, number> = { Y: 0, M: 0, W: 0, D: 0 };
    parts[unit] += value;
    const smaller = SMALLER[unit];
    if (m[3] && smaller) parts[smaller[0]] += smaller[1] / 2;
    let end = m.index + m[0].length;
    let last = unit;
    tail.lastIndex = end;
    for (let t = tail.exec(slice); t && !m[3]; t = tail.exec(slice)) {
      const more = numberValue(t[1] ?? "", vocabulary);
      const moreUnit = vocabulary.units[(t[2] ?? "").toLowerCase()];
      // Note: a smaller unit counted past the larger one is another term of a list (`deux ans et dix-huit mois, respectivement`).
      if (more === null || moreUnit === undefined || RANK[moreUnit] <= RANK[last] || more >= (OVERFLOW[`${last}${moreUnit}`] ?? Infinity)) break;
      parts[moreUnit] += more;
      last = moreUnit;
      end = t.index + t[0].length;
      tail.lastIndex = end;
    }
    part.lastIndex = end;
    previousEnd = end;
    terms.push({ start: from + m.index, end: from + end, ...formatTerm(parts) });
  }
  return terms;
}
