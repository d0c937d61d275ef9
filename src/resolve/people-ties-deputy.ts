/**
 * A deputy's body through the person whose deputy they are (issue 17.1): `Sok Vannary, president
 * of the X, and her deputy Mean Pisey`, `Bauyrzhan T., chairman of the union … His deputy, Ms A`,
 * `et son adjoint, M. B`, `su suplente, C`. The possessive refers back to the nearest person named
 * before, in this sentence or the one before; the deputy holds their post in that person's body.
 */
import type { Mention } from "../records.js";
import { ADDRESS, listStart } from "./people-ties.js";
import type { TieContext } from "./people-organisations.js";

/** `her deputy `, `His deputy, Ms `, `son adjoint, M. `, `su secretaria adjunta, `: a possessive and a deputy's post right before the name. */
export const DEPUTY_BEFORE = new RegExp(
  `\\b(?:his|her|their|son|sa|ses|su|sus)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:deputy|deputies|vice[- ]?\\p{L}+|assistant|adjoint(?:e|s)?|adjunt[oa]s?|suplentes?)(?:\\s+\\p{Ll}[\\p{L}-]*){0,2},?\\s+(?:M\\.\\s+)?${ADDRESS}$`,
  "iu",
);

/** What the pass reads of a person record. */
interface Tied {
  organisation: string | null;
  mentions: Mention[];
}

/** How far back the person a deputy's possessive refers to may be named. */
const REACH = 400;

/** The person a mention's `his deputy` refers back to: the last other person named before, in this sentence or the one before. */
function principal<P extends Tied>(mention: Mention, at: number, people: readonly P[], context: TieContext): P | undefined {
  const before = context.text.slice(Math.max(0, at - REACH), at);
  if (/\n\s*\n/u.test(before.slice(before.search(/\S[^\n]*$/u)))) return undefined;
  // Note: the sentence before at most (`… chairman of the union, guilty … His deputy, Ms A, received …`).
  const ends = [...before.matchAll(/[.!?]["”’]?\s+(?=\p{Lu})/gu)];
  const from = at - before.length + (ends.length >= 2 ? (ends.at(-2)?.index ?? 0) : 0);
  let best: { person: P; end: number } | undefined;
  for (const person of people) {
    if (person.mentions.includes(mention)) continue;
    for (const m of person.mentions) if (m.start >= from && m.end <= at && (!best || m.end > best.end)) best = { person, end: m.end };
  }
  return best?.person;
}

/** The people with a deputy's body filled from their principal's, where no other tie gave them one. */
export function tieDeputies<P extends Tied>(people: readonly P[], context: TieContext): P[] {
  return people.map((person) => {
    if (person.organisation !== null) return person;
    for (const mention of person.mentions) {
      const start = listStart(mention, context, Math.max(0, mention.start - 300)) ?? mention.start;
      const match = DEPUTY_BEFORE.exec(context.text.slice(Math.max(0, start - 80), start));
      if (!match || /\n/u.test(match[0])) continue;
      const organisation = principal(mention, Math.max(0, start - 80) + match.index, people, context)?.organisation;
      if (organisation) return { ...person, organisation };
    }
    return person;
  });
}
