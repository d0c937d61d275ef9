/**
 * A family name that is also a function word or a month, before a given name written as its own
 * romanisation writes it: Korean `An Hye-jin`, `Jun Hye-rim`, `In Myung-ho` (a two-syllable given name
 * joined by a hyphen), Burmese `May Thet Khine` (`May` is a Burmese name syllable before others).
 * Elsewhere such a word ends or splits a name chunk (lexicon.ts NOT_NAME_WORDS).
 */
import { DATE_BEFORE_MONTH } from "../dates/patterns.js";
import { isBurmeseSyllable } from "./burmese.js";
import type { Token } from "./tokens.js";

/** One syllable of Korean romanisation (Revised and McCune–Reischauer spellings): onset, vowel, coda. */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|ts|[gj-ndrtbpshy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|[aeiou])(?:ng|[kntlmp])?$/u;
/** After a Korean family name: a given name of two syllables joined by a hyphen (`Hye-rim`, `Jae-in`). */
const KOREAN_GIVEN_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}{0,4})-(\p{Ll}{1,5})(?![\p{L}-])/u;
/** After `May` in a Burmese name: two capitalised words (`Thet Khine`, `Sabe Phyu`). */
const TWO_WORDS_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}{0,5})[ \u00a0](\p{Lu}\p{Ll}{0,5})(?!\p{L})/u;

const korean = (word: string): boolean => KOREAN_SYLLABLE.test(word.toLowerCase());

/** True when `token`, a word that is otherwise no name word, opens a Korean or Burmese name here. */
export function familyFirst(text: string, token: Token): boolean {
  const word = token.text;
  if (!/^\p{Lu}\p{Ll}{1,3}$/u.test(word)) return false;
  const after = text.slice(token.end, token.end + 16);
  const given = KOREAN_GIVEN_AFTER.exec(after);
  if (given && korean(word) && korean(given[1] ?? "") && korean(given[2] ?? "")) return true;
  if (word !== "May" || DATE_BEFORE_MONTH.test(text.slice(Math.max(0, token.start - 12), token.start))) return false;
  const words = TWO_WORDS_AFTER.exec(after);
  return words !== null && isBurmeseSyllable(words[1] ?? "") && isBurmeseSyllable(words[2] ?? "");
}
