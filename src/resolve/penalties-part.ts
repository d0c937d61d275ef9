/**
 * A counted group penalised unnamed, then a part of it named in the next sentence (`Six other workers received six
 * months' imprisonment, suspended. NCRF could confirm the names of four of them: A, B, C and D.`): the named part
 * shares the group's penalty; the rest stays unnamed. Tried only when the linking found nobody.
 */
import type { Person, Span } from "../records.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";
import { COUNT_EN, COUNTS, listIn, PLURAL } from "./penalties-groups.js";

const COUNT = `${COUNT_EN}|twenty|thirty|forty|fifty|dozens?|hundreds?|\\d{1,4}`;
/** A counted group as the penalty's subject (`Six other workers`, `12 union members`), `other` allowed. */
const COUNTED_SUBJECT = new RegExp(`(?:^|[^\\p{L}\\d])(?<count>${COUNT})\\s+(?:other\\s+|more\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${PLURAL})\\b`, "iu");
/** A part of the group just told, named in the next sentence (`four of them:`, `two of whom,`, `among them`). */
const PART = new RegExp(`\\b(?:(?<count>${COUNT}|some|several|most)\\s+of\\s+(?:them|whom|these|those)|among\\s+them)\\b`, "iu");

/** What the rule reads around one penalty. */
export interface PartScope {
  text: string;
  mentions: readonly PersonMention[];
  window: Span;
  termStart: number;
  following: readonly Span[];
}

const sizeOf = (word: string): number => COUNTS[word.toLowerCase()] ?? (Number(word) || Number.POSITIVE_INFINITY);

/**
 * The people of the part named right after a counted group penalised with no name, when the next sentence
 * names them as one list after the part's words, as many as it counts and fewer than the group; else none.
 */
export function namedPart(scope: PartScope): Person[] {
  const { text, mentions, window } = scope;
  if (mentions.some((m) => m.start >= window.start && m.end <= window.end)) return [];
  const group = COUNTED_SUBJECT.exec(text.slice(window.start, scope.termStart));
  const next = scope.following[0];
  if (!group?.groups?.count || !next) return [];
  const part = PART.exec(text.slice(next.start, next.end));
  if (!part) return [];
  const after = { start: next.start + part.index + part[0].length, end: next.end };
  const named = distinct(mentions.filter((m) => m.start >= after.start && m.end <= after.end));
  const size = part.groups?.count ? sizeOf(part.groups.count) : null;
  if (named.length < 1 || named.length >= sizeOf(group.groups.count)) return [];
  if (size !== null && Number.isFinite(size) && named.length !== size) return [];
  return listIn(text, after, mentions).length === named.length || named.length === 1 ? named : [];
}
