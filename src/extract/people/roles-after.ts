/**
 * Roles and bodies stated in an apposition after a name: `, 42, a garment worker`, `, a lawyer for X`,
 * `, Vice-Chair of the BNP`, ` is the president of X`, `, a cane cutter and board member of the X`.
 */
import { isCommonWord, isDemonym } from "../nlp.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import { TITLE_WORDS } from "./lexicon.js";
import { isAcronymShaped, isCapitalised, tokenize, type Token } from "./tokens.js";
import { modifiersAfter } from "../../language/roles.js";
import { remitAfter } from "./remit.js";
import { bodyFrom, isPostWord, isRoleWord, keptRole, NONE, NOT_MODIFIERS, possessiveModifier, UNIT_HEADS, type Context } from "./roles.js";

const AGE = /^,\s*\d{1,3}\s*(?:,|and\b|\)|$)/u;
// Note: a bracket after the name holds an apposition too (`Hopewell Gumbo (former president of the X)`).
// Note: and a dash in a list's line (`1. Hoang Van Thach – former worker representative – 6 years`).
// Note: and an adverb of time before the determiner (`, then the union's organiser in Wau,`).
// Note: and a perfect copula (`Mr A has been RPAWUL's chairperson since 2021`), not a passive (`who had been charged alongside`).
const LEAD = /^(?:,\s+(?:(?:who\s+)?(?:is|was|(?:has|had)\s+been(?!\s+\p{Ll}+ed\b))\s+(?:also\s+)?)?|\s+(?:is|was|(?:has|had)\s+been(?!\s+\p{Ll}+ed\b))\s+(?:also\s+)?|\s\(|\s[–—]\s)(?:(?:then|alors|entonces)\s+(?=(?:a|an|the|its|his|her|their|our|son|sa|ses|leur|su|sus)\s))?(?:(?:a|an|the|its|his|her|their|our|son|sa|ses|leur|su|sus)\s+)?/u;

/** An apposition after a name: `, 42,`, `, a lawyer for X`, `, Vice-Chair of the BNP`, ` is the president of X`. */
export function roleAfter(text: string, nameEnd: number, to: number): Context {
  const rest = text.slice(nameEnd, to);
  const age = AGE.exec(rest);
  if (age) {
    // Note: `Jalal Uddin, 42, a garment worker`: an age, then perhaps an apposition.
    const more = age[0].endsWith(",") ? roleAfter(text, nameEnd + age[0].length - 1, to) : NONE;
    return { evidence: true, role: more.role, organisation: more.organisation, also: more.also };
  }
  const lead = LEAD.exec(rest);
  return lead ? phraseAt(text, nameEnd + lead[0].length, to) : NONE;
}

/** The words right after `tokens[index]`, each after spaces only. */
function wordsAfter(text: string, tokens: readonly Token[], index: number): string[] {
  const out: string[] = [];
  for (let i = index + 1; i < tokens.length && out.length < 3 && /^\s+$/u.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start)); i++) out.push((tokens[i] as Token).text);
  return out;
}

/** Articles and pronouns that never stand inside a post before its head (English, French, Spanish). */
const CLAUSE_INSIDE = /^(?:the|an?|whom|who|le|la|les|l['’]|une|el|los|las|una?|que|qui|quien)$/iu;

/** Words of praise or fame before a role, left out of it. */
const EVALUATIVE = new Set(["well-known", "prominent", "renowned", "veteran", "leading", "outspoken", "respected", "popular", "famous", "noted", "award-winning"]);

/** A form of address opening a name: `Ms Precious`, `Mr. Ivo`, `Sra. Ana`, `Dr Li`. */
const ADDRESS_AFTER = /^(?:Mr|Ms|Mrs|Miss|Dr|Sr|Sra|Prof|Brother|Sister|Comrade)\.?\s+\p{Lu}/u;

/** A name opened by an initial (`M. Revathi`, `P. Selvakumar`), as South Indian names are written. */
const INITIAL_NAME = /^\p{Lu}\.\s?\p{Lu}\p{Ll}{2,}/u;

const SECOND_POST = /^,\s+(?=\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:of|at)\s+(?:the\s+)?\p{Lu})/u;

const AND = /^\s+and\s+(?:(?:a|an|the)\s+)?/u;
/** Where a post is held, between it and a second post joined by `and`: ` in Mendefera`, ` in Port Louis`. */
const PLACE_BEFORE_AND = /^\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s+and\s)/u;
/** Two posts in one phrase, the first ending in a noun of a person (`cane cutter and board member`). */
export const PAIRED_POSTS = /^([^,]*?\p{L}(?:er|or|ist|ian|ant|ent|man|woman|person)) and (\S[^,]*)$/u;
/** After a unit of a body: the link to the body it belongs to (` at the `, ` of the `). */
const UNIT_OF = /^\s+(?:at|of|in)\s+(?:the\s+)?/u;

