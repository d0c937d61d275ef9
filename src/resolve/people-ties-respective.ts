/**
 * Posts given back to a list of people in order (issue 17.1): `… sentenced two journalists: Ana
 * Ruiz and Ivo Lenz …` then `The two journalists, who are Editor and Correspondent of the Daily X,
 * …`: the first named is the first post's, the second the second's, and both are the body's.
 */
import type { Mention, Organisation } from "../records.js";
import { isRoleWord } from "../extract/people/roles.js";
import type { TieContext } from "./people-organisations.js";
import { peopleWithin, placed } from "./people-ties.js";

/** `the two journalists, who are Editor and Correspondent of ` right before a body's name. */
const RESPECTIVE =
  /\b(?:the|these|both)\s+(two|three|four|[234])\s+\p{Ll}[\p{L}-]*,\s+who\s+(?:are|were)\s+(?:respectively\s+)?(?:the\s+)?((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+){1,3})(?:,?\s+respectively)?\s+(?:of|at|with|for)\s+(?:the\s+)?$/iu;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, "2": 2, "3": 3, "4": 4 };
/** Between two names of the list: a comma or `and`, perhaps a form of address. */
const JOINER = /^(?:,\s+|,?\s+and\s+)(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+)?$/u;
/** How far back the list may stand: the sentence or paragraph before. */
const REACH = 600;

export interface RespectiveTie {
  role: string;
  organisation: Organisation;
}

const cache = new WeakMap<TieContext, Map<number, RespectiveTie>>();

/** The post and body a later `who are A and B of X` gives a mention of a list, or undefined. */
export function respectiveTie(mention: Mention, context: TieContext): RespectiveTie | undefined {
  let ties = cache.get(context);
  if (!ties) {
    ties = readAll(context);
    cache.set(context, ties);
  }
  return ties.get(mention.start);
}

function readAll(context: TieContext): Map<number, RespectiveTie> {
  const { text } = context;
  const out = new Map<number, RespectiveTie>();
  for (const body of placed(context.organisations)) {
    const before = text.slice(Math.max(0, body.start - 200), body.start);
    const match = RESPECTIVE.exec(before);
    if (!match) continue;
    const count = COUNT[(match[1] ?? "").toLowerCase()] ?? 0;
    const posts = (match[2] ?? "").split(/,\s+(?:and\s+)?|\s+and\s+/u).map((post) => post.replace(/^the\s+/iu, "").trim());
    if (posts.length !== count || !posts.every((post) => isRoleWord(post.split(/\s+/u).at(-1) ?? ""))) continue;
    const at = body.start - before.length + match.index;
    // Note: a name may be listed twice among the mentions (two rules found it): each place counts once.
    const near = peopleWithin(context, Math.max(0, at - REACH), at).filter((p, i, all) => i === 0 || p.start !== (all[i - 1] as Mention).start);
    const list = near.slice(-count);
    const joined = (a: Mention | undefined, b: Mention): boolean => a !== undefined && JOINER.test(text.slice(a.end, b.start));
    // Note: the list must hold exactly as many names as the count: `the two` after three names fits none.
    if (list.length !== count || list.some((p, i) => i > 0 && !joined(list[i - 1], p)) || joined(near.at(-count - 1), list[0] as Mention)) continue;
    list.forEach((p, i) => out.set(p.start, { role: posts[i] as string, organisation: body.organisation }));
  }
  return out;
}
