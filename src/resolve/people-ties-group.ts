/**
 * Ties stated once for a group, its members named after it (issue 17.1, 17.3):
 *   a table:  `Four officers of the Dock Union (DU) stood trial. …` / `Name | Position | Verdict`
 *             / `Ana Ruiz | Treasurer | 2 years`: each row's person is one of the group, the
 *             group's body theirs, when the table has no column of bodies of its own;
 *   a list:   `Ana Ruiz, president of the Dock Union, was arrested with its treasurer, Ivo Lenz,
 *             and two stewards, Per Dahl and Eva Holm`: later names of a list in one sentence take
 *             the body of the list's first tied member, each with a post of their own or none.
 */
import type { Mention, Organisation } from "../records.js";
import type { TieContext } from "./people-organisations.js";
import { columnOf } from "../normalise/table-header.js";
import { bodiesWithin, bodyFrom, peopleWithin } from "./people-ties.js";
import { closingAt } from "./people-ties-writer.js";
import { isRoleWord, singular } from "../extract/people/roles.js";
import { numberPhrase, phraseValue } from "../language/numbers.js";
import type { Vocabulary } from "../language/vocabulary.js";
import { APPOSITION_REACH, appositionCount } from "./people-ties-group-apposition.js";
import { nounGroup } from "./people-ties-group-noun.js";

/**
 * The plural nouns of a group a body has: `organisers of the X`, `members of X`, `leaders of the X`, and
 * with the body's own description between (`staff of the independent news website X`).
 */
// Note: case-sensitive, so that the description between is lower case (no link: `workers of the factory owned by X`
// are not X's); the noun may open a sentence.
const GROUP_OF =
  /(?<!\p{L})(?:[Mm]embers|[Oo]rgani[sz]ers|[Oo]fficers|[Oo]fficials|[Ll]eaders|[Aa]ctivists|[Uu]nionists|[Rr]epresentatives|[Dd]elegates|(?:[Ss]hop )?[Ss]tewards|[Ss]taff|[Ee]mployees|[Ww]orkers|[Tt]eachers|[Jj]ournalists|[Rr]eporters|[Nn]urses|[Dd]ockers|[Mm]iners)\s+of\s+(?:the\s+)?(?:(?!(?:by|of|for|with|in|at|from|and|or|to|under|on)\s)\p{Ll}[\p{Ll}-]*\s+){0,4}$/u;
/** How far before a table its group may be stated: the paragraphs that introduce it (a case's background, then the hearing). */
const INTRO = 1500;
/** A header cell naming the body whose posts its column gives: `Position in KHX`, `Post in the X`, `Role within X`, `Former post in X`. */
const POST_IN = /^\s*(?:(?:former|current|previous|present)\s+)?(?:positions?|posts?|roles?|offices?|functions?|titles?)\s+(?:in|at|within|with|held in)\s+(?:the\s+)?$/iu;

/** The span of the table paragraph around `at`, or null when `at` is in no table. */
function tableAround(text: string, at: number): { start: number; end: number } | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = text.indexOf("\n", at);
  if (!text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).includes("\t")) return null;
  const blank = text.lastIndexOf("\n\n", at);
  const start = blank < 0 ? 0 : blank + 2;
  const next = text.indexOf("\n\n", at);
  const end = next < 0 ? text.length : next;
  // Note: a table closing the text ends with its last line break, no blank line.
  const lines = text.slice(start, end).replace(/\n+$/u, "").split("\n");
  return lines.length >= 2 && lines.every((line) => line.includes("\t")) ? { start, end } : null;
}

/**
 * The group's body for a person in a table row: the last body named right after a group noun
 * (`officers of the X`) in the text introducing the table; none when the table names its own
 * bodies in a column (`Union`, `Association`: a row's cell ties its person, or nothing does).
 */
