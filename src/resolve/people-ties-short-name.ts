/**
 * A body named short in a possessive beside the person (issue 17.1, session 13): the letter gives the
 * body's full name once, then its first words as the owner of a post.
 *   after the name:  `Oleh Savchenko, the Independent Union's chairman until the ban,`
 *   before the name: `the Independent Union's president Ana Ruiz`
 * The short form must open exactly one body's name, with at least two words or a body's head noun,
 * so `the Ministry's spokesman` with two ministries named, or a person's possessive, ties nothing.
 */
import { isRoleWord } from "../extract/people/roles.js";
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { ADDRESS } from "./people-ties.js";

const OWNER = "((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}\\p{Lu}[\\p{L}-]*)['’]s\\s+((?:\\p{Ll}[\\p{L}’'-]*\\s+){0,3}?\\p{Ll}[\\p{L}’'-]*)";
export const SHORT_AFTER: readonly [RegExp, string, string] = [
  new RegExp(`^,\\s+the\\s+${OWNER}(?=\\s*[,;.)]|\\s+(?:until|since|from|and|who|was|is)\\b)`, "u"),
  "a body's first words as the owner of the post, after the name",
  ", the Independent Union's chairman until",
];
export const SHORT_BEFORE: readonly [RegExp, string, string] = [
  new RegExp(`\\b[Tt]he\\s+${OWNER},?\\s+${ADDRESS}$`, "u"),
  "a body's first words as the owner of the post, before the name",
  "the Independent Union's president ",
];
/** Heads that make a one-word short form a body's (`the Federation's`). */
const HEAD = /^(?:union|federation|confederation|association|congress|syndicate|council|committee|network|alliance|movement)$/iu;

/** The one body whose name opens with `short`, or undefined. */
function owner(short: string, context: TieContext): Organisation | undefined {
  const words = short.trim().split(/\s+/u);
  if (words.length < 2 && !HEAD.test(words[0] ?? "")) return undefined;
  const wanted = short.trim().toLowerCase();
  const found = context.organisations.filter((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === wanted || n.toLowerCase().startsWith(`${wanted} `)));
  return found.length === 1 ? found[0] : undefined;
}

/** The body a possessive short form beside the mention names, when the possessed words are a post. */
export function tieByShortName(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const match = SHORT_AFTER[0].exec(text.slice(mention.end, mention.end + 100)) ?? SHORT_BEFORE[0].exec(text.slice(Math.max(0, mention.start - 100), mention.start));
  if (!match || !isRoleWord(match[2]?.split(/\s+/u).at(-1) ?? "")) return undefined;
  return owner(match[1] ?? "", context);
}
