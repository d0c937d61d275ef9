/**
 * A family name that is also a function word or a month, before a given name written as its own
 * romanisation writes it: Korean `An Hye-jin`, `Jun Hye-rim`, `In Myung-ho` (a two-syllable given name
 * joined by a hyphen), Burmese `May Thet Khine` (`May` is a Burmese name syllable before others), Chinese `He Jiarui`
 * (`He` before a given name in Pinyin).
 * Elsewhere such a word ends or splits a name chunk (lexicon.ts NOT_NAME_WORDS).
 */
import { DATE_BEFORE_MONTH } from "../dates/patterns.js";
import { isBurmeseSyllable } from "./burmese.js";
import type { Token } from "./tokens.js";
import { isCommonWord } from "../nlp.js";

/** One syllable of Korean romanisation (Revised and McCune–Reischauer spellings): onset, vowel, coda. */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|ts|[gj-ndrtbpshy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|[aeiou])(?:ng|[kntlmp])?$/u;
/** After a Korean family name: a given name of two syllables joined by a hyphen (`Hye-rim`, `Jae-in`). */
const KOREAN_GIVEN_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}{0,4})-(\p{Ll}{1,5})(?![\p{L}-])/u;
/** After `May` in a Burmese name: two capitalised words (`Thet Khine`, `Sabe Phyu`). */
const TWO_WORDS_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}{0,5})[ \u00a0](\p{Lu}\p{Ll}{0,5})(?!\p{L})/u;

const korean = (word: string): boolean => KOREAN_SYLLABLE.test(word.toLowerCase());

/** One syllable of Hanyu Pinyin without tone marks: an initial and a final (`jia`, `rui`, `zhi`, `qiang`, `lan`). */
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bcdfghj-np-tw-z])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|[aeiouv])$/u;
/** After the Chinese family name `He`: a capitalised given name of one or two syllables, then no letter (`He Jiarui`, `He Lanlan`). */
const CHINESE_GIVEN_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}{1,7})(?![\p{L}-])/u;

/**
 * A given name in Pinyin after `He`: no English word (`He Also`, `He Ran` in a headline), but the month's abbreviation
 * `Jun` is the given name it spells.
 */
export const chineseGivenName = (word: string): boolean => pinyinGivenName(word) && (!isCommonWord(word) || word === "Jun");

/** The family name `He` right before a word. */
const HE_BEFORE = /(?<!\p{L})He[ \u00a0]$/u;

/** True when a word is one or two Pinyin syllables (`Jun`, `Lanlan`, `Jiarui`, `Zhiqiang`). */
export function pinyinGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (PINYIN_SYLLABLE.test(lower)) return true;
  for (let at = 1; at < lower.length; at++) if (PINYIN_SYLLABLE.test(lower.slice(0, at)) && PINYIN_SYLLABLE.test(lower.slice(at))) return true;
  return false;
}

/** True when `token`, a word that is otherwise no name word, opens a Korean or Burmese name here. */
export function familyFirst(text: string, token: Token): boolean {
  const word = token.text;
  if (!/^\p{Lu}\p{Ll}{1,3}$/u.test(word)) return false;
  const after = text.slice(token.end, token.end + 16);
  const given = KOREAN_GIVEN_AFTER.exec(after);
  if (given && korean(word) && korean(given[1] ?? "") && korean(given[2] ?? "")) return true;
  // Note: the Chinese family name `He` before a given name in Pinyin (`He Jiarui`, `He Jun`); the pronoun is followed by a
  // verb, and an English word after it is no given name (`He Also`, in a headline).
  const chinese = word === "He" ? CHINESE_GIVEN_AFTER.exec(after)?.[1] : undefined;
  if (chinese !== undefined && chineseGivenName(chinese)) return true;
  // Note: and that given name, when it is a month's abbreviation too (`He Jun`).
  if (HE_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)) && chineseGivenName(word)) return true;
  if (word !== "May" || DATE_BEFORE_MONTH.test(text.slice(Math.max(0, token.start - 12), token.start))) return false;
  const words = TWO_WORDS_AFTER.exec(after);
  return words !== null && isBurmeseSyllable(words[1] ?? "") && isBurmeseSyllable(words[2] ?? "");
}
