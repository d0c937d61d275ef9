/**
 * People named together as one list whose members carry their own asides (session 21): `the federation's
 * president, A, and its vice-president, B`, `A, a laboratory technician; B, a crane operator; and C`. A group that
 * points at such a list (`fined each of them`, `Each received …`, `sentenced three members … : A; B; and C`) stands
 * for its people (penalties-groups.ts, penalties-people.ts).
 */
import type { Person, Span } from "../records.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";

/**
 * What stands between two members of one list: perhaps the first one's bracket (`(44)`) and aside set off by a comma
 * (`, a crane operator`, `, 29`, `, the group's coordinator`), then `,`, `;` and/or `and`, then perhaps the next one's
 * role set before it (`its vice-president, `, `the nurse `) and form of address (`Ms. `).
 */
const MEMBER_GLUE =
  /^(?:\s*\([^()]{1,60}\))?(?:\s*,\s*(?=[\p{Ll}\d])(?!and\s)[^,;.()]{1,60}?)?(?<sep>(?:\s*[,;])?\s*(?:and\s+)?)(?:(?:the|its|his|her|their)\s+)?(?:(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}'’-]+(?:,\s*|\s+))?(?:(?:Mr|Mrs|Ms|Miss|Dr|Smt|Shri)\.?\s+)?$/u;

/** A penalty word or a verb inside the glue: a clause of its own, no list. */
const CLAUSE_WORD = /\b(?:was|were|is|are|has|have|had|said|says|told|sentenced|fined|jailed|convicted|acquitted|received|given|while|whereas|but|by|against|with)\b/iu;

/** True when `glue` joins two members of one list (MEMBER_GLUE, with a separator and no clause of its own). */
export function memberGlue(glue: string): boolean {
  const m = MEMBER_GLUE.exec(glue);
  return m !== null && /[,;]|\band\b/u.test(m.groups?.sep ?? "") && !CLAUSE_WORD.test(glue);
}

/** The mentions of `from`…`to`, as the longest list that ends with the last of them (two or more people), else none. */
export function listEndingBefore(text: string, mentions: readonly PersonMention[], from: number, to: number): Person[] {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  let first = inside.length - 1;
  while (first > 0 && memberGlue(text.slice((inside[first - 1] as PersonMention).end, (inside[first] as PersonMention).start))) first--;
  const people = distinct(inside.slice(Math.max(first, 0)));
  return people.length >= 2 ? people : [];
}

/** The mentions of `from`…`to`, as one list from the first of them to the last (two or more people), else none. */
export function wholeList(text: string, mentions: readonly PersonMention[], from: number, to: number): Person[] {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  for (let i = 1; i < inside.length; i++) {
    if (!memberGlue(text.slice((inside[i - 1] as PersonMention).end, (inside[i] as PersonMention).start))) return [];
  }
  const people = distinct(inside);
  return people.length >= 2 ? people : [];
}

/** A colon after the penalty, before its list of names (`… respectively: A, the group's coordinator; B; and C`). */
const COLON = /^[^.;:!?]{0,120}:\s*/u;

/**
 * The people listed after a colon that follows the penalty in its own sentence (`sentenced three members of X to
 * terms of five, four and three years respectively: A; B; and C`), as one list up to the sentence's end, when they are
 * exactly `size`; else none.
 */
export function listedAfterColon(text: string, mentions: readonly PersonMention[], window: Span, from: number, size: number): Person[] {
  const colon = COLON.exec(text.slice(from, window.end));
  if (!colon) return [];
  const start = from + colon[0].length;
  const people = wholeList(text, mentions, start, window.end);
  const first = mentions.find((m) => m.start >= start && m.end <= window.end);
  // Note: the list opens the clause after the colon (`: A, …`), not a clause that only names someone (`: the judge said A …`).
  return people.length === size && first !== undefined && /^[\s\p{Pi}"'*]*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u.test(text.slice(start, first.start)) ? people : [];
}

/**
 * The people a group stands for by a list in its own sentence (session 21): a group with no noun after names listed
 * as one list before it (`found the president, A, and its vice-president, B, guilty … and fined each of them`, as many
 * as it counts when it counts), else a counted group (`sentenced three members of X to …`) whose people the sentence
 * lists after a colon (`… respectively: A, its coordinator; B; and C`), exactly `size`; else none. `site` spans the
 * penalty's phrase and term; `counted` says the size is a counted group's said before it in the sentence.
 */
export function listedForGroup(
  text: string,
  mentions: readonly PersonMention[],
  site: { start: number; end: number; window: Span },
  group: { size: number | null; noun: string | null },
  size: number | null,
  counted: boolean,
): Person[] {
  const together = !counted && group.noun === null ? listEndingBefore(text, mentions, site.window.start, site.start) : [];
  if (together.length >= 2 && (group.size === null || together.length === group.size)) return together;
  return size !== null && size >= 2 ? listedAfterColon(text, mentions, site.window, site.end, size) : [];
}

/**
 * A counted object whose noun takes a long complement (`sentenced three members of the initiative group of the
 * Independent Union of Chemical Workers to …`), past the object pattern's reach, perhaps closed by an aside set off by
 * commas (`three young volunteers of the Response Room, which has run kitchens since the war began, to …`).
 */
const LONG_COUNTED_OBJECT =
  /^\S+\s+((?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+(?:[a-z-]+\s+){1,2}of\s[^,;:()]{3,120}?(?:,\s*(?:which|who|whose|that)\s[^,;:()]{1,100},)?)\s+(?:to|for)\b/iu;

/** The object of a penalty phrase that is such a counted group (LONG_COUNTED_OBJECT), or undefined. */
export function longCountedObject(phrase: string): string | undefined {
  return LONG_COUNTED_OBJECT.exec(phrase)?.[1];
}
