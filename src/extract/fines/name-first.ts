/**
 * A sum written with its currency's name first and its number in words, as courts and letters in South Asia and
 * East and West Africa write them: `a fine of rupees three thousand`, `Kenya shillings one million (KSh 1,000,000)`,
 * `Naira Fifty Thousand`. Note: only with a scale word or `hundred` after the number (`rupees ten thousand`), so a
 * name followed by a count of something else (`dollars two weeks later`) is no sum.
 */
import { NUMBER_SOURCE } from "../sentences/numbers.js";
import { IRREGULAR_PLURALS, NAME_ROWS, PACKAGE_NAME_ROWS } from "./currencies.js";

/** A sum found: its span, its number and scale as written, the currency's name and the word before it. */
export interface NamedFirst {
  start: number;
  end: number;
  number: string;
  scale: string;
  name: string;
  adjective: string | null;
}

const NAMES = [...NAME_ROWS.map(([name]) => name), ...PACKAGE_NAME_ROWS.map(([name]) => name), ...Object.keys(IRREGULAR_PLURALS)]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.$/\\^*+?()[\]{}|]/gu, "\\$&"))
  .join("|");
/** Number words only (no digits, no article): `three`, `twenty-five`, `one hundred and fifty`. */
const WORDS = `(?!an?\\b)(?=\\p{L})(?:${NUMBER_SOURCE})(?!\\p{L})`;
const NUMBER = `${WORDS}(?:\\s+hundred(?:\\s+(?:and\\s+)?${WORDS})?)?`;
const SCALE = "million|billion|thousand|lakhs?|crores?";
/**
 * `[Adjective] name(s) number scale`: group `adj` a capitalised word before the name (`Kenya`, `Indian`), checked
 * by nameCode; `name` the currency's name; `n` the number; `s` the scale, or `hundred` closing the number.
 */
const NAME_FIRST = new RegExp(
  `(?:\\b(?<adj>\\p{Lu}\\p{Ll}+)\\s+)?\\b(?<name>(?:${NAMES})(?:e?s)?)\\s+(?<n>${NUMBER})(?:\\s+(?<s>${SCALE})\\b|(?<=hundred)(?!\\s+(?:${SCALE})\\b))`,
  "giu",
);

/** Every sum written name first in `text` between `from` and `to`. */
export function nameFirstSums(text: string, from: number, to: number): NamedFirst[] {
  const found: NamedFirst[] = [];
  const slice = text.slice(from, to);
  NAME_FIRST.lastIndex = 0;
  for (let m = NAME_FIRST.exec(slice); m; m = NAME_FIRST.exec(slice)) {
    const g = m.groups ?? {};
    if (!g.name || !g.n) continue;
    // Note: an adjective that opens its sentence or is a function word (`The rupees …`) is none.
    // Note: the pattern ignores case, so a lower-case word before the name (`a fine of rupees`) is none either.
    const adjective = g.adj && /^\p{Lu}/u.test(g.adj) && !/^(?:The|A|An|In|Of|And|Or|To|By|With|For|His|Her|Their|Its)$/u.test(g.adj) ? g.adj : null;
    const start = from + m.index + (g.adj && !adjective ? m[0].indexOf(g.name, g.adj.length) : 0);
    found.push({ start, end: from + m.index + m[0].length, number: g.n, scale: g.s ?? "", name: g.name, adjective });
  }
  return found;
}
