/**
 * An office's remit after `for` or `of` is part of the post (`secretary for gender affairs`, `head
 * of corporate communications`, `Head of Communications`, `Minister of Labour and Social
 * Security`); where a post is held, or the body it is held in, is not (`secretary for the Northern
 * Zone`, `Director of Human Rights Watch`). Moved from roles.ts (session 22).
 */
import { isGivenName, lexiconTags } from "../nlp.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import { isAcronymShaped } from "./tokens.js";

/** Parts of speech that end a post's words (roles.ts) and a lower-case remit. */
export const STOP_TAGS = new Set(["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "Verb", "PastTense", "Gerund", "Infinitive", "Copula", "Modal", "PresentTense", "Auxiliary", "QuestionWord"]);

/**
 * Office nouns whose holder is given a remit after `for` or `of` (`secretary for gender affairs`,
 * `head of corporate communications`, `Minister for Labour`): the remit is part of the post.
 */
const OFFICES = /^(?:secretary|secretary-general|officer|minister|commissioner|coordinator|director|rapporteur|delegate|head|adviser|advisor|spokes(?:person|man|woman)|chair(?:person|man|woman)?|convenor|convener)$/iu;
/** Lower-case words that open no remit: articles, possessives, quantities and spans of time (`for many years`, `for life`). */
const NO_REMIT = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|all|both|each|every|some|any|many|several|more|most|about|over|nearly|almost|years?|months?|weeks?|days?|decades?|life|long|now|since|two|three|four|five|six|seven|eight|nine|ten|\d+)$/iu;

/** The singular of an office noun, without a prefix of rank (`vice-chairs` → `chair`). */
const office = (head: string): string =>
  head
    .toLowerCase()
    .replace(/^(?:vice|co|deputy|assistant|acting)-/u, "")
    .replace(/ies$/u, "y")
    .replace(/(?<=[^s])s$/u, "");

/**
 * A capitalised remit after a capitalised office: `for`/`of`, then capitalised words (a list's words
 * joined by commas and a last `and`: `Employment, Productivity and Workplace Relations`).
 */
const CAPITALISED = /^\s+(?:for|of)\s+(\p{Lu}[\p{L}'’-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}'’-]*){0,6})/u;

/** Tags of a name, a place or a body: no remit (`of Oxfam`, `for Kenya`). */
const NAMED = /Person|Name|Place|Country|City|Region|Organization/u;
/** Endings of abstract nouns (`Litigation`, `Employment`, `Security`, `Relations`). */
const ABSTRACT = /(?:tion|sion|ment|ity|ism|ship|ness|ics|ogy|ance|ence|acy)s?$/u;

/** A remit word: no acronym, body's head (`Union`, `Watch`, `International`), name or place; `and` passes. */
const remitWord = (word: string): boolean => {
  if (word === "and") return true;
  const bare = word.replace(/['’]s?$/u, "");
  return !isAcronymShaped(bare) && !ORG_HEADS.has(bare.toLowerCase()) && !isGivenName(bare) && !lexiconTags(bare.toLowerCase()).some((tag) => NAMED.test(tag));
};
/** An ordinary word the dictionary knows, or an abstract noun by its ending. */
const knownWord = (word: string): boolean => word !== "and" && (lexiconTags(word.replace(/['’]s?$/u, "").toLowerCase()).length > 0 || ABSTRACT.test(word));

/**
 * The capitalised remit after a capitalised office noun (` of Communications`, ` for Employment,
 * Productivity and Workplace Relations`): every word a remit word, a list's commas closed by
 * `and`, no capitalised word going on after it; its length in characters, or 0.
 */
function capitalisedRemit(text: string, at: number): number {
  const window = text.slice(at, at + 120);
  const match = CAPITALISED.exec(window);
  if (!match) return 0;
  const segments = (match[1] ?? "").split(/,\s+/u);
  // Note: every word may be a remit's, and one is known as an ordinary word (`Kesho` alone names a body).
  const plain = (segment: string): boolean => segment.split(/\s+/u).every(remitWord) && segment.split(/\s+/u).some(knownWord);
  if (!plain(segments[0] ?? "")) return 0;
  // Note: commas only inside a list closed by `and` (`A, B and C`); `Minister of Labour, Hon. X` ends at the comma.
  let kept = 1;
  for (let j = 1; j < segments.length && segments.slice(1, j + 1).every(plain); j++) if (/\sand\s/u.test(segments[j] ?? "")) kept = j + 1;
  // Note: the remit's end in the text: before the comma that opens the first segment left out.
  const commas = [...(match[1] ?? "").matchAll(/,\s+/gu)];
  const cut = commas[kept - 1]?.index;
  const length = match[0].length - (match[1] ?? "").length + (cut ?? (match[1] ?? "").length);
  const after = window.slice(length);
  if (/^\s+(?:and\s+|of\s+|for\s+)?\p{Lu}/u.test(after)) return 0;
  return length;
}

/**
 * The remit right after an office noun ending at `at` (` for gender affairs`, ` of organisation`):
 * `for` or `of`, then one to three lower-case words (a second joined by `and`), ending before
 * punctuation, a capitalised word, an article or a preposition; after a capitalised office, a
 * capitalised remit (`Head of Communications`); its length in characters, or 0.
 */
export function remitAfter(text: string, head: string, at: number): number {
  if (!OFFICES.test(office(head))) return 0;
  if (/^\p{Lu}/u.test(head)) {
    const capitalised = capitalisedRemit(text, at);
    if (capitalised > 0) return capitalised;
  }
  const match = /^\s+(?:for|of)\s+(\p{Ll}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Ll}[\p{L}'’-]*){0,2})/u.exec(text.slice(at, at + 80));
  if (!match) return 0;
  const words = (match[1] ?? "").split(/\s+/u);
  let n = 0;
  for (const word of words) {
    if (NO_REMIT.test(word) || (word !== "and" && lexiconTags(word).some((tag) => STOP_TAGS.has(tag) && tag !== "Infinitive" && tag !== "PresentTense"))) break;
    n++;
  }
  while (n > 0 && words[n - 1] === "and") n--;
  if (n === 0) return 0;
  const kept = words.slice(0, n).join(" ");
  return match[0].length - (match[1] ?? "").length + kept.length;
}