export function tieByTableGroup(mention: Mention, context: TieContext): Organisation | undefined {
  const { text } = context;
  const table = tableAround(text, mention.start);
  if (!table) return undefined;
  const headerEnd = text.indexOf("\n", table.start);
  const header = text.slice(table.start, headerEnd).split("\t");
  if (header.some((cell) => columnOf(cell) === "organisation")) return undefined;
  // Note: a header that names the body (`Position in KHX`) says every row's person holds a post in it.
  for (const body of bodiesWithin(context, table.start, headerEnd)) {
    const cellStart = text.lastIndexOf("\t", body.start - 1) + 1;
    if (POST_IN.test(text.slice(Math.max(cellStart, table.start), body.start))) return body.organisation;
  }
  const from = Math.max(0, table.start - INTRO);
  const intro = text.slice(from, table.start);
  let found: Organisation | undefined;
  // Note: bodies are few per letter; each one's words before it are read once.
  for (let at = from; at < table.start; ) {
    const body = bodyFrom(context, at);
    if (!body || body.end > table.start) break;
    if (GROUP_OF.test(intro.slice(Math.max(0, body.start - from - 60), body.start - from))) found = body.organisation;
    at = body.end;
  }
  return found;
}

/**
 * Between two names of a list in one sentence: the earlier name's apposition (`, its treasurer`,
 * `, president of the X`), then `and`, `with`, `together with`, a post and a form of address
 * (`, and two committee members, Mr. `, ` and the branch's steward `).
 */
