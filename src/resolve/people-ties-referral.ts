/**
 * A body referred back to by its common noun (`the union`, `the railway union`, `The dockers’ union`):
 * the nouns, the one lower-case word that may qualify them, and the last such reference in a span.
 * Which body the reference means is read in people-ties-nouns.ts (`antecedent`).
 */

import { memoised } from "../extract/memo.js";

/** Common nouns of bodies whose names hold them (`the union` → `… Workers’ Union`). */
// Note: the media's nouns too (`the newspaper’s editor`, `the outlet’s director`): a paper's name seldom holds its noun,
// so the antecedent may be the body the letter introduced with it (`the outlet X`, `X, a community newspaper`).
export const NOUN = "(branch|unit|chapter|union|federation|confederation|congress|association|society|committee|council|company|party|organi[sz]ation|movement|alliance|network|centre|center|syndicate|cooperative|guild|forum|coalition|collective|league|observatory|sangh|institute|foundation|newspaper|paper|outlet|weekly|daily|magazine|station|channel|website|broadcaster|portal|publication)";
/**
 * The media's nouns as one class: a letter introduces an outlet with one (`the weekly X`, `X, an
 * online newspaper`) and refers back to it with another (`the newspaper’s editor`, `the paper’s
 * reporter`, `the outlet’s director`).
 */
// Note: three kinds, as a station is no weekly: print, broadcast, online; `outlet` refers back to any.
const PRINT = "newspaper|paper|weekly|daily|monthly|magazine|tabloid|journal|publication";
const BROADCAST = "station|radio|channel|broadcaster|television|tv|fm";
const ONLINE = "website|site|portal|publication";
const MEDIA_KINDS = [PRINT, BROADCAST, ONLINE];

const KIND_TESTS = MEDIA_KINDS.map((kind) => ({ kind, test: new RegExp(`^(?:${kind})$`, "iu") }));

/** The nouns a body may have been introduced with, for a noun referring back to it: its kind of medium, or the noun itself. */
export const introducingNouns = memoised((noun: string): string => {
  if (/^outlet$/iu.test(noun)) return `(?:outlet|${MEDIA_KINDS.join("|")})`;
  const kinds = KIND_TESTS.filter(({ test }) => test.test(noun)).map(({ kind }) => kind);
  return kinds.length > 0 ? `(?:${kinds.join("|")})` : noun;
});

/** A medium's kind named inside a body's name (`Radio Danan FM` for `station`), or null for a noun of no medium. */
export const kindInName = memoised((noun: string): RegExp | null => {
  const nouns = introducingNouns(noun);
  return nouns === noun ? null : new RegExp(`(?<!\\p{L})${nouns}(?!\\p{L})`, "iu");
});

/**
 * One lower-case word between `the` and the noun that refers back (`of the same union`, `members of
 * the factory union`): the body is still the one named before. Note: not `its`/`their` (the
 * possessive has its own reading) nor a word that is itself the noun.
 */
// Note: a plural possessive qualifies too (`the dockers’ union`, `the teachers' union`).
export const QUALIFIER = "(?:(?!its\\b|their\\b)\\p{Ll}[\\p{L}-]*['’]?\\s+)?";

/** `the NOUN` or `the QUALIFIER NOUN` referring back to a body (`the union`, `The dockers’ union`). */
export const REFERRAL = new RegExp(`\\bthe\\s+(?<qualifier>${QUALIFIER.slice(3, -2)})?${NOUN}\\b`, "giu");

/** The last body noun referring back in `[from, at)`: its noun, its qualifier and where it stands. */
export function lastReferral(text: string, from: number, at: number): { noun: string; qualifier: string | undefined; at: number; end: number } | undefined {
  const found = [...text.slice(from, at).matchAll(REFERRAL)].at(-1);
  // Note: a qualifier in capitals names a body of its own (`the Poti union` may be no record), not a reference.
  if (!found || /^\p{Lu}/u.test(found.groups?.["qualifier"] ?? "")) return undefined;
  return { noun: found[2] ?? "", qualifier: found.groups?.["qualifier"], at: from + found.index, end: from + found.index + found[0].length };
}
