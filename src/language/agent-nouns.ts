/**
 * French and Spanish nouns of agents as a class (issue ties19): a job or post written with an agent
 * ending (`-eur`, `-rice`, `-ier`, `-ien`, `-iste`; `-ero`, `-era`, `-dor`, `-tor`, `-ista`), masculine
 * or feminine, that no list of ours names: `présentatrice`, `grutier`, `coordonnateur`, `technicien`,
 * `caricaturiste`, `cochero`, `camillera`, `operador`, `colaboradora`. The English side is
 * language/occupations.ts (compromise's `Actor` tag); these languages have no lexicon here, so the
 * ending is the class, less the common words that share it (each vocabulary's `notAgents`).
 * Note: only a word written in lower case: a capitalised one may be a name (`Julien`, `Rivera`,
 * `Mercier`, `Salvador`); and no word compromise knows as English (`camera`, `era`, `hero`, `earlier`,
 * `sector`), so an English letter reads none of its words as one.
 */
import { lexiconTags } from "../extract/nlp.js";
import { memoised } from "../extract/memo.js";
import { allVocabularies, type Vocabulary } from "./vocabulary.js";

/** The singular of a lower-case word (`présentatrices` → `présentatrice`, `cocheros` → `cochero`). */
const singular = (word: string): string => word.replace(/(?<=[^s])s$/u, "");

/** The vocabulary whose agent ending `word` (lower case, singular or plural) has, or null. */
export const agentVocabulary = memoised((word: string): Vocabulary | null => {
  if (!/^\p{Ll}/u.test(word)) return null;
  const form = singular(word);
  if (lexiconTags(form).length > 0 || lexiconTags(word).length > 0) return null;
  return allVocabularies().find((v) => v.agentEnding[0].test(form) && !v.notAgents.includes(form) && !v.notAgents.includes(word)) ?? null;
});
