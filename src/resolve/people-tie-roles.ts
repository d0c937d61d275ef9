/**
 * A person's role read from the words that tie them to a body (issue 17.1), for a person whose
 * mentions gave no role: `Eva Holm, the association’s secretary`, `The union’s chairman, Mr A`,
 * `A, chairman of the union`, `Mira Holt, Asia director at Nordic Labour Watch`, `our branch
 * chairman, A`, a signature line `A, observer, Nordic Lawyers Group`. The phrase must end in a
 * role word that is a post, not a description (`member`, `activist`: keptRole).
 */
import { isRoleWord, keptRole, PAIRED_POSTS } from "../extract/people/roles.js";
import { remitAfter } from "../extract/people/remit.js";
import type { Mention } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { NOUN_AFTER, NOUN_BEFORE } from "./people-ties-nouns.js";
import { ADDRESS, bodiesWithin, bodyFrom, peopleWithin, POSSESSIVE_ROLE, tieWord, wrappedApposition } from "./people-ties.js";
import { respectiveTie } from "./people-ties-respective.js";
import { languageRoleBefore } from "../language/ties.js";
import { describe } from "../extract/people/letterhead.js";
import { lineAbove, lineAt } from "./text-lines.js";
import { vocabularyOf } from "../language/vocabulary.js";

/**
 * `, the union’s president`, `, the railway union’s education officer`, `, its Women’s Officer`, `, MPFO’s Maghreb programme coordinator`
 * after the name: a body's (or its noun's) role, up to a comma, a verb or a preposition; the post's
 * scope stays in it (`senior program coordinator for the Americas`), as `of` does in
 * `co-chairman of the strike committee`.
 */
const POSSESSOR_ROLE_AFTER = /^(?:,\s+|(?:,\s+who)?\s+(?:is|was|(?:has|had)\s+been)\s+(?:also\s+)?)(?:the\s+(?:\p{Ll}[\p{L}-]*['’]?\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{L}+['’]s|its|their|\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,5}['’]s)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+(?:\s+for\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}|\s+(?:for|of)\s+\p{Ll}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}'’-]*){0,2})?)(?=\s*[,;:.)]|\s+(?:and|was|were|is|has|had|received|for|in|at|of|until|since)\b)/u;
/** `, Asia director at X`, `, a senior researcher with X`: a role phrase, then a link to the body after it. */
const ROLE_LINK_AFTER = /^,\s+(?:(?:the|an?)\s+)?((?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)\s+(?:at|of|with|for)\s+(?:the\s+)?$/u;
/** `our Naivasha branch chairman, ` / `, our general secretary` beside the name. */
const OUR_BEFORE = new RegExp(`\\b[Oo]ur\\s+((?:[\\p{L}’'-]+\\s+){0,3}[\\p{L}’'-]+),?\\s+${ADDRESS}$`, "u");
const OUR_AFTER = /^,\s+our\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=\s*[,;.)]|\s+(?:and|was|were|is|has|had)\b)/u;
/** A signature or copy line: `A, observer, Body` or `A, International Secretary` alone on its line. */
const LINE_ROLE = /^,\s*((?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+)\s*(?:[,:;.]|$)/u;
/** `A and B, both reporters,` / `A, B and C, all three drivers.`: a plural role after a list of names. */
const LIST_ROLE_AFTER = /^(?:(?:,\s+|\s+and\s+)\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}){0,6},\s+(?:both|all(?:\s+(?:three|four|five|six|seven|eight|nine|ten))?)\s+((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+s)(?=\s*[,;:.)]|\s+(?:of|at|in|with|for)\s)/u;

/** After a body set off by a comma after the name: the post held in it, up to the clause's end (` President.`). */
const BODY_POST = /^\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=\s*[,;:.)]|\s*$)/u;

/** The phrase as a role to record, or null when it is no post. */
/** Pronouns opening a relative clause, in the languages read. */
const RELATIVE_PRONOUN = /^(?:who|whom|whose|which|that|qui|que|quien|quienes)$/iu;

