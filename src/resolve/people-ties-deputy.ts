/**
 * A deputy's body through the person whose deputy they are (issue 17.1): `Sok Vannary, president
 * of the X, and her deputy Mean Pisey`, `Bauyrzhan T., chairman of the union … His deputy, Ms A`,
 * `et son adjoint, M. B`, `su suplente, C`; and so any colleague's post (`Her station manager, D`, `His
 * producer, E`). The possessive refers back to the nearest person named before, in this sentence or the
 * one before; the deputy or colleague holds their post in that person's body.
 */
import type { Mention } from "../records.js";
import { isRoleWord } from "../extract/people/roles.js";
import { ADDRESS, listStart } from "./people-ties.js";
import type { TieContext } from "./people-organisations.js";

/** `her deputy `, `His deputy, Ms `, `son adjoint, M. `, `su secretaria adjunta, `: a possessive and a deputy's post right before the name. */
export const DEPUTY_BEFORE = new RegExp(
  `\\b(?:his|her|their|son|sa|ses|su|sus)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:deputy|deputies|vice[- ]?\\p{L}+|assistant|adjoint(?:e|s)?|adjunt[oa]s?|suplentes?)(?:\\s+\\p{Ll}[\\p{L}-]*){0,2},?\\s+(?:M\\.\\s+)?${ADDRESS}$`,
  "iu",
);

/**
 * `His producer, A`, `Her station manager, B`, `son rédacteur en chef, M. C`: a possessive and any post
 * right before the name (the post's head is read apart: `postInHouse`). A colleague's post is held in
 * the body of the person the possessive refers back to.
 */
export const POST_BEFORE = new RegExp(`\\b(?:his|her|son|sa|su)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?\\p{Ll}[\\p{L}-]*)(?:\\s+en\\s+chef)?,?\\s+(?:M\\.\\s+)?${ADDRESS}$`, "iu");

/** Those tied to a person but not in their body: kin, friends, those retained or dealt with. */
const NOT_IN_HOUSE =
  /^(?:wife|husband|spouse|partner|son|daughter|child|mother|father|brother|sister|cousin|uncle|aunt|nephew|niece|relative|friend|neighbou?r|lawyers?|advocate|counsel|attorney|solicitor|barrister|doctor|physician|employer|landlord|client|épou(?:x|se)|mari|femme|fils|fille|mère|père|frère|s(?:œ|oe)ur|avocat|avocate|médecin|espos[oa]|marido|mujer|hij[oa]|madre|padre|herman[oa]|abogad[oa]|médic[oa])$/iu;

/** True when the post's head is one held in a body beside its holder's colleague, not kin or counsel. */
const postInHouse = (post: string): boolean => {
  // Note: a French or Spanish post's head comes before its `de` complement (`secretario de actas`).
  const head = post.replace(/\s+(?:de|del|des|du|d['’])\s.*$/iu, "").split(/\s+/u).at(-1) ?? "";
  return isRoleWord(head) && !NOT_IN_HOUSE.test(head);
};

/**
 * `A, the union's general secretary, and its treasurer, Sra. B`: `its` after a list's `and` is the
 * body of the list's previous member, however that member was tied.
 */
export const LIST_ITS_BEFORE = new RegExp(`,?\\s+and\\s+its\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,4}?\\p{Ll}[\\p{L}-]*,?\\s+${ADDRESS}$`, "u");

/** What the pass reads of a person record. */
interface Tied {
  organisation: string | null;
  mentions: Mention[];
}

/** How far back the person a deputy's possessive refers to may be named. */
const REACH = 400;

/** The person a mention's `his deputy` refers back to: the last other person named before, in this sentence or the one before. */
function principal<P extends Tied>(mention: Mention, at: number, people: readonly P[], context: TieContext, sameSentence = false): P | undefined {
  const before = context.text.slice(Math.max(0, at - REACH), at);
  if (/\n\s*\n/u.test(before.slice(before.search(/\S[^\n]*$/u)))) return undefined;
  // Note: the sentence before at most (`… chairman of the union, guilty … His deputy, Ms A, received …`).
  // Note: not after a form of address (`Sr. Pedro`), which ends no sentence.
  const ends = [...before.matchAll(/(?<!\b(?:Mr|Ms|Mrs|Dr|Sr|Sra|Srta|Prof|Mme|M|Me|Messrs))[.!?]["”’]?\s+(?=\p{Lu})/gu)];
  const back = sameSentence ? 1 : 2;
  const from = at - before.length + (ends.length >= back ? (ends.at(-back)?.index ?? 0) : 0);
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
      const before = context.text.slice(Math.max(0, start - 80), start);
      const post = POST_BEFORE.exec(before);
      const match = DEPUTY_BEFORE.exec(before) ?? LIST_ITS_BEFORE.exec(before) ?? (post && postInHouse(post[1] ?? "") ? post : null);
      if (!match || /\n/u.test(match[0])) continue;
      const at = Math.max(0, start - 80) + match.index;
      // Note: a list's `its` refers back within its own sentence only.
      const sameSentence = match[0].trimStart().startsWith("and") || match[0].startsWith(",");
      const organisation = principal(mention, at, people, context, sameSentence)?.organisation;
      if (organisation) return { ...person, organisation };
    }
    return person;
  });
}
