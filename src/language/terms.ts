/**
 * Terms and amounts written in a vocabulary's words: `deux ans et six mois`, `cinq (5) mois`,
 * `19 ans et demi`, `dos años y seis meses`; `un million`, `500 000`, `20.000`. Values are
 * language-neutral: an ISO 8601 duration and days (durations.ts's `formatTerm`).
 */
import { formatTerm, type Term } from "../extract/sentences/durations.js";
import type { TermUnit, Vocabulary } from "./vocabulary.js";

interface Compiled {
  part: RegExp;
  tail: RegExp;
  number: string;
}

const compiled = new WeakMap<Vocabulary, Compiled>();

const alternatives = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|");

/** The vocabulary's patterns, built once per vocabulary. */
function patterns(vocabulary: Vocabulary): Compiled {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  // Note: a number in words may repeat itself in digits, as legal French writes it (`cinq (5) mois`).
  const number = `(?:\\d+(?:[.,]\\d+)?|(?:${alternatives(Object.keys(vocabulary.numbers))})(?:\\s*\\(\\d+\\))?)`;
  const unit = alternatives(Object.keys(vocabulary.units));
  const part = new RegExp(`(?<![\\p{L}\\p{N}])(${number})\\s+(${unit})(?![\\p{L}])(\\s+${vocabulary.half}(?![\\p{L}]))?`, "giu");
  const tail = new RegExp(`(?:\\s*,\\s*|\\s+${vocabulary.and}\\s+)(?:(${number})\\s+(${unit})(?![\\p{L}]))`, "iuy");
  const built = { part, tail, number };
  compiled.set(vocabulary, built);
  return built;
}

/** The value of a number in digits or the vocabulary's words (`cinq (5)` → 5); null when none. */
export function numberValue(raw: string, vocabulary: Vocabulary): number | null {
  const word = raw.replace(/\s*\(\d+\)$/u, "").trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/u.test(word)) return Number(word.replace(",", "."));
  return vocabulary.numbers[word] ?? null;
}

const RANK: Record<TermUnit, number> = { Y: 0, M: 1, W: 2, D: 3 };
const SMALLER: Record<TermUnit, readonly [TermUnit, number] | null> = { Y: ["M", 12], M: ["D", 30], W: ["D", 7], D: null };

/** Every term in `text[from, to)`, in order, with document offsets. */
export function findLanguageTerms(text: string, vocabulary: Vocabulary, from = 0, to = text.length): Term[] {
  const { part, tail } = patterns(vocabulary);
  const slice = text.slice(from, to);
  const terms: Term[] = [];
  part.lastIndex = 0;
  for (let m = part.exec(slice); m; m = part.exec(slice)) {
    const value = numberValue(m[1] ?? "", vocabulary);
    const unit = vocabulary.units[(m[2] ?? "").toLowerCase()];
    if (value === null || unit === undefined) continue;
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
      if (more === null || moreUnit === undefined || RANK[moreUnit] <= RANK[last]) break;
      parts[moreUnit] += more;
      last = moreUnit;
      end = t.index + t[0].length;
      tail.lastIndex = end;
    }
    part.lastIndex = end;
    terms.push({ start: from + m.index, end: from + end, ...formatTerm(parts) });
  }
  return terms;
}
