/**
 * A name whose first word compromise's lexicon knows as a given name (`Alexander Lukashenko`,
 * `Bilal Erdoğan`), ending in a word that is not an ordinary English word.
 * Note: this is the part of compromise's person tagging that carries over to our chunks; running
 * its whole tagger costs ~3 ms a call and ~12k words/s, measured to add nothing on the corpus.
 */
import type { PersonCandidate } from "../../records.js";
import { isCommonWord, isGivenName } from "../nlp.js";
import type { Extractor } from "../types.js";
import { vocabularyOf } from "../../language/vocabulary.js";
import { personCandidate, plausibleName } from "./names.js";
import { isMonthGivenName } from "./name-words.js";
import { located } from "./scan.js";
import { shortGivenName } from "./tokens.js";
import { DESCRIPTIONS, ROLE_HEADS } from "./lexicon.js";
import { isEventNoun } from "../../language/events.js";
import { STRONG_ORG_HEADS } from "../organisations/lexicon.js";

/** After a name: a comma (or a body's bracketed acronym and a comma), perhaps a determiner, and up to four lower-case words. */
const POST_AFTER = /^(?:[ \u00a0]*\([\p{Lu}\p{N}-]{2,10}\))?,[ \u00a0]+(?:(?:a|an|the|its|our|their)[ \u00a0]+)?((?:[\p{Ll}-]+[ \u00a0,]*){1,4})/u;

/**
 * True when a post follows the name in apposition: then a last word that is also an English word
 * is a family name (`Joel Tan, press officer`, `Grace Park, a union organiser`).
 */
function postAfter(text: string, end: number): boolean {
  const words = POST_AFTER.exec(text.slice(end, end + 80))?.[1]?.split(/[ \u00a0,]+/u) ?? [];
  return words.some((word) => ROLE_HEADS.has(word) && !DESCRIPTIONS.has(word));
}

export const givenNameRule: Extractor<PersonCandidate> = {
  id: "people/given-name",
  type: "person",
  extract(context) {
    const { text } = context;
    // Note: in French and Spanish a place noun before the name makes it a place named after someone (`el reparto Pedro Díaz`).
    const place = vocabularyOf(context.language)?.placeBefore[0];
    const placed = (start: number): boolean => place !== undefined && place.test(text.slice(Math.max(0, start - 30), start));
    return located(context)
      .filter(({ chunk }) => chunk.title.length === 0 && plausibleName(text, chunk) && !placed(chunk.name[0]?.start ?? 0))
      .filter(({ chunk }) => {
        // Note: after a given name written short (`Md. Abul Kashem`, `Ma. Lourdes Reyes`) the next word is the given name.
        const short = chunk.name.length > 2 && chunk.name[0] !== undefined && shortGivenName(text, chunk.name[0]);
        const first = chunk.name[short ? 1 : 0]?.text ?? "";
        const last = chunk.name.at(-1)?.text ?? "";
        // Note: a month before an event's or a body's noun names the event or the body's sitting (`the June Conference`, `May Day`,
        // `the October Revolution`, `the March Council`), not a person.
        if (isMonthGivenName(first) && chunk.name.length === 2 && (isEventNoun(last) || STRONG_ORG_HEADS.has(last.toLowerCase()))) return false;
        return (isGivenName(first) || isMonthGivenName(first)) && (!isCommonWord(last) || postAfter(text, chunk.name.at(-1)?.end ?? 0));
      })
      .map(({ chunk }) => personCandidate(text, chunk));
  },
};
