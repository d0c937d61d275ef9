/**
 * Ties through a body's common noun (issue 17.1): the letter names the body once, then refers
 * back to it as `the union`, `the society`, `its`:
 *   after the name:  `Ana Ruiz, chairman of the union,`, `Ivo Lenz, steward of the union’s port branch`,
 *                    `Eva Holm, the association’s secretary,`, `Per Dahl, a member of its board`
 *   before the name: `The union’s chairman, Mr Ivo Lenz`, `two members of the committee’s board, A and B`
 * `the NOUN` is the nearest body named before whose name holds the noun; `its` the nearest body
 * named or referred to in its sentence or the one before.
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { isRoleWord } from "../extract/people/roles.js";
import { isCompanyName } from "./organisations.js";
import { UNIT, unitParent } from "./people-ties-unit.js";
import { introducingNouns, kindInName, lastReferral, NOUN, QUALIFIER } from "./people-ties-referral.js";
import { ADDRESS, LEAD_VERBS, bodiesWithin, bodyBefore, listStart, peopleWithin, placed, possessiveRoleAt, tieWord } from "./people-ties.js";

/** NOUN with its words capitalised or not (`The Association’s deputy chair`). */
const ANY_CASE = NOUN.replace(/([(|])([a-z])/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`);
// Note: up to five words, so that two appositions joined by `and` reach the noun (`a crane operator and a member of the union`).
const ROLE_WORDS = "(?:[\\p{L}’'-]+\\s+){0,5}?";
const ROLE_PHRASE = "(?:[\\p{L}’'-]+\\s+){0,4}?[\\p{L}’'-]+";
/** A relative pronoun opening a copula (`, who has been the union's chairman`): it says what the copula says; read before a bare comma. */
const RELATIVE = "(?:,\\s+who)?";
/**
 * A relative clause of leading the body the NOUN refers back to (`, who has led the railway union since
 * 2021`, `, who chairs its women's committee`): a tie without a post.
 */
const RELATIVE_LEADS = `,\\s+who\\s+(?:(?:has|had)\\s+)?(?:(?:long|also|now|currently)\\s+)?${LEAD_VERBS}\\s+`;
/**
 * After the name, in apposition: a role of the NOUN (`, chairman of the union`, `, a member of
 * its board`, `, steward of the union’s port branch`) or the NOUN’s role (`, the union’s president`).
 */
export const NOUN_AFTER: readonly [RegExp, string, string] = [
  // Note: a copula says the same (`Ms A is a member of the union’s executive board`, `Mr B is the union’s spokesperson`).
  new RegExp(`^(?:${RELATIVE}\\s+(?:is|was|are|were|(?:has|have|had)\\s+been)\\s+(?:also\\s+|both\\s+|all\\s+)?|,\\s+)(?:(?:the|an?)\\s+)?(${ROLE_WORDS})(?:(?:of|in|at|for|with)\\s+(?:the\\s+${QUALIFIER}${NOUN}\\b|(its|their)\\s)|the\\s+${QUALIFIER}${NOUN}['’]s\\s)|^${RELATIVE_LEADS}(?:the\\s+${QUALIFIER}${NOUN}\\b|(its|their)\\s)`, "iu"),
  "a role of the body's noun, after the name",
  ", chairman of the union",
];
/**
 * Before the name (or the list it opens): the NOUN’s role (`The union’s chairman, Mr `), a role
 * of the NOUN (`members of the committee’s board, `).
 */
export const NOUN_BEFORE: readonly [RegExp, string, string] = [
  new RegExp(`(?:\\b[Tt]he\\s+(?<qualifier>\\p{Ll}[\\p{L}-]*['’]?\\s+)?(?<noun>${ANY_CASE.slice(1)}['’]s\\s+(?<roles>${ROLE_PHRASE})|\\b(?<holder>[\\p{L}-]+)\\s+(?:of|in|at|for)\\s+the\\s+${QUALIFIER}(?<noun2>${NOUN.slice(1)}(?:['’]s\\s+(?<roles2>${ROLE_PHRASE}))?)[,:]?\\s+(?<title>(?:\\p{Ll}[\\p{L}-]*\\s+){1,2})?${ADDRESS}$`, "u"),
  "the body's noun and a role, before the name",
  "The union’s chairman, Mr ",
];
/**
 * The NOUN as the first word of a post right before the name, opening its sentence or after `the`
 * (`Union treasurer Siti Rahman`, `the federation president, A`): the post is held in the body
 * the NOUN refers back to. Note: not after another word (`trade union leader A` describes, it names no body).
 */
export const NOUN_POST_BEFORE: readonly [RegExp, string, string] = [
  new RegExp(`(?:(?<=[.!?]["”’]?\\s+)|(?<=\n\\s*)|\\b[Tt]he\\s+)(?<noun>${ANY_CASE.slice(1)}\\s+(?<roles>(?:\\p{Ll}[\\p{L}’'-]*\\s+){0,2}\\p{Ll}[\\p{L}’'-]*),?\\s+${ADDRESS}$`, "u"),
  "the body's noun opening a post, before the name",
  "were fined. Union treasurer ",
];
/** Those a body retains or deals with rather than has as officers or members. */
const OUTSIDERS = /\b(?:lawyers?|advocates?|counsel|attorneys?|solicitors?|barristers?|consultants?|employers?|owners?|managers?|management|spokes(?:man|woman|person) for|critics?|opponents?)\b/iu;
/**
 * Counsel the body's own possessive names (`the union's lawyer`, `the federation's legal adviser`): the
 * body retains them as its own, as every gold ties them; not a lawyer of another (`a lawyer for the union's members`).
 */
const OWN_COUNSEL = new RegExp(`\\bthe\\s+${QUALIFIER}${NOUN}['’]s\\s+(?:(?:legal|chief|own|in-house)\\s+)?(?:lawyers?|counsel|legal\\s+advis[eo]rs?|attorneys?|advocates?|solicitors?)\\b`, "giu");

/** True when the words name one the body retains or deals with, its own counsel aside. */
const outsider = (words: string): boolean => OUTSIDERS.test(words.replace(OWN_COUNSEL, ""));

/** How far back a noun may refer: a few paragraphs. */
const REACH = 1500;

/**
 * The word qualifying a referring noun as a stem to look for in a body's name (`railway` in `the
 * railway union`, `dockers’` in `the dockers’ union` → `docker`), or undefined for no qualifier.
 */
function qualifierStem(qualifier: string | undefined): string | undefined {
  const stem = qualifier?.trim().toLowerCase().replace(/['’]$/u, "").replace(/(?<=\p{L}{3})s$/u, "");
  return stem && stem.length >= 3 ? stem : undefined;
}

/** True when one of the body's names holds a word starting with the stem (`railway` → `Union of Railway Workers`). */
const namesStem = (o: Organisation, stem: string): boolean =>
  [o.name, ...o.aliases].some((name) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(stem)));

/**
 * The nearest body named before `at`, within a few paragraphs, whose name holds `noun`; with a
 * qualifier (`the railway union`, `the dockers’ union`), the nearest whose name also holds the
 * qualifier's word when one does (two unions named, the qualifier says which).
 */
export function antecedent(noun: string, at: number, context: TieContext, qualifier?: string): Organisation | undefined {
  const stem = qualifierStem(qualifier);
  if (stem) {
    const nearest = antecedentWhere(noun, at, context, (o) => namesStem(o, stem));
    if (nearest) return nearest;
  }
  return antecedentWhere(noun, at, context, () => true);
}

function antecedentWhere(noun: string, at: number, context: TieContext, fits: (o: Organisation) => boolean): Organisation | undefined {
  // Note: an English letter's `the union` refers back to a union named in its own language too
  // (`Sindicato de Trabajadores de …`, `Syndicat national …`, `… Sendikası`).
  const stem = /^union$/iu.test(noun) ? "(?:union|syndicat\\p{L}*|sindicat\\p{L}*|sendika\\p{L}*|sindikat\\p{L}*|gewerkschaft)" : noun.replace(/[sz]ation$/u, "[sz]ation");
  const word = new RegExp(`(?<!\\p{L})${stem}(?!\\p{L})`, "iu");
  const all = placed(context.organisations);
  // Note: `treasurer of the branch` after `the X branch of the Y`: the unit is no body record, its parent is the person's.
  const parent = new RegExp(`^${UNIT}$`, "iu").test(noun) ? unitParent(noun, at, context) : undefined;
  if (parent) return parent;
  for (let i = (bodyBefore(context, at)?.index ?? -1); i >= 0; i--) {
    const o = all[i];
    if (!o || o.end > at) continue;
    if (at - o.end > REACH) return undefined;
    if (!fits(o.organisation)) continue;
    if (word.test(o.organisation.name) || o.organisation.aliases.some((alias) => word.test(alias)) || introduced(noun, o, context.text)) return o.organisation;
    // Note: a medium's name may hold its kind (`the station’s director` after `Radio Danan FM`).
    if (kindInName(noun)?.test(o.organisation.name)) return o.organisation;
    // Note: `the company` refers back to a body named with a company's legal form (`Kartli Steel Holding Ltd`).
    if (/^(?:company|firm|employer)$/iu.test(noun) && isCompanyName(o.organisation.name)) return o.organisation;
  }
  return undefined;
}

/** True when the letter introduces a body's mention with the noun: `the outlet X`, `the weekly X`, `X, a community newspaper`. */
function introduced(noun: string, o: { start: number; end: number }, text: string): boolean {
  // Note: a media noun refers back to an outlet introduced by any of the class (`the weekly X` … `the newspaper’s editor`).
  const nouns = introducingNouns(noun);
  const before = new RegExp(`\\b${nouns}\\s+(?:[\\p{Ll}-]+\\s+)?$`, "iu");
  const after = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}?${nouns}\\b`, "iu");
  return before.test(text.slice(Math.max(0, o.start - 40), o.start)) || after.test(text.slice(o.end, o.end + 80));
}

// Note: not after a form of address (`Ms. Amina Said`), which ends no sentence.
const SENTENCE_END = /(?<!\b(?:Mr|Ms|Mrs|Dr|Sr|Sra|Srta|Prof|Mme|Messrs))[.!?]["”’]?\s+(?=[\p{Lu}"“‘])|\n/gu;

/** Where the sentence before the one holding `at` starts (at most 400 characters back). */
function previousSentenceStart(text: string, at: number): number {
  const window = text.slice(Math.max(0, at - 400), at);
  const ends = [...window.matchAll(SENTENCE_END)];
  return at - window.length + (ends.length >= 2 ? (ends.at(-2)?.index ?? 0) : 0);
}

/** What `its` before `at` refers back to: the last body named or referred to by its noun, in this sentence or the one before. */
function possessed(at: number, context: TieContext): Organisation | undefined {
  const { text } = context;
  const from = previousSentenceStart(text, at);
  const named = bodiesWithin(context, from, at).at(-1);
  const referred = lastReferral(text, from, at);
  if (referred && (!named || referred.at > named.end)) return antecedent(referred.noun, referred.at, context, referred.qualifier) ?? named?.organisation;
  return named?.organisation;
}


/**
 * `Anke de Boer, its secretary,` after a sentence naming the body (`Three officers of the X were
 * convicted. Anke de Boer, its secretary, received …`); a copula says the same (`Ion Rusu is the
 * union's president. Ana Lungu is its vice-president`).
 */
const ITS_ROLE_AFTER = /^(?:,\s+|(?:,\s+who)?\s+(?:is|was|(?:has|had)\s+been)\s+(?:also\s+)?)(?:its|their)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)(?=\s*[,;.)]|\s+(?:and|was|were|is|are|has|have|had|received|got)\b)/u;

/**
 * What `its` after a name refers back to: the last body named in this sentence or the one
 * before, with no other person named between it and the name (`A, president of the branch; B,
 * its treasurer` ties B to nothing: `its` is A's unnamed branch).
 */
function possessedBefore(at: number, context: TieContext): Organisation | undefined {
  const { text } = context;
  const from = previousSentenceStart(text, at);
  const named = bodiesWithin(context, from, at).at(-1);
  // Note: `A, the railway union’s education officer, and B, its treasurer`: a body referred to by its noun
  // after the last name is what `its` means; not a unit (`A, president of the branch; B, its treasurer`).
  const referred = lastReferral(text, from, at);
  if (referred && (!named || referred.at > named.end) && !new RegExp(`^${UNIT}$`, "iu").test(referred.noun) && peopleWithin(context, referred.end, at).length === 0 && !/\n\s*\n/u.test(text.slice(referred.end, at))) {
    return antecedent(referred.noun, referred.at, context, referred.qualifier);
  }
  if (!named || peopleWithin(context, named.end, at).length > 0 || /\n\s*\n/u.test(text.slice(named.end, at))) return undefined;
  return named.organisation;
}

/**
 * `A, its secretary,` with the body named in this sentence or the one before; not when the role
 * is set off before the next name (`A, its secretary, Ms B`: B's role).
 */
function tieByItsRole(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const its = ITS_ROLE_AFTER.exec(text.slice(mention.end, mention.end + 80));
  if (!its || !isRoleWord(its[1]?.split(/\s+/u).at(-1) ?? "") || !roleWords(its[1])) return undefined;
  if (/^,\s+(?:Mr|Ms|Mrs|Miss|Dr|Sr|Sra|Prof|Brother|Sister|Comrade)\.?\s+\p{Lu}/u.test(text.slice(mention.end + its[0].length, mention.end + its[0].length + 30))) return undefined;
  return possessedBefore(mention.start, context);
}

/**
 * `Its chair, A` after a sentence that refers to the body by its noun only (`The dockers’ union was
 * founded in 2019 …`): the body that noun refers back to, though another is named before it (read
 * before `tieByPossessive`, which takes the last body named). A body named after the noun, a unit's
 * noun or a person named between leaves it to the other readings.
 */
export function tieByItsReferral(mention: Mention, context: TieContext): Organisation | undefined {
  // Note: a cheap test first, as this runs for every mention: no `its` before the name, no reading.
  if (!/\b(?:its|their)\s/iu.test(context.text.slice(Math.max(0, mention.start - 380), mention.start))) return undefined;
  const at = possessiveRoleAt(mention, context);
  if (at === undefined) return undefined;
  const from = previousSentenceStart(context.text, at);
  const referred = lastReferral(context.text, from, at);
  const named = bodiesWithin(context, from, at).at(-1);
  if (!referred || (named && named.end > referred.at) || new RegExp(`^${UNIT}$`, "iu").test(referred.noun) || peopleWithin(context, referred.end, at).length > 0) return undefined;
  return antecedent(referred.noun, referred.at, context, referred.qualifier);
}

/** True when the role words may stand in a tie and name no outsider. */
const roleWords = (words: string | undefined, ownCounsel = false): boolean =>
  (ownCounsel || !OUTSIDERS.test(words ?? "")) && (words ?? "").split(/\s+/u).filter(Boolean).every((word) => tieWord(word));

/** The body a mention is tied to through a common noun or `its` beside it, or undefined. */
export function tieByNoun(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const after = NOUN_AFTER[0].exec(text.slice(mention.end, mention.end + 120));
  // Note: the pattern reads case-insensitively; a qualifier in capitals names a unit of its own (`of the Thilawa branch`).
  const qualified = after ? /\bthe\s+(\S+)\s+\p{L}+(?:['’]s)?\s*$/u.exec(after[0]) : null;
  if (after && roleWords(after[1]) && !/^\p{Lu}/u.test(qualified?.[1] ?? "") && !outsider(text.slice(mention.end, mention.end + after[0].length + 30))) {
    const at = mention.end + after.index;
    if (after[3] ?? after[6]) return possessed(at, context);
    const noun = after[2] ?? after[4] ?? after[5];
    if (noun) return antecedent(noun, at, context, qualified?.[1]);
  }
  const start = listStart(mention, context, Math.max(0, mention.start - 300)) ?? mention.start;
  const before = NOUN_BEFORE[0].exec(text.slice(Math.max(0, start - 120), start));
  const groups = before?.groups ?? {};
  if (!before || /\n/u.test(before[0])) return tieByNounPost(start, context) ?? tieByItsRole(mention, context);
  const roles = groups["roles"] ?? groups["roles2"];
  // Note: `a statement of the union, A said`: what holds a place of the body must be a role.
  // Note: `a member of the society, teacher A`: the person's own role may stand before the name.
  if (groups["title"] && !roleWords(groups["title"])) return undefined;
  // Note: the body's possessive makes counsel its own (`The union's legal counsel, A`).
  const own = groups["noun"] !== undefined && OWN_COUNSEL.test(before[0]);
  OWN_COUNSEL.lastIndex = 0;
  if (!(own ? roleWords(roles, true) : roleWords(roles)) || (!roles?.trim() && groups["holder"] !== undefined && !isRoleWord(groups["holder"]))) return undefined;
  const noun = groups["noun"] ?? groups["noun2"];
  if (!noun) return undefined;
  const qualifier = groups["qualifier"] ?? new RegExp(`\\bthe\\s+(\\p{Ll}[\\p{L}-]*['’]?)\\s+${noun}\\b`, "u").exec(before[0])?.[1];
  return antecedent(noun, start - before[0].length, context, qualifier);
}

/** `Union treasurer A` (NOUN_POST_BEFORE): the body the noun refers back to, when the words after it are a post. */
function tieByNounPost(start: number, context: TieContext): Organisation | undefined {
  // Note: the letter's start opens a sentence as a line break does.
  const before = `${start > 80 ? "" : "\n"}${context.text.slice(Math.max(0, start - 80), start)}`;
  const match = NOUN_POST_BEFORE[0].exec(before);
  const roles = match?.groups?.["roles"] ?? "";
  if (!match || !isRoleWord(roles.split(/\s+/u).at(-1) ?? "") || !roleWords(roles)) return undefined;
  return antecedent(match.groups?.["noun"]?.toLowerCase() ?? "", start - before.length + match.index, context);
}
