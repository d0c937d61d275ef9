/**
 * What pronouns, group words and earlier sentences refer to: every person mention with
 * officials left out, the subject of an earlier sentence, the people named together before,
 * the last people penalised.
 */
import type { Person, Span } from "../records.js";

/** One mention of a person, with the record it belongs to. */
export interface PersonMention extends Span {
  person: Person;
}

/** Mentions of officials of a case, who are never the person penalised. */
const OFFICIAL_BEFORE =
  /(?:\b(?:judge|magistrate|prosecutor|lawyer|attorney|policeman|investigator|minister|mayor)|\b(?:police|investigating|security|customs|prison|intelligence|army|military|border|duty)\s+officer)\s+$/iu;
/**
 * Note: `officer` alone, or after a word of force (`police officer`, `investigating officer`), is
 * an official; a union's `legal officer` or `health and safety officer` is no official.
 */
const OFFICIAL_ROLE =
  /\b(?:judge|magistrate|prosecutor|lawyer|attorney|police|investigator|minister)\b|^officer$|\b(?:police|investigating|security|customs|prison|intelligence|army|military|border|enforcement|commanding|duty)\s+officers?\b/iu;

/**
 * A role that makes its holder an official. Note: a phrase the people stage took for a role
 * (`placed under house arrest by the investigator`) names an official acting on the person.
 */
const official = (role: string): boolean => OFFICIAL_ROLE.test(role) && !/\b(?:by|under|against)\b/iu.test(role);

/** Every mention of every person, officials left out, in text order. */
export function mentionsOf(text: string, people: readonly Person[]): PersonMention[] {
  return people
    .filter((person) => !person.roles.some(official))
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .filter((m) => !OFFICIAL_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))
    .sort((a, b) => a.start - b.start);
}

/** The people of some mentions, each once, in order. */
export function distinct(mentions: readonly PersonMention[]): Person[] {
  const seen = new Set<string>();
  return mentions.flatMap((m) => (seen.has(m.person.id) ? [] : (seen.add(m.person.id), [m.person])));
}

/** The last `n` people of a list (all of them when `n` is null or larger). */
export function lastOf(people: readonly Person[], n: number | null): Person[] {
  return n === null || n >= people.length ? [...people] : people.slice(people.length - n);
}

/** The people named in the nearest earlier sentence that names any, for `they`. */
export function pluralAntecedent(previous: readonly Span[], mentions: readonly PersonMention[]): Person[] {
  for (const w of previous) {
    const inside = mentions.filter((m) => m.start >= w.start && m.end <= w.end);
    if (inside.length > 0) return distinct(inside);
  }
  return [];
}

/** A window that opens with a pronoun continues the previous subject. */
const OPENS_WITH_PRONOUN = /^\W*(?:he|she|they)\b/iu;
/** How far into a window a name still counts as its subject. */
const SUBJECT_REACH = 60;

/**
 * The person a pronoun or an elided subject refers to: the subject of the nearest earlier
 * window that names one, passing over windows that themselves open with a pronoun.
 */
export function antecedent(text: string, previous: readonly Span[], mentions: readonly PersonMention[]): Person | null {
  for (const w of previous) {
    if (OPENS_WITH_PRONOUN.test(text.slice(w.start, w.end))) continue;
    const inside = mentions.filter((m) => m.start >= w.start && m.end <= w.end);
    const subject = inside.find((m) => m.start - w.start <= SUBJECT_REACH);
    if (subject) return subject.person;
    const last = inside[inside.length - 1];
    if (last) return last.person;
  }
  return null;
}
