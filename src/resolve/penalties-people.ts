/**
 * Who a penalty is about: the person named before its term in the same sentence (all of them
 * for `each`, `both`, `were sentenced`), the people after `on` (`fines … on X and Y`), the
 * people already penalised (`All three defendants`), the person a pronoun or a subject-less
 * clause refers back to, the person named right after `A … activist has been sentenced`, or
 * the people a counted group (`Two leaders … were sentenced`) is named as in the next sentence.
 */
import type { Person, Span } from "../records.js";
import { antecedent, countedSubject, distinct, groupSize, lastOf, pluralAntecedent, type PersonMention } from "./penalties-antecedents.js";

export { mentionsOf, type PersonMention } from "./penalties-antecedents.js";

/** Between the last name and the term: the penalty is shared (`were both sentenced`). */
export const GROUP = /\b(?:each|both|were|have\s+been|all|respectively)\b/iu;
/** No name, but a group already met (`All three defendants`, `both`). */
export const KNOWN_GROUP = /\b(?:all|both|each\s+of\s+them)\b/iu;
/** A plural pronoun refers back to the people named together before (`They were sentenced`). */
export const PLURAL_PRONOUN = /\b(?:they|them|their)\b/iu;
const ANY_PRONOUN = /\b(?:he|she|him|her|his|they|them|their)\b/giu;
/** A pronoun subject refers back. */
export const PRONOUN = /\b(?:he|she|him|her|his)\b/iu;
/** A court is the subject, so the person is the one the letter was speaking of (`The court also imposed a fine`). */
export const COURT_SUBJECT = /^(?:the\s+|a\s+|this\s+)?(?:[a-z-]+\s+){0,4}?(?:court|judge|tribunal|magistrate)s?\b|^it\b/iu;
/** An indefinite subject named in the next sentence (`A Russian activist has been`). */
export const INDEFINITE = /^an?\s[^.;]{0,60}\b(?:has|had|was|is)\s+(?:been\s+)?$/iu;
/** Words before a name that make it a complement, not the subject (`wife of`, `together with`). */
const COMPLEMENT = /\b(?:of|with|by|from|against|about|behind)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}$/u;
/** Names listed after the penalty (`fines … on freelance journalists X and Y`). */
export const NAMES_AFTER = /^\s*(?:(?:was|were|has\s+been|have\s+been)\s+(?:imposed|handed(?:\s+down)?|given|issued)\s+)?(?:on|upon|to)\s+(?:[a-z]+\s+){0,3}$/u;
/** A contrast clause with a subject other than a pronoun (`, while Oleg R. received`). */
export const OWN_SUBJECT = /\b(?:while|whereas)\s+(?!(?:he|she|they|it)\b)\S/iu;
/** What joins names in a list (`X, Y and Z`, `X (Y)`). */
const LIST_GLUE = /^(?:[,\s(&]|and\b)*$/u;
/** Text before a clause's verb that is no subject at all (a list item, a bullet). */
const NO_SUBJECT = /^[\s\p{P}\p{S}]*$/u;

/** A penalty of its own between two names (`X received a penalty of …, and Y and Z were each`). */
const OWN_PENALTY = /\b(?:sentenced|fined|jailed|imprisoned|received|given|handed|penalty|fine|sentence)\b/iu;

/**
 * The names that share a group penalty: back from the last name before the term, up to a name
 * whose own penalty stands between it and the next.
 */
function sharing(text: string, before: readonly PersonMention[], last: PersonMention): PersonMention[] {
  const upTo = before.slice(0, before.indexOf(last) + 1);
  let first = upTo.length - 1;
  while (first > 0 && !OWN_PENALTY.test(text.slice((upTo[first - 1] as PersonMention).end, (upTo[first] as PersonMention).start))) first--;
  return upTo.slice(first);
}

/** What the linker needs to know about one penalty phrase. */
export interface PenaltySite {
  /** The phrase and its term. */
  start: number;
  end: number;
  term: Span;
  /** The sentence window it lies in, and the windows before and after it. */
  window: Span;
  next: Span | null;
  /** Earlier windows, nearest first (a few suffice for a pronoun). */
  previous: readonly Span[];
  each: boolean;
  /** For one term of a list shared out in order: its place and the list's size. */
  share: { index: number; count: number } | null;
  /** The phrase opens with its verb (`Sentenced to …`, `fined …`), so a bare clause refers back. */
  verbLed: boolean;
}

/** The person in a list's place for one item of a list shared out in order, when the counts agree. */
function shareOf(people: readonly Person[], share: PenaltySite["share"]): Person | undefined {
  return share && people.length === share.count ? people[share.index] : undefined;
}

/** Where a list item or a headline clause starts (`• Obstructing an officer > Sentenced to …`). */
const CLAUSE_BREAK = /[>•;|:–—]/gu;
/** The people a penalty is imposed on; empty when no named person is found. */
export function peopleFor(text: string, site: PenaltySite, mentions: readonly PersonMention[], penalised: readonly Person[]): Person[] {
  const before = mentions.filter((m) => m.start >= site.window.start && m.end <= site.term.start);
  // Note: names between the verb and the term are its objects (`sentenced X and Y to …`).
  const objects = before.filter((m) => m.start >= site.start);
  // Note: `X and Y were sentenced to six and five years respectively`: in order, one each.
  const own = shareOf(distinct(objects.length > 0 ? objects : before), site.share);
  if (own) return [own];
  if (objects.length > 0) return distinct(objects);
  // Note: a name inside a complement (`the wife of X`, `together with X`) is not the subject.
  const subjects = before.filter((m) => !COMPLEMENT.test(text.slice(Math.max(site.window.start, m.start - 40), m.start)));
  const last = subjects[subjects.length - 1] ?? before[before.length - 1];
  if (last) {
    const between = text.slice(last.end, site.term.start);
    // Note: `X was jailed …, while Y received …`: a contrast clause has its own subject; when
    // that subject is not a known name (or is unnamed: `while his colleague`), nobody.
    if (OWN_SUBJECT.test(between)) return [];
    return site.each || GROUP.test(between) ? distinct(sharing(text, before, last)) : [last.person];
  }
  const after = mentions.filter((m) => m.start >= site.end && m.end <= site.window.end);
  const firstAfter = after[0];
  const gap = firstAfter ? text.slice(site.end, firstAfter.start) : "";
  // Note: `the five-year sentence of X`: `of` after a sentence noun names whose it is.
  const ofSentence = /^\s*of\s+(?:[a-z]+\s+){0,3}$/u.test(gap) && /\b(?:sentence|term)s?$/iu.test(text.slice(site.start, site.end));
  if (firstAfter && (NAMES_AFTER.test(gap) || ofSentence)) {
    const list = [firstAfter];
    for (const m of after.slice(1)) {
      const prev = list[list.length - 1] as PersonMention;
      if (!LIST_GLUE.test(text.slice(prev.end, m.start))) break;
      list.push(m);
    }
    return distinct(list);
  }
  const whole = text.slice(site.window.start, site.start);
  const lead = whole.slice(([...whole.matchAll(CLAUSE_BREAK)].pop()?.index ?? -1) + 1);
  if (KNOWN_GROUP.test(lead) && penalised.length > 0) return lastOf(penalised, groupSize(lead));
  const object = text.slice(site.start, site.term.start);
  // Note: the pronoun nearest the term decides (`They said he was jailed` is about him).
  const pronoun = [...`${lead} ${object}`.matchAll(ANY_PRONOUN)].pop()?.[0] ?? "";
  if (PLURAL_PRONOUN.test(pronoun)) {
    const group = pluralAntecedent(site.previous, mentions);
    // Note: `… sentenced X, Y and Z … They were also fined A, B and C respectively`: in order.
    const mine = shareOf(group, site.share);
    return mine ? [mine] : group;
  }
  if (PRONOUN.test(lead) || PRONOUN.test(object) || COURT_SUBJECT.test(lead.replace(/^[\W_]+/u, "")) || (site.verbLed && NO_SUBJECT.test(lead))) {
    const person = antecedent(text, site.previous, mentions);
    return person ? [person] : [];
  }
  if (site.next && INDEFINITE.test(lead)) {
    const next = site.next;
    const first = mentions.find((m) => m.start >= next.start && m.end <= next.end);
    return first ? [first.person] : [];
  }
  // Note: `Two leaders of the union were sentenced … each. X, 32, and Y were arrested …`: the
  // group is named in the next sentence when it names exactly as many people; otherwise (more,
  // fewer, or `Two other activists`) the group stays unnamed and gets no record.
  const size = site.next ? countedSubject(lead) : null;
  if (site.next && size !== null) {
    const next = site.next;
    const named = distinct(mentions.filter((m) => m.start >= next.start && m.end <= next.end));
    return named.length === size ? named : [];
  }
  return [];
}
