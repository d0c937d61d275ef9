/**
 * A name with no other evidence, by its shape alone: two or three capitalised words unknown to
 * the dictionary as ordinary words (`Iryna Arakhouskaya – 20 base amounts`). Guarded against
 * headlines, quoted titles, places (`province of Tbong Khmum`) and modifiers (`Haft Tapeh leaders`).
 */
import type { PersonCandidate } from "../../records.js";
import { canFollowName, isCommonWord, isFunctionWord, isGivenName, isNoun } from "../nlp.js";
import { isHeadline } from "../organisations/headline.js";
import type { Extractor } from "../types.js";
import { DOCUMENT_HEADS, ORG_HEADS } from "../organisations/lexicon.js";
import { ARTICLES, FILIAL_PARTICLES, PARTICLES, PATRONYMIC_PARTICLES, TITLE_WORDS } from "./lexicon.js";
import { isNounShaped, personCandidate, plausibleName, type NameChunk } from "./names.js";
import { located } from "./scan.js";
import { vocabularyOf } from "../../language/vocabulary.js";
import { isCapitalised, shortGivenName, tokenize } from "./tokens.js";
import { burmeseName } from "./burmese.js";
import { vietnameseName } from "./vietnamese.js";
import { chineseGivenName } from "./family-first.js";
import { MONTH_ABBREVIATIONS } from "../dates/patterns.js";

