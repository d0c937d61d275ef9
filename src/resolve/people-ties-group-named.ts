/**
 * A group whose body its own noun phrase names, then the list of its members in the same sentence
 * (session 22):
 *   `three other EDTU members who were arrested outside the court: A, B and C`
 *   `The three union members arrested in the same raid — A, B and C — remain in jail`
 *   `two organisers of the KPBN in North Maluku, A and B, were each given`
 * The body is the name right before the group's noun (`EDTU members`), the body after `of`, or the
 * body a common noun refers back to (`union members`: people-ties-nouns.ts `antecedent`). The list
 * opens right after a colon or a dash (after any clause), or a comma (after at most a place); its
 * names are joined by commas, `and` and forms of address only, and a count bounds how many.
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { bodiesWithin, peopleWithin } from "./people-ties.js";
import { antecedent } from "./people-ties-nouns.js";
import { NUMBERS, outsider } from "./people-ties-group.js";

/** The plural nouns of a body's people. */
const GROUP_NOUN = "(?:members|activists|organi[sz]ers|officials|officers|leaders|(?:shop\\s+)?stewards|representatives|delegates|unionists|volunteers|workers|employees|journalists|reporters)";
/** Common nouns of bodies a group's noun may be qualified by (`union members`). */
const BODY_NOUN = "(?:union|federation|confederation|association|syndicate|committee|network|centre|center|collective|forum|coalition)";

/**
 * The group's phrase before the list's opening (the opening and the spaces before it cut off): `the`
 * or a count, perhaps `other`, the qualifier (a body's name, or a body's common noun: `union
 * members`), the group's noun, then the words up to the opening (`of` and the body, a clause, a place).
 */
export const NAMED_GROUP: readonly [RegExp, string, string] = [
  new RegExp(
    `(?<!\\p{L})(?:(?:[Tt]he|[Tt]hese)\\s+)?(?:(?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+)?(?:(?:other|further|more)\\s+)?(?<qualifier>(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){1,6}|(?:[\\p{Ll}-]+\\s+)?${BODY_NOUN}\\s+)?${GROUP_NOUN}(?<tail>\\s[^.;:!?—–]{0,200})?$`,
    "du",
  ),
  "a group naming its body, then the words up to the list of its members",
  "three other EDTU members who were arrested outside the court",
];

/** Between two names of the list: a comma, `and`, a semicolon, a form of address. */
const LIST_GAP = /^(?:,\s+|,?\s+and\s+|;\s+(?:and\s+)?)(?:(?:Mr|Ms|Mrs|Dr|Bro|Sis|Comrade|Brother|Sister)\.?\s+)?$/u;
/**
 * After a comma opener, between the group's noun and the list (its bodies' names replaced by `\uE000`):
 * at most the body after `of`, its short form in brackets, and a place (`of the X (XK) in North Maluku`).
 */
const PLACE_ONLY = /^(?:\s+of\s+(?:the\s+)?\uE000(?:\s*\(\uE000\))?)?(?:\s+(?:in|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s*$/u;

/** The text from `start` to `end` with every body's name in it replaced by `\uE000`. */
function withoutBodies(context: TieContext, start: number, end: number): string {
  let out = "";
  let at = start;
  for (const body of bodiesWithin(context, start, end)) {
    if (body.start < at) continue;
    out += `${context.text.slice(at, body.start)}\uE000`;
    at = body.end;
  }
  return out + context.text.slice(at, end);
}
/** How far before the list's first name the group's phrase may start. */
const REACH = 260;

/** The body the group's phrase names: a body mention inside it, or the body its common noun refers back to. */
function groupBody(context: TieContext, start: number, end: number, qualifier: string): Organisation | undefined {
  const inside = bodiesWithin(context, start, end);
  if (inside.length === 1) return inside[0]?.organisation;
  if (inside.length > 1) return undefined;
  const noun = new RegExp(`(?<!\\p{L})${BODY_NOUN}$`, "iu").exec(qualifier.trim());
  return noun ? antecedent(noun[0].toLowerCase(), start, context) : undefined;
}

/** The first name of the list `mention` belongs to, walking back over list gaps only. */
function listHead(mention: Mention, context: TieContext): { first: Mention; index: number } {
  let first = mention;
  let index = 0;
  for (const previous of peopleWithin(context, Math.max(0, mention.start - 300), mention.start).reverse()) {
    if (previous.end > first.start) continue;
    if (!LIST_GAP.test(context.text.slice(previous.end, first.start))) break;
    first = previous;
    index++;
  }
  return { first, index };
}

/** The body of a group named before the list that holds `mention`, or undefined. */
export function tieByNamedGroup(mention: Mention, context: TieContext, roles: readonly string[] = []): Organisation | undefined {
  if (outsider(context, mention) || roles.some((role) => /lawyer|judge|prosecutor|attorney/iu.test(role))) return undefined;
  const { first, index } = listHead(mention, context);
  const from = Math.max(0, first.start - REACH);
  const trimmed = context.text.slice(from, first.start).trimEnd();
  const opener = trimmed.slice(-1);
  if (!/^[:—–,]$/u.test(opener)) return undefined;
  const phrase = trimmed.slice(0, -1).trimEnd();
  const group = NAMED_GROUP[0].exec(phrase);
  if (!group) return undefined;
  const { count, qualifier = "", tail = "" } = group.groups ?? {};
  // Note: a group is counted or named by its body (`three members`, `the EDTU members`), never `the members` alone.
  if (!count && qualifier === "") return undefined;
  // Note: a comma opens the list only when no clause stands between (`three union members said, A`): the body and a place only.
  const tailAt = from + (group.indices?.groups?.["tail"]?.[0] ?? phrase.length);
  const end = from + phrase.length;
  if (opener === "," && (tail.includes(",") || !PLACE_ONLY.test(withoutBodies(context, tailAt, end)))) return undefined;
  const size = count ? (NUMBERS[count.toLowerCase()] ?? Number(count)) : Infinity;
  if (index >= size) return undefined;
  const of = /^\s+of\s+(?:the\s+)?/u.exec(tail);
  if (qualifier === "" && !of) return undefined;
  // Note: the body is in the qualifier or right after `of`, never in a clause after the group's noun.
  const bodyEnd = of ? (bodiesWithin(context, tailAt, end)[0]?.end ?? tailAt) : tailAt;
  return groupBody(context, from + group.index, bodyEnd, qualifier);
}
