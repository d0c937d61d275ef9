/**
 * Roles and organisations stated next to a name: before it (`Finance Minister`, `freelance
 * journalists`, `ZCTU regional manager`) or after it (`, a representative of the MTZ strike committee`).
 */
import { isCommonWord, isDemonym, lexiconTags } from "../nlp.js";
import { orgChunks, spanText } from "../organisations/chunks.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import { DESCRIPTIONS, RELATIONS, ROLE_HEADS, TITLE_WORDS } from "./lexicon.js";
import { isAcronymShaped, isCapitalised, tokenize, type Token } from "./tokens.js";
import { headFirstVocabulary, TEMPORAL_QUALIFIERS } from "../../language/roles.js";
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

export const NONE: Context = { evidence: false, role: null, organisation: null, also: [] };

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
  let from = all.length > 1 && ARTICLE.test(all[0] ?? "") ? 1 : 0;
  // Note: an adverb of time dates the post and is no part of it (`then secretary`, `alors secrétaire général`).
  if (all.length > from + 1 && TEMPORAL_QUALIFIERS.has((all[from] ?? "").toLowerCase())) from++;
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
export const NOT_MODIFIERS = new Set([
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
 * representative`): not a post of its own (`the journalists' lawyer` is the
 * journalists' lawyer), nor a body's or a medium's noun (`the union's treasurer`, `the newspaper's editor`).
 */
// Note: not a plural in `s'` (`the defendants' lawyer` is the defendants' lawyer: heldout7's gold).
export const possessiveModifier = (token: Token, gap: string): boolean =>
  /^['’]s\s+$/u.test(gap) && /^\p{Ll}/u.test(token.text) && !isPostWord(token.text) && !ORG_HEADS.has(token.text.toLowerCase()) && lexiconTags(token.text).some((tag) => tag === "Plural" || tag === "Actor");

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
export const UNIT_HEADS = /^(?:Department|Division|Unit|Section|Desk|Office|Bureau|Committee|Board|Branch|Programme|Program|Service)s?$/u;

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

export { PAIRED_POSTS, phraseAt, roleAfter } from "./roles-after.js";
