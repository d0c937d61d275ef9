/**
 * A penalty noun in the plural beside its term: `A, B and C received one-year suspended sentences`,
 * `A and B were handed sentences of two years`, `A and B got fines of €300`. The plural agrees with
 * a list subject: each member was given one such penalty (not the last name alone).
 */

/** The noun right after the term, past at most two modifiers (`one-year suspended sentences`, `two-year prison terms`). */
const PLURAL_AFTER = /^(?:(?:\s+|-)(?!(?:and|or|for|to|of|on|in|with|each)\b)\p{L}+){0,2}?\s+(?:sentences|terms|fines)(?!\p{L})/iu;
/** The noun right before the term (`sentences of two years`, `fines of €300`). */
const PLURAL_BEFORE = /(?<!\p{L})(?:sentences|terms|fines)\s+of\s+(?:an?\s+)?$/iu;

/** Whether the penalty's noun is plural right beside its term (`text` the letter, `start`/`end` the term's offsets). */
export function pluralPenalty(text: string, start: number, end: number): boolean {
  return PLURAL_AFTER.test(text.slice(end, end + 40)) || PLURAL_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
