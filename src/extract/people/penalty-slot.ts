/**
 * A name in a penalty's person slot, whose words may be ordinary English words (`sentenced Mark Brown
 * to`, `fined Grace Wood EUR 300`, `Kari Berg was sentenced`): the verb's grammar is the evidence the
 * given-name and name-shape rules find in the words themselves.
 * Note: the slot is narrow: the object of `sentenced`, `fined` or `jailed` followed by what the
 * penalty gives (`to`, an amount, `for`), or the subject of such a verb in the passive. A body in that
 * slot (`fined Radio Sol`, `Acme Logistics was fined`) is kept out by its head word.
 */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { isCommonWord, isFunctionWord } from "../nlp.js";
import { ORG_HEADS } from "../organisations/lexicon.js";
import { NOT_NAME_WORDS, PLACE_WORDS } from "./lexicon.js";
import { isNounShaped, personCandidate, plausibleName, type NameChunk } from "./names.js";
import { located } from "./scan.js";
import { isCapitalised } from "./tokens.js";

/** The verb right before the name: the court `sentenced`, `fined` or `jailed` it. */
const VERB_BEFORE = /(?<!\p{L})(?:sentenced|fined|jailed)[ \u00a0]+$/u;
/** After an object: what the penalty gives (`to two years`, `EUR 300`, `$500`, `for insulting`). */
const GIVES_AFTER = /^[ \u00a0]+(?:to[ \u00a0]+(?:\d|a[ \u00a0]|an[ \u00a0]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|life)|for[ \u00a0]+\p{Ll}|\p{Lu}{3}[ \u00a0]?\d|\p{Sc}[ \u00a0]?\d|\d)/u;
/** After a subject: the penalty's verb in the passive (`was sentenced`, `were each fined`, `has been jailed`). */
const PASSIVE_AFTER = /^[ \u00a0]+(?:was|were|is|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:(?:each|also|then|later|subsequently)[ \u00a0]+)?(?:sentenced|fined|jailed)(?!\p{L})/u;

/**
 * A plural or abstract noun's shape (`Logistics`, `Services`, `Management`): a company's name ends so
 * (`Acme Logistics`), a person's rarely (`Banks` is lost with it).
 */
const nounish = (word: string): boolean => isNounShaped(word) || (word.endsWith("s") && isCommonWord(word.slice(0, -1).toLowerCase()));

/** True when every word of the chunk can be a word of a name: capitalised, no function word, no body's or place's head. */
function nameWords(chunk: NameChunk): boolean {
  const { name } = chunk;
  if (name.length < 2 || name.length > 3 || chunk.title.length > 0) return false;
  return name.every((t) => {
    const lower = t.text.toLowerCase();
    return isCapitalised(t.text) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !isFunctionWord(lower) && !NOT_NAME_WORDS.has(lower) && !ORG_HEADS.has(lower) && !PLACE_WORDS.has(lower) && !nounish(t.text);
  });
}

export const penaltySlotRule: Extractor<PersonCandidate> = {
  id: "people/penalty-slot",
  type: "person",
  extract(context) {
    const { text } = context;
    // Note: English grammar; French and Spanish letters name people in this slot with their own rules.
    if (context.language !== "en") return [];
    return located(context)
      .filter(({ chunk }) => {
        const first = chunk.name[0];
        const last = chunk.name.at(-1);
        if (!first || !last || !nameWords(chunk) || !plausibleName(text, chunk)) return false;
        const before = text.slice(Math.max(0, first.start - 12), first.start);
        const after = text.slice(last.end, last.end + 40);
        return (VERB_BEFORE.test(before) && GIVES_AFTER.test(after)) || PASSIVE_AFTER.test(after);
      })
      .map(({ chunk }) => personCandidate(text, chunk));
  },
};
