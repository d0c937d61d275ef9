/**
 * A group's body stated in the sentence after its members are named (issue 17.1): `The court gave
 * A eight days, and B and C six days each. The three men are members of the plant committee of
 * the X.`, `… A and B. Both are members of the X.` The count must be the number of people the
 * sentence before names (judges, lawyers and other outsiders apart).
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { bodiesWithin, peopleWithin } from "./people-ties.js";
import { NUMBERS, outsider } from "./people-ties-group.js";

/**
 * A sentence opening with a count of people and their membership: `The three men are members of`,
 * `All four were officers of`, `Both are members of`, `The two workers belong to`.
 */
export const GROUP_AFTER: readonly [RegExp, string, string] = [
  /^(?:(?:The|These|All|All\s+the)\s+(?<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+\p{Ll}[\p{L}-]*){0,2}?|(?<both>Both)(?:\s+(?:men|women|workers))?|They)\s+(?:are|were)\s+(?:all\s+|both\s+)?(?:(?:active|elected|founding|leading)\s+)?(?:members|officers|officials|leaders|organi[sz]ers|stewards|representatives)\s+(?:of|in)\s/u,
  "a counted group's membership opening the sentence after its names",
  "The three men are members of the plant committee of ",
];

/** Where the sentence holding `at` ends (after its full stop and space), or -1 within a few hundred characters. */
function sentenceEnd(text: string, at: number): number {
  const end = /[.!?]["”’)]?\s+(?=\p{Lu})|\n\s*\n/u.exec(text.slice(at, at + 400));
  return end ? at + end.index + end[0].length : -1;
}

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 600), at);
  const ends = [...window.matchAll(/[.!?]["”’)]?\s+(?=\p{Lu})|\n/gu)];
  const last = ends.at(-1);
  return last ? at - window.length + last.index + last[0].length : Math.max(0, at - 600);
}

/** The body of the membership sentence after the mention's sentence, when its count is the number of people named there. */
export function tieByGroupAfter(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const next = sentenceEnd(text, mention.end);
  if (next < 0) return undefined;
  const group = GROUP_AFTER[0].exec(text.slice(next, next + 200));
  if (!group) return undefined;
  const close = sentenceEnd(text, next + group[0].length);
  const body = bodiesWithin(context, next + group[0].length, close < 0 ? next + 300 : close)[0];
  if (!body) return undefined;
  const from = sentenceStart(text, mention.start);
  const named = new Set(peopleWithin(context, from, next).filter((m) => !outsider(context, m)).map((m) => m.text));
  const count = group.groups?.["both"] ? 2 : group.groups?.["count"] ? (NUMBERS[group.groups["count"].toLowerCase()] ?? Number(group.groups["count"])) : named.size;
  return named.has(mention.text) && named.size === count && count > 1 ? body.organisation : undefined;
}
