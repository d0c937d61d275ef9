/**
 * Roles and organisations stated next to a name: before it (`Finance Minister`, `freelance
 * journalists`, `ZCTU regional manager`) or after it (`, a representative of the MTZ strike committee`).
 */
import { isCommonWord, isDemonym, lexiconTags } from "../nlp.js";
import { orgChunks, spanText } from "../organisations/chunks.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import { DESCRIPTIONS, RELATIONS, ROLE_HEADS, TITLE_WORDS } from "./lexicon.js";
import { isAcronymShaped, isCapitalised, tokenize, type Token } from "./tokens.js";
import { headFirstVocabulary, modifiersAfter } from "../../language/roles.js";
import { allVocabularies } from "../../language/vocabulary.js";
import { agentVocabulary } from "../../language/agent-nouns.js";
import { isOccupation } from "../../language/occupations.js";
import { remitAfter, STOP_TAGS } from "./remit.js";

/** What the words around a name say about it. `evidence` is set when they show a person. */
export interface Context {
  evidence: boolean;
  role: string | null;
  organisation: string | null;
  /** Further roles joined by `and`. */
  also: string[];
}

const NONE: Context = { evidence: false, role: null, organisation: null, also: [] };

/** `journalists` → `journalist` when the singular is a role or relation word. */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (ROLE_HEADS.has(lower) || RELATIONS.has(lower)) return lower;
  const stem = lower.replace(/e?s$/u, "");
  return ROLE_HEADS.has(stem) || RELATIONS.has(stem) ? stem : ROLE_HEADS.has(lower.slice(0, -1)) ? lower.slice(0, -1) : lower;
}

/** True when the word (singular or plural) is a role head or relation. */
export function isRoleWord(word: string): boolean {
  const s = singular(word);
  // Note: a prefixed post is its head's (`Vice-chairperson`, `co-founder`, `deputy-chair`).
  const head = s.replace(/^(?:vice|co|deputy|sub|assistant|acting|ex)-/iu, "");
  return ROLE_HEADS.has(s) || RELATIONS.has(s) || (head !== s && ROLE_HEADS.has(head));
}

/** A role word, or an occupation compromise knows (`headmaster`, `photojournalist`): the head of a post next to a name. */
export const isPostWord = (word: string): boolean => isRoleWord(word) || isOccupation(word) || agentVocabulary(word) !== null;

/** The singular of a post's head (`journalists` → `journalist`, `dockworkers` → `dockworker`). */
function postSingular(word: string): string {
  const head = singular(word);
  if (head !== word.toLowerCase() || !(isOccupation(word) || agentVocabulary(word))) return head;
  return word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.replace(/(?<=[^s])s$/u, "");
}

/** Organs whose members hold a post. */
const ORGANS = new Set(["board", "committee", "council", "executive", "staff", "presidium", "bureau", "secretariat"]);

/** Counts before a plural role (`two`, `3`, `both`, `all three`), no part of each one's post. */
const COUNTS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|both|all|deux|trois|quatre|cinq|plusieurs|tous|toutes|dos|tres|cuatro|cinco|seis|varios|varias|ambos|ambas|\d+)$/iu;
/**
 * An article opening a phrase (`The General Secretary` over a signature, `Le Président`, `La
 * tesorera`): the post is the words after it.
 */
