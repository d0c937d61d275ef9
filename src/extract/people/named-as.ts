/**
 * A name the text says someone goes by: `a manager, who gave his name only as Somchai`, `a guard
 * identified only as Rahim`, `a worker named Ayodele Bankole`. The words around it say a person is
 * named, so one word is enough; it must not be an ordinary word, a place or a country.
 */
import type { PersonCandidate } from "../../records.js";
import { isCommonWord, isCountry, isPlaceName } from "../nlp.js";
import type { Extractor } from "../types.js";
import { DESCRIPTIONS, ROLE_HEADS } from "./lexicon.js";
import { isNounShaped, nameChunks, personCandidate, plausibleName } from "./names.js";
import { ORG_HEADS } from "../organisations/lexicon.js";

/** Nouns for a human that are neither posts nor descriptions in the lexicon (`a man named X`). */
const HUMAN_NOUNS = new Set(["man", "woman", "boy", "girl", "person", "individual", "colleague", "relative", "neighbour", "neighbor", "witness", "resident", "villager", "son", "daughter", "brother", "sister", "husband", "wife", "friend"]);

/** How a text introduces a name someone goes by: `[pattern, label, example]`; group 1 is a person noun where the pattern needs one. */
export const NAMED_AS: readonly (readonly [RegExp, string, string])[] = [
  [/\bgave[ \u00a0]+(?:only[ \u00a0]+)?(?:his|her|their)[ \u00a0]+(?:first[ \u00a0]+|full[ \u00a0]+|given[ \u00a0]+)?name[ \u00a0]+(?:only[ \u00a0]+|simply[ \u00a0]+|just[ \u00a0]+)?(?:as[ \u00a0]+)?$/u, "gave a name as", "a manager, who gave his name only as Somchai, said"],
  [/\bgave[ \u00a0]+only[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:first[ \u00a0]+|given[ \u00a0]+)?name,[ \u00a0]+$/u, "gave only a first name", "a guard who gave only his first name, Rahim, said"],
  [/\b(?:identified|known|referred[ \u00a0]+to)[ \u00a0]+(?:only|simply|just)[ \u00a0]+(?:by[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:first[ \u00a0]+)?name[ \u00a0]+)?as[ \u00a0]+$/u, "known only as", "a driver identified only as Bakhtiyor was fined"],
  [/\b(?:a|an|one|the|another)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}?(\p{Ll}+)[ \u00a0]+(?:named|called)[ \u00a0]+$/u, "a person named", "a worker named Ayodele Bankole was dismissed"],
];

/** True when a person noun (a post, a description or a human noun) heads the phrase before `named`. */
const personNoun = (word: string | undefined): boolean => word === undefined || HUMAN_NOUNS.has(word) || ROLE_HEADS.has(word) || DESCRIPTIONS.has(word);

/** A body's noun just before the phrase (`The union, known only as …`): the name is the body's. */
const HEAD_BEFORE = /\b(\p{Ll}+),?[ \u00a0]+(?:(?:which|that|who)[ \u00a0]+(?:is|was|are|were)[ \u00a0]+)?(?:identified|known|referred|named|called)\b[^,.;]*$/u;
const bodyBefore = (before: string): boolean => ORG_HEADS.has(HEAD_BEFORE.exec(before)?.[1] ?? "");

/** One to three capitalised words from `start`, then not another capitalised word. */
const NAME_AT = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}(?![ \u00a0]*\p{Lu})/u;

export const namedAsRule: Extractor<PersonCandidate> = {
  id: "people/named-as",
  type: "person",
  extract(context) {
    const { text } = context;
    // Note: the cheap test first: each pattern ends in one of these words (the test names the rule people/named-as).
    if (!/\b(?:name[ds]?|as|called)\b/u.test(text)) return [];
    const out: ReturnType<Extractor<PersonCandidate>["extract"]> = [];
    for (const match of text.matchAll(/\b(?:name,?|as|named|called)[ \u00a0]+(?=\p{Lu})/gu)) {
      const start = match.index + match[0].length;
      const before = text.slice(Math.max(0, start - 80), start);
      const row = NAMED_AS.find(([pattern]) => pattern.test(before));
      if (!row || !personNoun(row[0].exec(before)?.[1]) || bodyBefore(before)) continue;
      const words = NAME_AT.exec(text.slice(start, start + 60))?.[0];
      if (!words) continue;
      const chunk = nameChunks(text, { start, end: start + words.length })[0];
      if (!chunk || chunk.name.length === 0 || chunk.title.length > 0) continue;
      const single = chunk.name.length === 1 ? (chunk.name[0]?.text ?? "") : "";
      if (single ? isCommonWord(single) || isCommonWord(single.toLowerCase()) || isNounShaped(single) || isPlaceName(single) || isCountry(single) : !plausibleName(text, chunk)) continue;
      out.push(personCandidate(text, chunk));
    }
    return out;
  },
};