/** A role phrase starting at `start` (`former general secretary of the HKCTU and former chairperson of …`). */
export function phraseAt(text: string, start: number, to: number, continued = false): Context {
  const tokens = tokenize(text, start, Math.min(to, start + 300));
  let end = -1;
  let skip = 0;
  // Note: a role may be a list of qualifiers (`a diversity, equity and inclusion consultant`),
  // so commas and `and` are crossed while no role word has been seen.
  for (let i = 0; i < Math.min(tokens.length, 7); i++) {
    const token = tokens[i] as Token;
    if (/^(?:of|at|for|in|from|with|who|whose|which|that|where|to|on)$/u.test(token.text)) break;
    const next = tokens[i + 1];
    // Note: `Birleşik Metal-İş, the union whose …`: an apposition headed by a body noun names a body.
    // Note: … but after `and` a body noun before a post word opens a second post (`a shift foreman and union steward`).
    if (i === 0 && ORG_HEADS.has(token.text.toLowerCase()) && !TITLE_WORDS.has(token.text.toLowerCase()) && !(continued && isPostWord(next?.text ?? ""))) return NONE;
    // Note: `Tạ Phong Tần, and all other jailed journalists`: a coordination, not an apposition.
    if (i === 0 && NOT_MODIFIERS.has(token.text.toLowerCase())) return NONE;
    if (token.text === "and" && end >= 0) break;
    // Note: a nationality or a word of praise before the role is no part of it (`a well-known
    // Russian opposition leader` → `opposition leader`).
    if (end < 0 && (isDemonym(token.text) || EVALUATIVE.has(token.text.toLowerCase()))) {
      skip = i + 1;
      continue;
    }
    // Note: a capitalised word that is no title starts a name (`… BNP and Maksim Sereda, the chairman`).
    // Note: … but a capitalised common word before a capitalised role is part of a title (`the State Chairperson`).
    const title = next !== undefined && isCapitalised(next.text) && isRoleWord(next.text) && isCommonWord(token.text.toLowerCase());
    if (isCapitalised(token.text) && !TITLE_WORDS.has(token.text.toLowerCase()) && !isRoleWord(token.text) && !title) break;
    if (isPostWord(token.text)) end = i;
    const gap = next ? text.slice(token.end, next.start) : "";
    // Note: `the journalists' lawyer`: a post in the possessive says whose the post after it is.
    if (end === i && next && /^['’]s?\s+$/u.test(gap) && /^\p{Ll}/u.test(token.text) && isPostWord(next.text)) {
      end = -1;
      skip = i + 1;
      continue;
    }
    if (next && !/^\s+$/u.test(gap) && !(end < 0 && /^,\s+$/u.test(gap)) && !(end < 0 && possessiveModifier(token, gap))) break;
  }
  if (end < 0) return NONE;
  // Note: an article or a pronoun inside the words before the head makes them a clause, not a post
  // (`, addressed the workers`, `, whom the judge`, `, exigió la libertad de los dirigentes`).
  // Note: … but one after `and` opens a second noun (`a retired schoolteacher and a founding member of`).
  if (tokens.slice(skip + 1, end).some((token, i) => CLAUSE_INSIDE.test(token.text) && !/^(?:and|or|et|ou|y|o)$/iu.test(tokens[skip + i]?.text ?? ""))) return NONE;
  // Note: a French or Spanish role goes on after its head (`, secrétaire général de …`).
  for (let n = modifiersAfter((tokens[end] as Token).text, wordsAfter(text, tokens, end)); n > 0; n--) end++;
  // Note: an office's remit (`, the secretary for organisation of the X`) is part of the post.
  const remit = remitAfter(text, (tokens[end] as Token).text, (tokens[end] as Token).end);
  const limit = (tokens[end] as Token).end + remit;
  while (remit > 0 && tokens[end + 1] && (tokens[end + 1] as Token).end <= limit) end++;
  const following = tokens[end + 1];
  // Note: `Secretary General, Vincent Ncongwane, Second Deputy Secretary General Muzi Mhlanga`:
  // a title followed by a name is the next person's, not an apposition.
  if (following && isCapitalised(following.text) && /^\s+$/u.test(text.slice((tokens[end] as Token).end, following.start))) return NONE;
  // Note: `the chair, Mr A, its secretary, Ms B`: an `its` role set off before a form of address
  // is B's (not `A, the State Chairperson, Comrade B, the State Secretary`: each role after its name).
  if (following && /\b(?:its|their)\s+$/u.test(text.slice(Math.max(0, start - 7), start)) && /^,\s+$/u.test(text.slice((tokens[end] as Token).end, following.start)) && (ADDRESS_AFTER.test(text.slice(following.start, following.start + 30)) || INITIAL_NAME.test(text.slice(following.start, following.start + 30)))) return NONE;
  // Note: `Elizaveta Merlyak, BITU international secretary`: a leading acronym is the body, not the role.
  const lead = tokens[skip] && end > skip && isAcronymShaped((tokens[skip] as Token).text) ? (tokens[skip] as Token).text : null;
  const words = tokens.slice(skip + (lead ? 1 : 0), end + 1).filter((token) => !/\d/u.test(token.text));
  const phrase = words.length > 0 ? text.slice((words[0] as Token).start, (words.at(-1) as Token).end) : "";
  let organisation: string | null = null;
  let tail = (tokens[end] as Token).end;
  const link = tokens[end + 1];
  if (link && /^(?:of|at|for)$/u.test(link.text)) {
    for (let i = end + 2; i < Math.min(tokens.length, end + 9); i++) {
      const gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
      if (/[,.;:()]/u.test(gap)) break;
      organisation = bodyFrom(text, tokens, i);
      if (organisation) {
        tail = (tokens[i] as Token).start + text.slice((tokens[i] as Token).start).indexOf(organisation.split(" ").at(-1) ?? "") + (organisation.split(" ").at(-1)?.length ?? 0);
        break;
      }
    }
  }
  let role = phrase ? keptRole(phrase) : null;
  // Note: `a cane cutter and board member of the X`: two posts joined by `and` when the word before it names a person
  // (`-er`, `-ist`, `-ian`, `-ant`), not a qualifier list (`a health and safety officer`, `diversity, equity and inclusion consultant`).
  const pair = role ? PAIRED_POSTS.exec(role) : null;
  const second = pair ? keptRole(pair[2] ?? "") : null;
  if (pair && second) role = keptRole(pair[1] ?? "") ?? second;
  // Note: `Deputy Head of Crime Prevention Department at the City Police Office`: a unit named
  // without an article, then the body it belongs to: the unit is part of the post, the body after it the person's.
  const unit = organisation && role && link?.text === "of" && UNIT_HEADS.test(organisation.split(" ").at(-1) ?? "") ? UNIT_OF.exec(text.slice(tail, to)) : null;
  if (unit && organisation && role) {
    const index = tokens.findIndex((token) => token.start >= tail + unit[0].length);
    const body = index >= 0 && (tokens[index] as Token).start === tail + unit[0].length ? bodyFrom(text, tokens, index) : null;
    if (body && !/^\s*the\s/iu.test(text.slice((link as Token).end))) {
      role = `${role} of ${organisation}`;
      organisation = body;
      tail = (tokens[index] as Token).start + body.length;
    }
  }
  // Note: a second role joined by `and` (`… consultant and performing artist`) is kept as well, also
  // after the place the first is held in (`a teacher in Mendefera and an organiser of the X`).
  const place = organisation ? null : PLACE_BEFORE_AND.exec(text.slice(tail, to));
  if (place) tail += place[0].length;
  const and = AND.exec(text.slice(tail, to));
  // Note: `Chea Dara, 34, sewing supervisor, president of the X local union`: a second post set off
  // by a comma, lower-case and tied to a body, is kept as well.
  const comma = and ? null : SECOND_POST.exec(text.slice(tail, to));
  const more = and ? phraseAt(text, tail + and[0].length, to, true) : comma ? phraseAt(text, tail + comma[0].length, to) : NONE;
  const paired = second && role !== second ? [second] : [];
  return { evidence: true, role, organisation: organisation ?? lead ?? more.organisation, also: [...paired, ...(more.role ? [more.role] : []), ...more.also] };
}