// Note: and a body's possessive, which names whose post it is, not the post (`su secretaria de finanzas`, `son secrétaire`).
const ARTICLE = /^(?:the|a|an|le|la|les|l['’]|el|los|las|un|une|una|uno|its|their|son|sa|ses|leur|su|sus)$/iu;

/** The role to record for a phrase, or null when its head is a description or relation (`activist`, `wife`). */
export function keptRole(phrase: string): string | null {
  // Note: `two committee members, A and B`: the count is the list's, each member holds the post.
  const all = phrase.split(/\s+/u);
  const from = all.length > 1 && ARTICLE.test(all[0] ?? "") ? 1 : 0;
  const words = all.slice(from).filter((word, i, rest) => !(i < rest.length - 1 && COUNTS.test(word)));
  if (words.length === 0) return null;
  const last = words.at(-1) ?? "";
  const head = postSingular(last);
  // Note: a member of an organ holds a post (`executive board member`, `staff member`); a bare `member` does not.
  const organ = head === "member" && ORGANS.has((words.at(-2) ?? "").toLowerCase());
  if ((DESCRIPTIONS.has(head) && !organ) || RELATIONS.has(head)) return null;
  // Note: `an official of the union` says a post is held, not which one: no role (a qualified one stays: `local official`).
  if (words.length === 1 && head === "official") return null;
  // Note: a plural role before a list (`freelance journalists A and B`) is each person's singular role.
  const kept = last.length > head.length ? last.slice(0, head.length) : last;
  return [...words.slice(0, -1), kept].join(" ");
}

/**
 * Words that never modify a role though the dictionary may not say so: pronouns and
 * determiners (`its joint secretary`, `herself a worker`), prepositions (`against journalist X`),
 * ordinals and descriptions of the person rather than the post (`a third journalist`, `fellow
 * driver`, `slain opposition leader`).
 */
const NOT_MODIFIERS = new Set([
  "its", "his", "her", "their", "our", "my", "your", "herself", "himself", "themselves", "itself",
  "against", "and", "or", "all", "other", "another", "also", "was", "were", "is", "are", "be", "been",
  "fellow", "slain", "jailed", "imprisoned", "detained", "arrested", "late", "murdered", "killed",
  "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "several", "many", "some", "both", "each",
  // Note: French and Spanish `and` and articles (`, y la secretaria de finanzas, X` names the next person).
  ...allVocabularies().flatMap((v) => [v.and, ...v.articles]),
]);
/** Participles that belong to a title (`presiding judge`, `organising secretary`, `acting president`). */
export const TITLE_PARTICIPLES = new Set([
  "acting", "presiding", "organising", "organizing", "managing", "founding", "governing", "visiting", "outgoing", "incoming", "sitting",
]);
/**
 * Nouns that open a compound post (`shop steward`, `recording secretary`, `network coordinator`,
 * `District Judge`, `Principal Magistrate`, `State prosecutor`, `camera operator`): the dictionary
 * knows most as verbs, adjectives or gerunds, so the general test below would cut the post to its
 * head. Note: only words that are no verb before a person in a letter's usual wording (not
 * `release`, `free`, `jail`).
 */
export const COMPOUND_FIRST = new Set([
  "shop", "recording", "corresponding", "network", "press", "state", "district", "principal", "chief", "resident",
  "camera", "field", "research", "programme", "program", "communications", "campaign", "membership", "youth", "women's",
]);
// Note: `former` is kept (`former president`, corpus gold); a role word of its own ends the
// phrase (`labour rights advocates teacher X` → `teacher`), a body's name is the organisation.
const isModifier = (token: Token): boolean =>
  !NOT_MODIFIERS.has(token.text.toLowerCase()) &&
  !(isRoleWord(token.text) && singular(token.text) !== token.text.toLowerCase()) &&
  (TITLE_WORDS.has(token.text.toLowerCase()) ||
    COMPOUND_FIRST.has(token.text.toLowerCase()) ||
    TITLE_PARTICIPLES.has(token.text) ||
    (/^[\p{Ll}\d]/u.test(token.text) && !/\p{Lu}/u.test(token.text) && !/ing$|ed$/u.test(token.text) && !lexiconTags(token.text).some((tag) => STOP_TAGS.has(tag))));

/**
 * A lower-case plural possessive that says whom the post after it serves (`women's officer`, `youth's
 * representative`, `farmers' representative`): not a post of its own (`the journalists' lawyer` is the
 * journalists' lawyer), nor a body's or a medium's noun (`the union's treasurer`, `the newspaper's editor`).
 */
export const possessiveModifier = (token: Token, gap: string): boolean => {
  if (!/^\p{Ll}/u.test(token.text) || isPostWord(token.text) || ORG_HEADS.has(token.text.toLowerCase())) return false;
  if (/^['’]\s+$/u.test(gap)) return token.text.endsWith("s");
  return /^['’]s\s+$/u.test(gap) && lexiconTags(token.text).some((tag) => tag === "Plural" || tag === "Actor");
};

/**
 * A word the dictionary knows only as a verb, read as a noun after an article (`the state
 * prosecutor`): an article never stands before a verb.
 */
function nounAfterDeterminer(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (!token || !before || !/^(?:the|a|an)$/iu.test(before.text) || !/^\p{Ll}+$/u.test(token.text)) return false;
  const tags = lexiconTags(token.text);
  return tags.length > 0 && tags.every((tag) => tag === "Infinitive");
}

/**
 * A capitalised common noun opening a sentence or headline before a role (`Union leader X
 * sentenced`): capitalised only by its place, so it modifies the role as it would in lower case.
 */
function sentenceInitialNoun(text: string, token: Token, from: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.text) || isDemonym(token.text) || NOT_MODIFIERS.has(token.text.toLowerCase())) return false;
  const before = text.slice(Math.max(from, token.start - 3), token.start);
  if (!(token.start === from || /(?:^|[.!?]\s+|\n\s*)$/u.test(before))) return false;
  const lower = token.text.toLowerCase();
  return ORG_HEADS.has(lower) || lexiconTags(lower).includes("Singular");
}

/** The organisation chunk starting at `tokens[index]` (`Independent Trade Union of Miners`), or null. */
export function bodyFrom(text: string, tokens: Token[], index: number): string | null {
  const first = tokens[index];
  if (!first || !(isCapitalised(first.text) || isAcronymShaped(first.text))) return null;
  const lineEnd = text.indexOf("\n", first.start);
  const chunk = orgChunks(text, { start: first.start, end: lineEnd < 0 ? text.length : lineEnd }, 1)[0];
  return chunk ? spanText(text, chunk) : null;
}

/**
 * An office's whole title in apposition before a name: `the Minister of Justice and Public Order,
 * Mr A`, `the Special Rapporteur on the Rights of Migrants, Ms B`: a capitalised role word, `of`,
 * `for` or `on`, and capitalised words (with `and`, `of`, `the`) up to the comma and a form of
 * address (not `the Minister of Justice, Islamic Affairs and Endowments`: a comma inside the title).
 */
const OFFICE = /(?:^|\bthe\s+|[,;:(]\s*)((?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|for|on|the|\p{Lu}[\p{L}'’-]*)){0,10}),\s+(?:(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Hon)\.?\s+)*$/u;
/** A form of address, which must stand between the office and the name. */
const ADDRESSED = /\b(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Hon)\.?\s+$|^(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Hon)\b/u;

function officeBefore(before: string, after: string): string | null {
  if (!ADDRESSED.test(before) && !ADDRESSED.test(after)) return null;
  const match = OFFICE.exec(before);
  const phrase = match?.[1] ?? "";
  const head = match?.[2] ?? "";
  // Note: one office's holder (`Minister`), not a group (`Members of the X`) nor a description.
  if (!match || !isRoleWord(head) || singular(head) !== head.toLowerCase() || keptRole(head) === null || !/\p{Lu}[\p{L}'’-]*$/u.test(phrase)) return null;
  // Note: the words before the head are part of the title only when they are title words (`Deputy Minister`).
  const words = phrase.split(/\s+/u);
  return words.slice(0, words.indexOf(head)).every((word) => TITLE_WORDS.has(word.toLowerCase()) || COMPOUND_FIRST.has(word.toLowerCase()) || isRoleWord(word)) ? phrase : null;
}

/** The role phrase right before a name (optionally followed by a comma), and any body before it. */
export function roleBefore(text: string, from: number, nameStart: number): Context {
  const office = officeBefore(text.slice(Math.max(from, nameStart - 160), nameStart), text.slice(nameStart, nameStart + 6));
  if (office) return { evidence: true, role: office, organisation: null, also: [] };
  const tokens = tokenize(text, Math.max(from, nameStart - 120), nameStart);
  const ofBody = tokens.slice(-4);
  // Note: `The President of the federation Barnes Dlamini`: a role of a body named just before.
  if (ofBody.length === 4 && /^(?:of|for)$/u.test(ofBody[1]?.text ?? "") && ofBody[2]?.text === "the" && ORG_HEADS.has(ofBody[3]?.text.toLowerCase() ?? "") && isRoleWord(ofBody[0]?.text ?? "")) {
    return { evidence: true, role: keptRole(ofBody[0]?.text ?? ""), organisation: null, also: [] };
  }
  const head = tokens.at(-1);
  if (!head || !/^,?\s+$/u.test(text.slice(head.end, nameStart))) return NONE;
  if (!isPostWord(head.text)) {
    const unit = roleOfUnit(text, tokens);
    return unit.evidence ? unit : roleBeforeScope(text, from, tokens);
  }
  let first = tokens.length - 1;
  // Note: a French or Spanish role has its qualifiers after its head: the words before it are no part of it (`et la journaliste X`).
  while (first > 0 && tokens.length - first < 3 && !headFirstVocabulary(head.text)) {
    const previous = tokens[first - 1] as Token;
    const gap = text.slice(previous.end, (tokens[first] as Token).start);
    if (possessiveModifier(previous, gap)) {
      first--;
      continue;
    }
    if (!/^\s+$/u.test(gap)) break;
    if (!isModifier(previous) && !nounAfterDeterminer(tokens, first - 1) && !(first - 1 === 0 && sentenceInitialNoun(text, previous, from))) break;
    first--;
  }
  const phrase = text.slice((tokens[first] as Token).start, head.end);
  const before = tokens[first - 1];
  // Note: `writer and motor mechanic Alireza Saghafi`: a role joined by `and` before the role.
  // Note: and across a body's acronym (`former mayor and ZCTU administrator Charles Chikozho`).
  const link = isAcronymShaped(before?.text ?? "") ? first - 2 : first - 1;
  const other = tokens[link - 1];
  const former = tokens[link - 2]?.text === "former" ? tokens[link - 2] : undefined;
  const also = tokens[link]?.text === "and" && other && isRoleWord(other.text) && /^\s+$/u.test(text.slice(other.end, (tokens[link] as Token).start)) ? keptRole(text.slice((former ?? other).start, other.end)) : null;
  const organisation =
    before && /^\)?\s+$/u.test(text.slice(before.end, (tokens[first] as Token).start)) && isAcronymShaped(before.text)
      ? before.text
      : before && isCapitalised(before.text) && !isCommonWord(before.text) && !before.possessive ? before.text : null;
  return { evidence: true, role: keptRole(phrase), organisation, also: also ? [also] : [] };
}

/** Words of a post's scope after `at`, `in` or `for`: a place or a named unit (`Lira`, `the Northern Zone`), or `the` and a common noun (`the refinery`). */
const scopeWords = (words: readonly Token[]): boolean => {
  const rest = words[0]?.text === "the" ? words.slice(1) : words;
  if (rest.length === 0 || rest.some((w) => w.possessive)) return false;
  if (rest.every((w) => isCapitalised(w.text) && !isRoleWord(w.text))) return true;
  return words[0]?.text === "the" && rest.length <= 2 && rest.every((w) => /^\p{Ll}+$/u.test(w.text) && !lexiconTags(w.text).some((tag) => STOP_TAGS.has(tag)));
};

/**
 * A post, then its remit or where it is held, right before a name (`its secretary for education,
 * A`, `the branch chairperson at Lira, Mrs B`, `the regional secretary for the Northern Zone, Mr C`,
 * `the chief delegate at the refinery, D`): the post with its modifiers, and the remit kept in it; a
 * place or unit after `at`/`in`/`for` is no part of it.
 */
function roleBeforeScope(text: string, from: number, tokens: readonly Token[]): Context {
  const last = tokens.at(-1) as Token;
  for (let k = 1; k <= 4; k++) {
    const link = tokens[tokens.length - 1 - k];
    const head = tokens[tokens.length - 2 - k];
    if (!link || !head || /\S/u.test(text.slice(link.end, (tokens[tokens.length - k] as Token).start))) return NONE;
    if (!/^(?:at|for|in|of)$/u.test(link.text)) continue;
    if (!isRoleWord(head.text) || singular(head.text) !== head.text.toLowerCase() || /\S/u.test(text.slice(head.end, link.start))) return NONE;
    const remit = remitAfter(text, head.text, head.end);
    const keeps = remit > 0 && head.end + remit === last.end;
    if (!keeps && (link.text === "of" || !scopeWords(tokens.slice(-k)))) return NONE;
    const post = roleBefore(text, from, link.start);
    if (!post.evidence || !post.role) return NONE;
    return { ...post, role: keeps ? `${post.role}${text.slice(head.end, last.end)}` : post.role };
  }
  return NONE;
}

/**
 * A capitalised role of a unit right before a name (`CTUM - Head of Department, Daw Khaing
 * Thawza Aye`): a role word, `of`, and one to three capitalised words ending just before the name.
 */
const UNIT_HEADS = /^(?:Department|Division|Unit|Section|Desk|Office|Bureau|Committee|Board|Branch|Programme|Program|Service)s?$/u;

function roleOfUnit(text: string, tokens: readonly Token[]): Context {
  for (let k = 1; k <= 3; k++) {
    const of = tokens[tokens.length - 1 - k];
    const role = tokens[tokens.length - 2 - k];
    if (!of || !role || !tokens.slice(-k).every((token) => isCapitalised(token.text))) return NONE;
    if (of.text !== "of") continue;
    // Note: a unit of a body (`Head of Department`), not a place (`Magistrate of Coimbatore`).
    if (!isRoleWord(role.text) || !isCapitalised(role.text) || !UNIT_HEADS.test((tokens.at(-1) as Token).text)) return NONE;
    const title = tokens[tokens.length - 3 - k];
    const start = title && TITLE_WORDS.has(title.text.toLowerCase()) && isCapitalised(title.text) && /^\s+$/u.test(text.slice(title.end, role.start)) ? title : role;
    return { evidence: true, role: text.slice(start.start, (tokens.at(-1) as Token).end), organisation: null, also: [] };
  }
  return NONE;
}

const AGE = /^,\s*\d{1,3}\s*(?:,|and\b|\)|$)/u;
// Note: a bracket after the name holds an apposition too (`Hopewell Gumbo (former president of the X)`).
// Note: and a dash in a list's line (`1. Hoang Van Thach – former worker representative – 6 years`).
// Note: and a perfect copula (`Mr A has been RPAWUL's chairperson since 2021`), not a passive (`who had been charged alongside`).
const LEAD = /^(?:,\s+(?:(?:who\s+)?(?:is|was|(?:has|had)\s+been(?!\s+\p{Ll}+ed\b))\s+(?:also\s+)?)?|\s+(?:is|was|(?:has|had)\s+been(?!\s+\p{Ll}+ed\b))\s+(?:also\s+)?|\s\(|\s[–—]\s)(?:(?:a|an|the|its|his|her|their|our|son|sa|ses|leur|su|sus)\s+)?/u;

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
