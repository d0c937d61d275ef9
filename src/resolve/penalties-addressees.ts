/**
 * A penalty handed to the letter's addressees (session 23): a solidarity letter speaks to the people it writes to
 * (`Dear Sister A, dear Brother B, … the court sentenced you both to 10 months`, `You were fined Sh500,000`). `you`
 * as the penalty's subject or object stands for the people named in the salutation (else the `To:` line).
 */
import type { Person } from "../records.js";
import { distinct } from "./penalties-antecedents.js";
import type { Letter, PenaltySite } from "./penalties-site.js";

/** `you` as the penalty verb's object (`sentenced you both to`, `fined each of you`): group `count` when counted. */
const YOU_OBJECT = /^\S+(?:\s+down)?\s+(?:(?<each>each|both|all)\s+of\s+)?you(?:\s+(?<count>both|all))?\b/iu;
/** `you` as the clause's subject (`You were fined`, `you both have been sentenced`), at the end of the lead. */
const YOU_SUBJECT = /(?:^|[,;]\s*|\band\s+)you(?:\s+(?<count>both|all))?\s+(?:were|have\s+been|had\s+been|are|will\s+be)\s+(?:(?:also|each|both|later|then)\s+)?$/iu;
/** The salutation line (`Dear Sister A, dear Brother B,`) and the address line (`To: A, B and all members …`). */
const SALUTATION = /^[ \t]*(?:my\s+)?dear\b[^\n]*$/imu;
const TO_LINE = /^[ \t]*to\s*:[^\n]*$/imu;
/** A quotation before the pronoun in its sentence: `you` is the speaker's (`"I sentence you …"`), not the letter's. */
const QUOTE = /["“”«»]/u;

/** The people named on the first line `pattern` finds in the letter's first 2,000 characters. */
function namedOn(letter: Letter, pattern: RegExp): Person[] {
  const line = pattern.exec(letter.text.slice(0, 2000));
  if (!line) return [];
  const start = line.index;
  const end = start + line[0].length;
  return distinct(letter.mentions.filter((m) => m.start >= start && m.end <= end));
}

/**
 * The addressees a penalty reaches when `you` is its subject or object: the people the salutation names, else the `To:`
 * line, as many as `both` counts; null when the penalty is not handed to `you`, none when the letter names nobody so.
 */
export function addressees(letter: Letter, site: PenaltySite): Person[] | null {
  const { text } = letter;
  const lead = text.slice(site.window.start, site.start);
  const phrase = text.slice(site.start, site.term.start);
  const you = YOU_OBJECT.exec(phrase) ?? YOU_SUBJECT.exec(lead);
  if (!you || QUOTE.test(lead)) return null;
  const people = namedOn(letter, SALUTATION);
  const named = people.length > 0 ? people : namedOn(letter, TO_LINE);
  const count = you.groups?.count?.toLowerCase() === "both" || you.groups?.each?.toLowerCase() === "both" ? 2 : null;
  return count === null || named.length === count ? named : [];
}
