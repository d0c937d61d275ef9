/**
 * What the penalty linker shares between its steps: the penalty's site (its phrase, term, sentence and the sentences
 * around it), the letter (its text, person mentions, windows and the people penalised so far), and small helpers on
 * them (a list of names ending at a mention, one item of a list shared out in order, the people penalised before).
 */
import type { Person, Span } from "../records.js";
import type { PersonMention } from "./penalties-antecedents.js";

/** What joins names in a list (`X, Y and Z`, `X (Y)`). */
export const LIST_GLUE = /^(?:[,\s(&]|and\b)*$/u;
/** The names joined by list words that end with `last` (`A, B and C`), each once. */
export function listEndingAt(text: string, before: readonly PersonMention[], last: PersonMention): PersonMention[] {
  let first = before.indexOf(last);
  while (first > 0 && LIST_GLUE.test(text.slice((before[first - 1] as PersonMention).end, (before[first] as PersonMention).start))) first--;
  const seen = new Set<string>();
  return before.slice(first, before.indexOf(last) + 1).filter((m) => (seen.has(m.person.id) ? false : (seen.add(m.person.id), true)));
}

/** What the linker needs to know about one penalty phrase. */
export interface PenaltySite {
  /** The phrase and its term. */
  start: number;
  end: number;
  term: Span;
  /** The sentence window it lies in, and the windows before and after it. */
  window: Span;
  /** Later windows, nearest first (a few). */
  following: readonly Span[];
  /** Earlier windows, nearest first (a few suffice for a pronoun). */
  previous: readonly Span[];
  each: boolean;
  /** For one term of a list shared out in order: its place and the list's size. */
  share: { index: number; count: number } | null;
  /** The phrase opens with its verb (`Sentenced to …`, `fined …`), so a bare clause refers back. */
  verbLed: boolean;
  /** A fine: its term is an amount. */
  fine?: boolean;
  /** A document in another language: its words for NAMES_AFTER and LIST_GLUE (language/vocabulary.ts). */
  language?: { namesAfter: RegExp; listGlue: RegExp; pronoun: RegExp; pluralPronoun: RegExp; bodySubject: RegExp };
}

/** The person in a list's place for one item of a list shared out in order, when the counts agree. */
export function shareOf(people: readonly Person[], share: PenaltySite["share"]): Person | undefined {
  return share && people.length === share.count ? people[share.index] : undefined;
}

/** A person linked to a penalty that starts at `start`. */
export interface Penalised {
  person: Person;
  start: number;
  /** A fine's person (fines are linked after every sentence). */
  fine?: boolean;
}

/**
 * The people penalised before `at`, in the order of their first penalty: `the three` after a
 * penalty means those met so far, not people whose penalty the letter gives later.
 */
export function penalisedBefore(penalised: readonly Penalised[], at: number): Person[] {
  const seen = new Set<string>();
  return [...penalised]
    .filter((p) => p.start < at)
    .sort((a, b) => a.start - b.start)
    .flatMap((p) => (seen.has(p.person.id) ? [] : (seen.add(p.person.id), [p.person])));
}

/** What the linker needs besides the site: the letter's windows, for groups. */
export interface Letter {
  text: string;
  mentions: readonly PersonMention[];
  /** Every person linked so far, with where the penalty stands (sentences are linked before fines). */
  penalised: readonly Penalised[];
  /** The name lists of every window, computed once per letter. */
  lists: () => readonly (readonly Person[])[];
  /** Every window of the letter, in order. */
  windows: readonly Span[];
}

/**
 * What a sentence may say before the name of the person it introduces: nothing (perhaps an opening quote), a definite
 * noun set off by a comma (`The defendant, X`), or a copula that identifies someone just told of (`He is X`, `She was
 * X`, `The fourth accused is X`), then perhaps a form of address (`Cde`, `Ms`).
 */
// Note: the copula reads `… was handed to the fourth accused. He is Cde X, a shop steward …` (session 22).
export const INTRODUCES =
  /^[\s\p{Pi}"']*(?:the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s*|(?:he|she|this|the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:is|was)\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Cde|Comrade|Brother|Sister)\.?\s+)?$/iu;
