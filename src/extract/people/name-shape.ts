/**
 * A name with no other evidence, by its shape alone: two or three capitalised words unknown to
 * the dictionary as ordinary words (`Iryna Arakhouskaya – 20 base amounts`). Guarded against
 * headlines, quoted titles, places (`province of Tbong Khmum`) and modifiers (`Haft Tapeh leaders`).
 */
import type { PersonCandidate } from "../../records.js";
import { canFollowName, isCommonWord, isGivenName, isNoun } from "../nlp.js";
import { isHeadline } from "../organisations/headline.js";
import type { Extractor } from "../types.js";
import { DOCUMENT_HEADS, ORG_HEADS } from "../organisations/lexicon.js";
import { FILIAL_PARTICLES, PARTICLES, PATRONYMIC_PARTICLES, TITLE_WORDS } from "./lexicon.js";
import { personCandidate, plausibleName, type NameChunk } from "./names.js";
import { located } from "./scan.js";
import { vocabularyOf } from "../../language/vocabulary.js";
import { isCapitalised, shortGivenName, tokenize } from "./tokens.js";

const PLACE_OR_THING_BEFORE = /(?:\b(?:company|firm|factory|employer|union|newspaper|group|organi[sz]ation),|\d\p{L}*|\b(?:of|in|at|from|to|near|into|the|a|an|website|province|city|district|region|town|village)|[‘“"'])\s*$/u;

/**
 * English abstract and collective noun endings (`Criminal Defamation`, `Jasic Technology`, `Civil
 * Protection Units`, `La Nation`): the dictionary misses many such words, but no name is built so.
 */
// Note: not `-ance`/`-ence`, which end given names (`Constance`, `Florence`), and `-ment`/`-ity`
// only after four letters (`Clement`); a known given name (`Felicity`) is never one.
const NOUN_ENDING = /^\p{Lu}\p{Ll}+(?:tion|sion|ology|ness|ship|hood)s?$|^\p{Lu}\p{Ll}{3,}(?:ment|ity|ism)s?$/u;
const isNounShaped = (word: string): boolean => NOUN_ENDING.test(word) && !isGivenName(word);

/** `Minister of Justice, ` or `Ministry of Labour, ` right before, and ` and ` a capital after. */
const FIELD_LIST_BEFORE = /(\p{L}+)\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?,\s+$/u;

/**
 * True for words inside the list of fields of a post's or body's `of` tail (`Minister of Justice,
 * Islamic Affairs and Waqf`): the comma list names portfolios, not people.
 */
function inFieldList(text: string, start: number, end: number): boolean {
  if (!/,\s+$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const head = FIELD_LIST_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.toLowerCase();
  return head !== undefined && (TITLE_WORDS.has(head) || ORG_HEADS.has(head)) && /^\s+and\s+\p{Lu}/u.test(text.slice(end, end + 8));
}

/** A lower-case adverb after the name (`… reportedly received`): a clause goes on. */
const ADVERB = /^\p{Ll}{3,}ly$/u;

/** True when a chunk is a name by its shape alone (see the rule below). */
export function shaped(text: string, chunk: NameChunk, inner = false): boolean {
  const { name } = chunk;
  // Note: filial and patronymic particles inside the name (`Elvin Rauf oglu Mammadli`, `Siti Aminah
  // binti Yusof`) are not counted as words; Romance ones are, so that shape alone never makes a
  // person of `Ley de Aguas` or `Tercero de Sentencia` (a law, a court) in a Spanish letter.
  // Note: a middle initial is no word either (`Rehema T. Mbwana`).
  const middleInitial = (t: (typeof name)[number], i: number): boolean => i > 0 && i < name.length - 1 && /^\p{Lu}$/u.test(t.text) && text.charAt(t.end) === ".";
  // Note: nor a given name written short (`Ma. Lourdes Sarmiento-Ong`, `Md. Abul Kashem`).
  const short = (t: (typeof name)[number], i: number): boolean => i === 0 && name.length > 2 && shortGivenName(text, t);
  // Note: with `inner` (an English letter, where no Romance law or court is named so), a particle between
  // two capitalised words is none either (`Tharindu de Silva Wickramaratne`, `Grace Nduta wa Kariuki`).
  const particle = (t: (typeof name)[number], i: number): boolean => inner && i > 0 && i < name.length - 1 && PARTICLES.has(t.text) && isCapitalised(name[i + 1]?.text ?? "");
  const words = name.filter((t, i) => !FILIAL_PARTICLES.has(t.text) && !PATRONYMIC_PARTICLES.has(t.text) && !middleInitial(t, i) && !short(t, i) && !particle(t, i));
  if (chunk.title.length > 0 || words.length > 3 || !words.every((t) => isCapitalised(t.text) && !isCommonWord(t.text) && !isNounShaped(t.text))) return false;
  const first = name[0];
  const last = name.at(-1);
  if (!first || !last || PLACE_OR_THING_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))) return false;
  if (inFieldList(text, first.start, last.end)) return false;
  const next = tokenize(text, last.end, Math.min(text.length, last.end + 30))[0];
  const gap = next ? text.slice(last.end, next.start) : "";
  // Note: the words of a law's name before its head (`the Sedition and Subversive Activities Act`).
  if (next && /^[ \u00a0]+$/u.test(gap) && /^\p{Lu}/u.test(next.text) && DOCUMENT_HEADS.has(next.text.toLowerCase()) && !isGivenName(next.text)) return false;
  return !(next && /^\s+$/u.test(gap) && /^\p{Ll}/u.test(next.text) && !canFollowName(next.text) && !(ADVERB.test(next.text) && !isNoun(next.text))) && !/^[’'"”]/u.test(gap);
}

export const nameShapeRule: Extractor<PersonCandidate> = {
  id: "people/name-shape",
  type: "person",
  extract(context) {
    const { text } = context;
    // Note: in French and Spanish, a body or place noun and `de` make the words after it a place (`tribunal de …`).
    const place = vocabularyOf(context.language)?.placeBefore[0];
    const placed = (chunk: NameChunk): boolean => place !== undefined && place.test(text.slice(Math.max(0, (chunk.name[0]?.start ?? 0) - 30), chunk.name[0]?.start));
    return located(context)
      .filter(({ chunk, sentence }) => plausibleName(text, chunk) && shaped(text, chunk, context.language === "en") && !isHeadline(text, sentence) && !placed(chunk))
      .map(({ chunk }) => personCandidate(text, chunk));
  },
};