const PLACE_OR_THING_BEFORE = /(?:\b(?:company|firm|factory|employer|union|newspaper|group|organi[sz]ation),|\d\p{L}*|\b(?:of|in|at|from|to|near|into|the|a|an|website|province|city|district|region|town|village)|[‘“"'«])\s*$/u;


/**
 * A term or penalty given `to` the name (`gave eight days of administrative detention to Levan
 * Tsiklauri`): after such a `to` comes a person, not a place.
 */
const GIVEN_TO = /\b(?:days?|weeks?|months?|years?|detention|arrest|prison|imprisonment|jail|sentences?|terms?|fines?|penalt(?:y|ies)|probation)(?:\s+(?:of|in|behind|bars|administrative|police|prison|jail|detention|arrest|imprisonment|custody|each|apiece|suspended|restricted|freedom|hard|labou?r|corrective|the|a|an))*\s+to\s*$/iu;

/**
 * A verb of speaking, writing or handing over whose `to` leads to its addressee (`spoke to Ramesh
 * Boodoo`, `wrote on Monday to Ana Lima`, `the sentence a magistrate handed down on Friday to …`):
 * after such a `to` comes a person as often as a body. Note: not verbs of moving (`sent to`,
 * `moved to`, `travelled to`), whose `to` leads to a place.
 */
const SPOKEN_TO = /\b(?:spoke|speaks?|speaking|talked|talking|talks?|wrote|writes?|writing|written|said|says|explained|complained|replied|apologi[sz]ed|handed(?:\s+down)?|hands?\s+down|gave|given|giving|awarded|addressed)(?:\s[^.;:!?"“”]{0,40}?)?\sto\s*$/iu;

/** A `to` that leads to a person: a penalty given to them, or words spoken, written or handed to them. */
const toPerson = (lead: string): boolean => GIVEN_TO.test(lead) || SPOKEN_TO.test(lead);

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

/** `and`/`or` in Spanish, Portuguese and French: a list goes on after the name (`Selvin Ramírez Coc y Óscar Ramírez Coc`). */
const ROMANCE_AND = new Set(["y", "e", "et", "o", "ou", "u"]);

/** A lower-case adverb after the name (`… reportedly received`): a clause goes on. */
const ADVERB = /^\p{Ll}{3,}ly$/u;
/**
 * A time adverbial after a verb's object (`Police arrested Nimal Perera last month.`, `… detained Ana Ruiz yesterday`):
 * the clause goes on past the name, not a modifier of the words after it.
 */
/**
 * A full date right before the name (`On 12 March 2025 Daniyar Seitkali was detained`, `On September 3, 2024 X …`,
 * `Le 12.03.2025 X …`): its year is no number the name counts or a place's (`15 Avenue`), the name opens the clause.
 */
const DATE_BEFORE =
  new RegExp(String.raw`(?:(?<!\p{L})(?:${MONTH_ABBREVIATIONS})\p{L}*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\d{1,2}[./-]\d{1,2}[./-])(?:19|20)\d{2},?\s+$`, "iu");
/** A verb's past form right before the name, whose object it is (`arrested`, `detained`, `took`). */
const VERB_BEFORE = /(?<!\p{L})(?:\p{Ll}{2,}ed|took|held|caught|beat|sent|brought)\s+$/u;
const TIME_AFTER =
  /^(?:yesterday|today|tonight|(?:last|this|next)\s+(?:week|month|year|night|morning|evening|weekend|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december))(?!\p{L})/iu;

/**
 * One romanised Korean or Chinese syllable (`seung`, `cheuk`, `kyung`, `jeou`, `hye`): an onset,
 * a glide, one or two vowels and a final consonant, each optional but the vowel.
 */
const SYLLABLE = /^(?:ch|kk|tt|pp|ss|jj|sh|ts|hw|kw|gw|[bcdfghj-nprstwyz])?[wy]?[aeiou]{1,2}[uoiy]?(?:ng|[nmklptrh])?$/u;
/** A given name of two syllables joined by a hyphen, the second in lower case (`Seung-woo`, `Cheuk-yan`). */
const SYLLABLE_PAIR = /^(\p{Lu}\p{Ll}{0,5})-(\p{Ll}{1,6})$/u;
/** Prefixes of hyphened English words of that shape (`Re-run`, `Non-stop`, `Co-op`). */
const NOT_SYLLABLE_FIRST = new Set(["re", "de", "non", "ex", "co"]);

/**
 * A Korean or Chinese name of a one-word family name and a hyphened two-syllable given name, in
 * either order (`Oh Seung-woo`, `Park Ji-hoon`, `Cheuk-yan Lee`): the family name may be an English
 * word (`Oh`, `Park`, `Song`, `Bang`), since the given name's shape is the evidence. Note: an English
 * compound (`Mass Sit-in`, `Staff Co-op`, `Re-run`) is no such name: it ends in a preposition or opens with a prefix.
 */
export function hyphenedSyllableName(name: readonly { text: string }[]): boolean {
  if (name.length !== 2) return false;
  const pairAt = name.findIndex((t) => SYLLABLE_PAIR.test(t.text));
  const family = name[1 - pairAt]?.text ?? "";
  const [, one = "", two = ""] = SYLLABLE_PAIR.exec(name[pairAt]?.text ?? "") ?? [];
  const head = one.toLowerCase();
  return pairAt >= 0 && /^\p{Lu}\p{Ll}{0,5}$/u.test(family) && SYLLABLE.test(head) && SYLLABLE.test(two) &&
    !NOT_SYLLABLE_FIRST.has(head) && !isFunctionWord(two) && !isCommonWord(name[pairAt]?.text ?? "");
}

/**
 * A capitalised gerund of a known verb opening the words (`Combatting Rumours`, a law's title; `Organising
 * Committee`): a name's first word is never one, though family names may end so (`Xiong`, `Fleming`, a given name
 * `Blessing`): the word must be known without the `-ing` (`combat` from `Combatting`, `organise` from `Organising`).
 */
function gerund(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,}?)(\p{Ll})?ing$/u.exec(word);
  if (!m || isGivenName(word)) return false;
  const stem = `${m[1] ?? ""}${m[2] ?? ""}`.toLowerCase();
  const doubled = m[2] !== undefined && (m[1] ?? "").endsWith(m[2]) ? (m[1] ?? "").toLowerCase() : null;
  return [stem, `${stem}e`, doubled].some((verb) => verb !== null && verb.length >= 3 && isCommonWord(verb));
}

/** A single capital and its full stop (`K.`, the `W` and `M` of `W.M.`). */
const INITIAL = /^\p{Lu}$/u;

/** A line's start, perhaps after a Markdown heading's or item's mark: where `V.` or `A.` is a label. */
const LABEL_BEFORE = /(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+)?$/u;

/** How many initials open the name, before at least one word (`K. Palanisamy` → 1, `W.M. Nimal Jayasinghe` → 2). */
function leadingInitials(text: string, name: readonly { text: string; end: number }[]): number {
  let count = 0;
  while (count < name.length - 1 && INITIAL.test(name[count]?.text ?? "") && text.charAt(name[count]?.end ?? 0) === ".") count++;
  return count;
}

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
  // two capitalised words is none either (`Tharindu de Silva Wickramaratne`, `Grace Nduta wa Kariuki`), nor
  // are particles in a row before one (`Tigist van der Berg`).
  const particle = (t: (typeof name)[number], i: number): boolean =>
    inner && i > 0 && i < name.length - 1 && PARTICLES.has(t.text) && isCapitalised(name.slice(i + 1).find((x) => !PARTICLES.has(x.text))?.text ?? "");
  // Note: nor are initials opening the name, South Indian, Sri Lankan and Mongolian names' father's or family
  // name written short (`K. Palanisamy`, `A. M. Fathima Rifka`, `L. Tsogtbaatar`): one word may then follow.
  // Note: in English letters only: in French ones `M.` before one word is the form of address (`M. Tchalla`).
  const initials = inner ? leadingInitials(text, name) : 0;
  const words = name.filter((t, i) => i >= initials && !FILIAL_PARTICLES.has(t.text) && !PATRONYMIC_PARTICLES.has(t.text) && !middleInitial(t, i) && !short(t, i) && !particle(t, i));
  if (initials > 0 && (words.length === 0 || (words.length === 1 && (words[0]?.text.length ?? 0) < 3))) return false;
  // Note: one letter and its full stop opening a line labels a section or an item (`V. Caso Sinor`, `A. Background`).
  if (initials === 1 && LABEL_BEFORE.test(text.slice(Math.max(0, (name[0]?.start ?? 0) - 8), name[0]?.start ?? 0))) return false;
  const vietnamese = vietnameseName(name);
  // Note: the Chinese family name `He` is the pronoun to the dictionary (family-first.ts lets it open a chunk before a Pinyin given name).
  const chinese = name.length === 2 && name[0]?.text === "He" && chineseGivenName(name[1]?.text ?? "");
  const wordShaped = hyphenedSyllableName(name) || vietnamese || chinese || burmeseName(words, isCommonWord) || words.every((t) => isCapitalised(t.text) && !isCommonWord(t.text) && !isNounShaped(t.text));
  if (chunk.title.length > 0 || (words.length > 3 && !vietnamese) || !wordShaped || gerund(name[0]?.text ?? "")) return false;
  // Note: outside English letters, a capitalised article opens a place's or a title's name (`La Habana`,
  // `«La Rueda Libre»`, `Le Havre`), never a person's by shape alone (`Le Sokha` in an English letter stays).
  if (!inner && ARTICLES.has(name[0]?.text.toLowerCase() ?? "")) return false;
  const first = name[0];
  const last = name.at(-1);
  // Note: only within the paragraph: a dateline's year above is no number before the name (`15 March 2025` / `Otieno Wekesa and …`).
  if (!first || !last) return false;
  const lead = text.slice(Math.max(0, first.start - 12), first.start).replace(/^[\s\S]*\n[ \t]*\n/u, "");
  const wide = text.slice(Math.max(0, first.start - 40), first.start);
  if (PLACE_OR_THING_BEFORE.test(lead) && !(/\bto\s*$/u.test(lead) && toPerson(wide)) && !DATE_BEFORE.test(wide)) return false;
  if (inFieldList(text, first.start, last.end)) return false;
  const next = tokenize(text, last.end, Math.min(text.length, last.end + 30))[0];
  const gap = next ? text.slice(last.end, next.start) : "";
  // Note: the words of a law's name before its head (`the Sedition and Subversive Activities Act`).
  if (next && /^[ \u00a0]+$/u.test(gap) && /^\p{Lu}/u.test(next.text) && DOCUMENT_HEADS.has(next.text.toLowerCase()) && !isGivenName(next.text)) return false;
  const clauseGoesOn = (word: string): boolean => canFollowName(word) || ROMANCE_AND.has(word) || (ADVERB.test(word) && !isNoun(word)) || (VERB_BEFORE.test(lead) && TIME_AFTER.test(text.slice(next?.start ?? 0, (next?.start ?? 0) + 20)));
  return !(next && /^\s+$/u.test(gap) && /^\p{Ll}/u.test(next.text) && !clauseGoesOn(next.text)) && !/^[’'"”]/u.test(gap);
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
