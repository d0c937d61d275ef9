/**
 * Who a penalty reaches, read from the number and definiteness of its nouns. A penalty noun in the plural beside its term: `A, B and C received one-year suspended sentences`,
 * `A and B were handed sentences of two years`, `A and B got fines of €300`. The plural agrees with
 * a list subject: each member was given one such penalty (not the last name alone). An indefinite
 * recipient (`handed a third defendant a …`) is someone new, named by the next sentence.
 */
import type { Person, Span } from "../records.js";
import type { PersonMention } from "./penalties-antecedents.js";
import { INTRODUCES } from "./penalties-site.js";

/** The noun right after the term, past at most two modifiers (`one-year suspended sentences`, `two-year prison terms`). */
const PLURAL_AFTER = /^(?:(?:\s+|-)(?!(?:and|or|for|to|of|on|in|with|each)\b)\p{L}+){0,2}?\s+(?:sentences|terms|fines)(?!\p{L})/iu;
/** The noun right before the term (`sentences of two years`, `fines of €300`). */
const PLURAL_BEFORE = /(?<!\p{L})(?:sentences|terms|fines)\s+of\s+(?:an?\s+)?$/iu;

/** Whether the penalty's noun is plural right beside its term (`text` the letter, `start`/`end` the term's offsets). */
export function pluralPenalty(text: string, start: number, end: number): boolean {
  return PLURAL_AFTER.test(text.slice(end, end + 40)) || PLURAL_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * A giving verb's indefinite indirect object before the penalty (`The court handed a third
 * defendant a one-year suspended sentence`, `gave a union organiser …`): someone new to the story.
 */
const INDEFINITE_RECIPIENT = /\b(?:handed|hands|hand|gave|gives|give|given|meted\s+out\s+to|imposed\s+on)\s+(?:an?|another)\s+(?:[\p{Ll}-]+\s+){1,4}$/u;

/**
 * The person an indefinite indirect object stands for: the name the next sentence opens with
 * (`… a one-year suspended sentence. The defendant, X, is …`); none when that sentence opens
 * otherwise. Null when the clause has no such object or names someone before the penalty.
 */
export function introducedObject(letter: { text: string; mentions: readonly PersonMention[] }, site: { start: number; window: Span; following: readonly Span[] }, lead: string): Person[] | null {
  if (!INDEFINITE_RECIPIENT.test(lead)) return null;
  const { text, mentions } = letter;
  if (mentions.some((m) => m.start >= site.window.start && m.end <= site.start)) return null;
  const next = site.following[0];
  const first = next ? mentions.find((m) => m.start >= next.start && m.end <= next.end) : undefined;
  return first && next && INTRODUCES.test(text.slice(next.start, first.start)) ? [first.person] : [];
}
