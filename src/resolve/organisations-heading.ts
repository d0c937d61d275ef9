/**
 * A heading or headline in capitals (`5. THE HARBOUR SHIPYARD STEWARDS`, `CONDENAN A DIRIGENTES
 * DEL SINDICATO DE LA SALUD POR …`, `URGENT: CONVICTION OF NURSES' UNION LEADERS`) writes every
 * word as a name would be written: capitals cannot tell there where a name starts or ends, nor
 * whether `UNION` heads a name or `NURSES' UNION` is a common phrase, nor whether `POR` is an
 * acronym. A letterhead holds the name alone on its line (with its acronym, brackets aside);
 * a headline holds other words too. A body found only inside headlines is no record; one the
 * letter also writes in running text keeps its record there. Decision in
 * docs/people-and-organisations.md (Session 23 (org)).
 */
import type { OrganisationCandidate } from "../records.js";

const BRACKETED = /\([^()\n]*\)|\[[^[\]\n]*\]/gu;
const WORD = /\p{L}[\p{L}\p{M}'’.-]*/gu;
const LOWER = /\p{Ll}/u;

/** The words of a string, each of two letters or more (`A`, `Y`, numbering and stray initials aside). */
const wordsOf = (value: string): string[] => (value.match(WORD) ?? []).filter((w) => w.replace(/\P{L}/gu, "").length >= 2);

/** True when `word` is written with the initials of `name`'s words, in order (`BFPDW` for `BALTIC FEDERATION OF PORT AND DOCK WORKERS`). */
function isInitialsOf(word: string, name: string): boolean {
  const initials = wordsOf(name).map((w) => w.charAt(0).toUpperCase()).join("");
  let at = 0;
  for (const letter of word.toUpperCase()) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return word.length >= 2;
}

/** True when the candidate stands in a line written in capitals that holds words besides its own. */
export function inHeadline(text: string, candidate: OrganisationCandidate): boolean {
  const { start, end } = candidate;
  if (start < 0 || end > text.length || start >= end) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline < 0 ? text.length : newline;
  if (lineStart > start || lineEnd < end) return false;
  const blank = (value: string): string => value.replace(BRACKETED, (part) => " ".repeat(part.length));
  const before = blank(text.slice(lineStart, start));
  const after = blank(text.slice(end, lineEnd));
  const own = text.slice(start, end);
  // Note: a line with a lower-case letter outside brackets is prose or a mixed-case title, not a shouted heading.
  if (LOWER.test(before) || LOWER.test(after) || LOWER.test(blank(own))) return false;
  const acronym = candidate.acronym?.toUpperCase();
  // Note: a short form beside the name (`X WORKERS – XW`, read as no acronym) is still a letterhead's.
  const others = [...wordsOf(before), ...wordsOf(after)].filter((w) => w.toUpperCase() !== acronym && !isInitialsOf(w, own));
  return others.length > 0 && wordsOf(own).length + others.length >= 3;
}

/** True for a group of candidates all found inside headlines in capitals: no record. */
export function isHeadlineOnly(text: string, group: readonly OrganisationCandidate[]): boolean {
  return group.length > 0 && group.every((c) => inHeadline(text, c));
}