function asRole(phrase: string | undefined): string | null {
  // Note: an office's remit in lower case (`secretary for gender affairs`); anything else after `for`/`of` is no part of the post.
  const lower = /\s(?:for|of)\s+\p{Ll}/u.exec(phrase ?? "");
  if (phrase && lower) {
    const before = phrase.slice(0, lower.index);
    const rest = phrase.slice(lower.index);
    const post = remitAfter(phrase, before.split(/\s+/u).at(-1) ?? "", before.length) === rest.length ? asRole(before) : null;
    if (post !== null) return `${post}${rest}`;
  }
  const scope = /\s+for\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}$/u.exec(phrase ?? "");
  if (scope && phrase) {
    const post = asRole(phrase.slice(0, scope.index));
    return post === null ? null : `${post}${scope[0]}`;
  }
  const words = (phrase ?? "").trim().split(/\s+/u).filter(Boolean);
  const head = words.at(-1) ?? "";
  if (words.length === 0 || !isRoleWord(head)) return null;
  // Note: a relative clause is no post (`, who heads the union's unit` reads `heads` as a verb, not `head`s).
  if (RELATIVE_PRONOUN.test(words[0] ?? "")) return null;
  // Note: a post in title case (`Women’s Officer`) is read as its lower-case words.
  if (/^\p{Lu}/u.test(head) && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and)$/u.test(w))) {
    return words.every((w) => tieWord(w.toLowerCase()) || /^\p{Lu}\p{Ll}*['’]s$/u.test(w)) ? keptRole(words.join(" ")) : null;
  }
  // Note: every word a tie word, or a capitalised place before a lower-case role (`Asia director`).
  if (!words.every((w, i) => tieWord(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && words.slice(i + 1).some((next) => /^\p{Ll}/u.test(next))))) return null;
  return keptRole(words.join(" "));
}

/**
 * A news lede that names a penalised person by their post only (`A journalist in Peru has been
 * jailed for …`), the next sentence opening with their name (`Ana Ruiz, who works for …, was
 * convicted …`).
 */
const LEDE = /^[\s"“]*An?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:(?:in|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:has|have|was|were)\s+(?:been\s+)?(?:given|sentenced|jailed|fined|convicted|handed|imprisoned)\b/u;

/** The post a lede gives the person whose name opens the next sentence, or null. */
function ledeRole(mention: Mention, context: TieContext): string | null {
  const { text } = context;
  const before = text.slice(Math.max(0, mention.start - 400), mention.start);
  // Note: the name must open its sentence, right after the lede's end.
  const end = /[.!?]["”]?\s+$/u.exec(before);
  // Note: … and go on telling of them (`Ana Ruiz, who works for …`, `Ana Ruiz was convicted`), not
  // quote another (`Ivo Lenz said the verdict was unjust`).
  if (!end || !/^\s*(?:,|\s(?:was|were|is|has|had)\b)/u.test(text.slice(mention.end, mention.end + 6))) return null;
  const lede = before.slice(0, end.index);
  const last = [...lede.matchAll(/[.!?]["”]?\s/gu)].at(-1);
  const start = Math.max(last ? last.index + last[0].length : 0, lede.lastIndexOf("\n") + 1);
  const sentence = lede.slice(start);
  const at = mention.start - before.length + start;
  const match = LEDE.exec(sentence);
  if (!match || peopleWithin(context, at, at + sentence.length).length > 0) return null;
  return asRole(match[1]);
}

/**
 * A table row's cell that gives the person's body and post together (`| A | Union of X, president |`,
 * `| B | Treasurer of the X |`): the cell's words besides the body's name, when they are a post.
 */
function rowRole(mention: Mention, context: TieContext): string | null {
  const { text } = context;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const lineEnd = text.indexOf("\n", mention.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (line.length > 600 || !/[\t|]/u.test(line)) return null;
  let from = lineStart;
  for (const cell of line.split(/[\t|]/u)) {
    const start = from;
    from += cell.length + 1;
    if (start <= mention.start && mention.end <= start + cell.length) continue;
    const bodies = bodiesWithin(context, start, start + cell.length);
    const body = bodies[0];
    // Note: one body, perhaps named twice (`Union of X (UX)`).
    if (!body || bodies.some((b) => b.organisation !== body.organisation)) continue;
    const last = bodies.at(-1) ?? body;
    const rest = (text.slice(start, body.start) + " " + text.slice(last.end, start + cell.length))
      .replace(/\([\s\p{Lu}\p{N}-]*\)/u, " ")
      .replace(/[,;:–—()*_]/gu, " ")
      .trim()
      .replace(/\s+(?:of|at|in)(?:\s+the)?$/u, "");
    if (rest) return asRole(rest);
  }
  return null;
}

/** A signature's title line: an article, then the post (`Le Secrétaire général`, `La Présidente,`, `The General Secretary`). */
const TITLE_LINE = /^[\s*_]*(?:The|Le|La|El|L['’])\s*(\p{Lu}[\p{L}'’ -]{1,60}?)[*_]*,?[ \t]*$/u;

/**
 * A signature's title line above the name, past one blank line (`Le Président,` / (blank) / `A`): the
 * post the line names, when the name stands alone on its line in the letter's second half.
 */
function signatureTitle(mention: Mention, context: TieContext): string | null {
  const { text } = context;
  if (mention.start < text.length / 2) return null;
  const line = lineAt(text, mention.start);
  if (text.slice(line.start, mention.start).replace(/[\s*_]/gu, "") !== "" || text.slice(mention.end, line.end).replace(/[\s*_]/gu, "") !== "") return null;
  const above = lineAbove(text, line);
  if (!above || above.blanks > 1) return null;
  const title = TITLE_LINE.exec(text.slice(above.line.start, above.line.end));
  if (!title) return null;
  const post = describe(title[1] ?? "");
  return post.role && !post.organisation ? post.role : null;
}

/** The role one mention's tie phrase states, or null. */
function roleAt(mention: Mention, context: TieContext): string | null {
  const { text } = context;
  const after = text.slice(mention.end, mention.end + 120);
  const before = text.slice(Math.max(0, mention.start - 120), mention.start);
  const respective = respectiveTie(mention, context);
  if (respective) return asRole(respective.role);
  // Note: a French or Spanish role of a body set before the name (`al secretario general del Sindicato X, compañero A`).
  const vocabulary = vocabularyOf(context.language ?? "en");
  const romance = vocabulary ? languageRoleBefore(mention, context, vocabulary) : null;
  if (romance) return keptRole(romance);
  const lede = ledeRole(mention, context);
  if (lede) return lede;
  // Note: a table row's cell beside the name (`| A | Union of X, president |`) says the post outright.
  const row = rowRole(mention, context);
  if (row) return row;
  const nounAfter = POSSESSOR_ROLE_AFTER.exec(after);
  if (nounAfter) return asRole(nounAfter[1]);
  const listed = LIST_ROLE_AFTER.exec(text.slice(mention.end, mention.end + 200));
  if (listed) return asRole(listed[1]);
  const ofNoun = NOUN_AFTER[0].exec(after);
  if (ofNoun?.[1]?.trim()) return asRole(ofNoun[1]);
  const nounBefore = NOUN_BEFORE[0].exec(before);
  const groups = nounBefore?.groups ?? {};
  if (nounBefore && !/\n/u.test(nounBefore[0])) {
    const own = groups["title"] ?? groups["roles"];
    if (own) return asRole(own);
  }
  // Note: `, UX President.`, `, BODY general secretary,`: a body's name, then the post held in it.
  const body = bodyFrom(context, mention.end);
  if (body && wrappedApposition(text.slice(mention.end, body.start)) === ", ") {
    const post = BODY_POST.exec(text.slice(body.end, body.end + 60));
    if (post) return asRole(post[1]);
  }
  // Note: `and its spokesperson, Brother A`: the role after a possessive determiner.
  const possessive = POSSESSIVE_ROLE.exec(before);
  if (possessive && !/\n/u.test(possessive[0])) {
    const role = asRole(possessive[1]);
    if (role) return role;
  }
  const our = OUR_BEFORE.exec(before) ?? OUR_AFTER.exec(after);
  if (our && !/\n/u.test(our[0])) return asRole(our[1]);
  // Note: the body must follow the link right away (`, Asia director at Nordic Labour Watch`).
  const next = bodyFrom(context, mention.end);
  if (next && next.start - mention.end <= 80) {
    const link = ROLE_LINK_AFTER.exec(text.slice(mention.end, next.start));
    if (link) return asRole(link[1]);
  }
  // Note: a signature's title line above the name, perhaps past a blank line (`Le Secrétaire général` / (blank) / `A`).
  const signed = signatureTitle(mention, context);
  if (signed) return signed;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const lineEnd = text.indexOf("\n", mention.end);
  // Note: a contact line's label may open the line (`Media contact: A, press officer, +47 …`).
  if (/^[\s*_>•·-]*(?:(?:(?:media|press)\s+)?contact[a-z]*(?:\s+(?:presse|de\s+prensa))?\s*:\s*)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/iu.test(text.slice(lineStart, mention.start)) && (lineEnd < 0 ? text.length : lineEnd) - lineStart <= 120) {
    const line = LINE_ROLE.exec(text.slice(mention.end, lineEnd < 0 ? text.length : lineEnd));
    if (line) return asRole(line[1]);
  }
  return null;
}

/** The first role a mention's tie phrase states, in text order; null when none does. */
export function roleFromTies(mentions: readonly Mention[], context: TieContext): string | null {
  for (const mention of mentions) {
    const role = roleAt(mention, context);
    if (role) return role;
  }
  return null;
}

/**
 * The roles a person's tie phrases state: `a cane cutter and board member of the X` holds two posts
 * (not `a health and safety officer`: the word before `and` must name a person).
 */
export function rolesFromTies(mentions: readonly Mention[], context: TieContext): string[] {
  const role = roleFromTies(mentions, context);
  if (role === null) return [];
  const pair = PAIRED_POSTS.exec(role);
  const first = pair ? keptRole(pair[1] ?? "") : null;
  const second = pair ? keptRole(pair[2] ?? "") : null;
  return first && second ? [first, second] : [role];
}

/**
 * Junk a role phrase may pick up (issue 17.1): a clause (`placed under house arrest by the
 * investigator`), a coordination (`and all other jailed journalist`, `vice-president; and its
 * secretary`). A post is a noun phrase.
 */
export const JUNK_ROLE: readonly [RegExp, string, string] = [
  /[;:]|^(?:and|or|but|all|other|both)\b|\b(?:and|or)\s+(?:its|their|his|her|all|other)\b|\b\p{Ll}+ed\s+(?:under|by|to|into|from|with|on)\b|^(?!(?:of|for|at|in|with|to)\s)\p{Ll}+\s+(?:our|its|their|his|her)\s/u,
  "a clause or a coordination, not a post (a verb before a possessive: `told our observer`)",
  "placed under house arrest by the investigator",
];

/**
 * A role without a dangling reference to its body (`trésorière générale du même` → `trésorière
 * générale`, `secretaria del mismo` → `secretaria`): the noun after `même`/`mismo` was cut from the
 * role, and the body is tied apart (language/ties.ts, REFERENCE_AFTER).
 */
export const withoutDanglingReference = (role: string): string => role.replace(/\s+(?:du|de\s+la|del|de\s+los|de\s+las|des)\s+(?:même|mêmes|mism[oa]s?)$/iu, "");

/** True when a role phrase is a post rather than junk. */
export const plausibleRole = (role: string): boolean => !JUNK_ROLE[0].test(role);