const LIST_LINK = /^(?:,\s+(?:(?:an?|the|its|their)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,6}?)?,?\s+(?:and|together with|along with|with)\s+(?:(?:its|their|the\s+\p{Ll}+['’]s|an?|the)\s+)?(?:(?:one|two|three|four|five|six|\d+)\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,3}?(?:\p{Ll}[\p{L}’'-]*,?\s+)?(?:(?:Mr|Ms|Mrs|Dr|Sr|Sra|Bro|Sis|Comrade)\.?\s+)?$/u;
/** A list member's own post that says they are not the body's own (`a lawyer`, `the employer's manager`). */
const OUTSIDER = /(?<!\p{L})(?:lawyers?|advocates?|counsel|attorneys?|solicitors?|judges?|prosecutors?|police|officers? of the police|managers?|employers?|owners?|ministers?|ambassadors?|spokes(?:man|woman|person) for|avocat(?:e|s|es)?|juges?|procureur|magistrat(?:e|s)?|abogad[oa]s?|jue(?:z|za|ces)|fiscal(?:es)?|ministr[eoa]s?)(?!\p{L})/iu;

/**
 * A plural post after `and` opens a group of its own (`ZCTU administrator A and local officials
 * B and C`), unless a number or a possessive makes it part of the list's body (`and two
 * committee members, B and C`, `and its stewards B and C`).
 */
function newGroup(gap: string): boolean {
  const post = postWords(gap);
  const head = post.at(-1) ?? "";
  if (!isRoleWord(head) || singular(head) === head.toLowerCase()) return false;
  return !post.slice(0, -1).some((word) => /^(?:its|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$|['’]s$/u.test(word));
}

/** Common nouns of bodies, whose possessive refers back to the list's body (`the union’s treasurer`). */
const BODY_NOUNS = /^(?:union|federation|confederation|congress|association|society|committee|council|movement|alliance|network|centre|center|syndicate|guild|organi[sz]ation|branch)$/iu;

/** A possessive of another party in the gap: `and the government’s spokesman, B`. */
const otherParty = (gap: string): boolean => [...gap.matchAll(/(\p{L}+)['’]s\b/gu)].some((match) => !BODY_NOUNS.test(match[1] ?? ""));

/** Forms of address, no part of a post. */
const ADDRESS = /^(?:Mr|Ms|Mrs|Dr|Sr|Sra|Bro|Sis|Comrade)\.?$/u;

/** The words after the last `and`/`with` of a gap between two names (`, and two shop stewards, Ms ` → `two shop stewards`). */
function postWords(gap: string): string[] {
  const words = gap.replaceAll(",", " ").trim().split(/\s+/u).filter(Boolean);
  const at = Math.max(words.lastIndexOf("and"), words.lastIndexOf("with"));
  return at < 0 ? [] : words.slice(at + 1).filter((word) => !ADDRESS.test(word));
}

/**
 * The body of a list's first tied member for a later name in the same sentence (`A, general
 * secretary of X, B, its organising secretary, and C, a shop steward` → C is X's). `tie` reads
 * the earlier member's own tie (the clause ties, never this one: a list does not chain on).
 */
export function tieByList(mention: Mention, context: TieContext, tie: (m: Mention) => Organisation | undefined): Organisation | undefined {
  const { text } = context;
  const own = /^,\s+[^,.;]{1,60}/u.exec(text.slice(mention.end, mention.end + 80))?.[0].replace(/^,\s+(?:(?:an?|the)\s+)?/u, "") ?? "";
  if (OUTSIDER.test(own)) return undefined;
  let post = isOffice(own) ? own : null;
  let end = mention.start;
  for (const previous of peopleWithin(context, Math.max(0, mention.start - 300), mention.start).reverse()) {
    if (previous.end > end) continue;
    const gap = text.slice(previous.end, end);
    if (/[.;!?:](?:\s|$)|\n/u.test(gap) || OUTSIDER.test(gap)) return undefined;
    if (!LIST_LINK.test(gap) && !/^,?\s+(?:and\s+)?(?:(?:Mr|Ms|Mrs|Dr|Sr|Sra)\.?\s+)?$/u.test(gap) && !/^,\s+(?:(?:an?|the|its|their)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,6},\s+(?:(?:Mr|Ms|Mrs|Dr|Sr|Sra)\.?\s+)?$/u.test(gap)) return undefined;
    if (newGroup(gap) || otherParty(gap)) return undefined;
    // Note: the member's post is their own apposition, else the nearest post before them in the list.
    const linked = postIn(gap);
    if (post === null && linked) {
      if (!isOffice(linked)) return undefined;
      post = linked;
    }
    const found = tie(previous);
    if (found) return post === null ? undefined : found;
    end = previous.start;
  }
  return undefined;
}

/** Between names of a list: a comma or `and`, a form of address. */
const NAME_LINK = /^(?:,\s+|,?\s+and\s+)(?:(?:Mr|Ms|Mrs|Dr|Sr|Sra|Mme|M|Bro|Sis|Comrade|Brother|Sister)\.?\s+)?$/u;
/** After a list's last name: an apposition for all (`, both district organisers of`, `, all three members of`). */
const LIST_APPOSITION = /^(?:,\s+(?:both|all(?:\s+(?:three|four|five|six|seven|eight|nine|ten))?)|\s+(?:are|were)(?:\s+(?:both|all))?)\s+/u;

/**
 * The body of a list's apposition for its earlier names (`A and B, both district organisers of the
 * federation`): the last name's tie, when the list runs from this name to it with only commas,
 * `and` and forms of address between, and an apposition for all (`both`, `all three`) follows it.
 */
export function tieByListEnd(mention: Mention, context: TieContext, tie: (m: Mention) => Organisation | undefined): Organisation | undefined {
  const { text } = context;
  let end = mention.end;
  for (const next of peopleWithin(context, mention.end, mention.end + 300)) {
    if (next.start < end) continue;
    if (!NAME_LINK.test(text.slice(end, next.start))) return undefined;
    end = next.end;
    if (LIST_APPOSITION.test(text.slice(end, end + 20))) return tie(next);
  }
  return undefined;
}

/** The post after `and`/`with` in a gap between two names, without its determiner, or null. */
function postIn(gap: string): string | null {
  const words = postWords(gap);
  const post = words.slice(/^(?:its|their|the|an?)$/u.test(words[0] ?? "") ? 1 : 0).join(" ");
  return post === "" ? null : post;
}

/**
 * Posts a body's own officers and members hold (`shop steward`, `committee members`,
 * `organising secretary`), not a trade or a profession (`the journalist B`: no tie to the union
 * of the list's first member).
 */
const OFFICES = /(?:^|\s)(?:(?:vice|deputy)[- ])?(?:president|chair(?:man|woman|person)?|secretary|secretary-general|treasurer|steward|organi[sz]er|coordinator|convenor|convener|spokes(?:man|woman|person)|delegate|officer|member|leader|founder|representative|auditor)s?$/iu;
const isOffice = (post: string): boolean => OFFICES.test(post.trim().replace(/[.,;]$/u, ""));

/**
 * A counted group of a body's people right before the body: `Three officers of the `, `two other
 * members of `, `five members of our affiliate, the `, `four organisers with the `.
 */
const COUNTED_GROUP = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:other\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:members|organi[sz]ers|officers|officials|leaders|activists|unionists|representatives|delegates|stewards|employees|workers|staff|journalists|reporters)\s+(?:of|with|from)\s+(?:(?:our|its|their)(?:\s+(?:affiliated?|member|national|local))?(?:\s+(?:affiliate|union|branch|organi[sz]ation|federation))?,?\s+)?(?:the\s+)?$/iu;
export const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/**
 * A counted group in a French or Spanish letter: the number as the vocabulary writes it, a plural
 * noun of a body's people, up to two qualifiers, then `du`/`de la`/`del` (`quatre dirigeants
 * provinciaux du `, `tres dirigentes del `, `trois dirigeantes et dirigeants de notre syndicat affilié, le `). Note: the nouns are this rule's own (language/ties.ts
 * holds the clause ties), plural only, so a singular role never counts.
 */
export const LANGUAGE_GROUP_NOUNS = "membres|dirigeant(?:e)?s|responsables|militant(?:e)?s|syndicalistes|délégué(?:e)?s|travailleu(?:r|se)s|enseignant(?:e)?s|journalistes|miembros|dirigentes|afiliad[oa]s|trabajador(?:e|a)s|sindicalistas|integrantes|directivos|activistas|periodistas|docentes";
const languageGroups = new Map<Vocabulary, RegExp>();
function languageGroup(vocabulary: Vocabulary): RegExp {
  let found = languageGroups.get(vocabulary);
  if (!found) {
    found = new RegExp(`(?:^|\\s)(${numberPhrase(vocabulary)})\\s+(?:autres\\s+|otr[oa]s\\s+)?(?:${LANGUAGE_GROUP_NOUNS})(?:\\s+(?:et|y)\\s+(?:${LANGUAGE_GROUP_NOUNS}))?(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?\\s+(?:du|des|de\\s+la|de\\s+l['’]|del|de\\s+los|de\\s+las|de|d['’])(?:\\s*(?:notre|nuestr[oa])\\s+(?:syndicat|fédération|sindicato|federación|organisation|organización)(?:\\s+(?:affilié|afiliad[oa]|membre|miembro))?,\\s*(?:le|la|l['’]|el))?\\s*$`, "iu");
    languageGroups.set(vocabulary, found);
  }
  return found;
}

/** The group's size when the words before a body count its people, else null. */
function groupCount(before: string, vocabulary: Vocabulary | null): number | null {
  if (vocabulary) {
    const group = languageGroup(vocabulary).exec(before);
    return group ? phraseValue(group[1] ?? "", vocabulary) : null;
  }
  const group = COUNTED_GROUP.exec(before);
  if (!group) return null;
  return NUMBERS[(group[1] ?? "").toLowerCase()] ?? Number(group[1]);
}

/**
 * A counted group with no body that refers back to a person told before (`Two other union
 * officials, A and B`, `Kwok and three of his former committee members`): `other` or a possessive
 * says they are the same body's as that person.
 */
// Note: so does a bare count of members named right after it (`Two rank-and-file members, A and B,`): members of
// the body the letter is telling of.
const BACK_GROUP =
  /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:other|of\s+(?:his|her|their)(?:\s+former)?)\s+(?:(?:union|committee|council|executive|board|branch)\s+)?(?:members|officials|officers|leaders|organi[sz]ers|stewards|representatives|colleagues)\b|(?:(?:further|more|younger|older|rank-and-file|ordinary|grassroots|union|branch)\s+)?members(?=\s*[,:–—]))/giu;

/** The group a back-referring count states before `mention`: the body of the nearest tied person before it. */
function backGroup(mention: Mention, context: TieContext, from: number, tie: (m: Mention) => Organisation | undefined): { organisation: Organisation; count: number; after: number } | undefined {
  const { text } = context;
  const found = [...text.slice(from, mention.start).matchAll(BACK_GROUP)].pop();
  if (!found) return undefined;
  const at = from + found.index;
  for (const earlier of peopleWithin(context, from, at).reverse()) {
    const organisation = tie(earlier);
    if (organisation) return { organisation, count: NUMBERS[(found[1] ?? "").toLowerCase()] ?? Number(found[1]), after: at + found[0].length };
  }
  return undefined;
}

/** How many paragraphs before a name its group may be stated in: a lead-in, then a paragraph or two of the case. */
const GROUP_PARAGRAPHS = 3;
/** The end of the sentence or lead-in naming a group: a full stop before a capital, a colon or a paragraph's end. */
const GROUP_END = /[.!?]["”’)]?\s+(?=\p{Lu})|:\s+|\n\s*\n/u;

/** A possessive's post right before a name (`the station’s director, `): the person is that party's, stated apart. */
const POSSESSIVE_POST = /(\p{L}+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+,?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/u;

/**
 * True when a named person is an outsider to a group: a judge, lawyer, prosecutor named so before
 * or after, or a possessive's post before the name (`the station’s director, A`).
 */
export function outsider(context: TieContext, m: Mention): boolean {
  const { text } = context;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // Note: the last three words before the name only (`Le juge A a imposé à Mme B`: B is no judge).
  const lastWords = before.split(/\s+/u).filter(Boolean).slice(-3).join(" ");
  // Note: a body's own common noun is no other party (`members of the union’s board, A and B`).
  const possessive = POSSESSIVE_POST.exec(before);
  return OUTSIDER.test(lastWords) || (possessive !== null && !BODY_NOUNS.test(possessive[1] ?? "")) || OUTSIDER.test(/^,\s+[^,.;]{1,40}/u.exec(text.slice(m.end, m.end + 50))?.[0] ?? "");
}

/**
 * The body of a counted group stated before, for one of the first names after it (`Three officers
 * of the X were convicted. A received two years; B and C one year each.`; `five members of the X
 * … ⏎ - A: …; - B: …`): the nearest group stated in this paragraph or the few before, its count
 * bounding how many names after it are its members (judges, lawyers and prosecutors not counted).
 */
export function tieByCountedGroup(
  mention: Mention,
  context: TieContext,
  roles: readonly string[] = [],
  vocabulary: Vocabulary | null = null,
  tie: (m: Mention) => Organisation | undefined = () => undefined,
): Organisation | undefined {
  const { text } = context;
  // Note: a judge, a lawyer or an official named after the group is none of its members.
  if (roles.some((role) => OUTSIDER.test(role)) || outsider(context, mention)) return undefined;
  // Note: a signatory under the closing (`Yours faithfully,` / `A`) writes about the group, not in it.
  const closing = closingAt(context);
  if (closing !== undefined && mention.start > closing) return undefined;
  let from = mention.start;
  for (let i = 0; i <= GROUP_PARAGRAPHS && from > 0; i++) {
    const blank = text.lastIndexOf("\n\n", from - 1);
    from = blank < 0 ? 0 : blank;
  }
  let group: { organisation: Organisation; count: number; after: number } | undefined;
  for (let at = from; at < mention.start; ) {
    const body = bodyFrom(context, at);
    if (!body || body.end > mention.start) break;
    at = body.end;
    const count =
      groupCount(text.slice(Math.max(from, body.start - 80), body.start), vocabulary) ??
      appositionCount(text.slice(Math.max(from, body.start - APPOSITION_REACH), body.start), vocabulary);
    if (count === null) continue;
    const end = GROUP_END.exec(text.slice(body.end, mention.start));
    if (end) group = { organisation: body.organisation, count, after: body.end + end.index + end[0].length };
  }
  group ??= backGroup(mention, context, from, tie) ?? nounGroup(context, from, mention.start, vocabulary);
  if (!group) return undefined;
  // Note: the names before the group's sentence end are the sentence's own (tied by the clause rules).
  const named = new Set(peopleWithin(context, group.after, mention.start).filter((m) => !outsider(context, m)).map((m) => m.text));
  return named.has(mention.text) || named.size < group.count ? group.organisation : undefined;
}
