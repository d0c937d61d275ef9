/**
 * A French form of address that looks like an initial (`M. Konaté` for Monsieur Konaté) written
 * before a surname alone: in a letter of that language, when one person of the letter has that
 * surname in full (`Seydou Konaté`), the mention is that person's, whatever their given name's
 * initial. `M. Roux` with no such person stays a name of its own (language/honorifics.ts), and in an
 * English letter `M. Revathi` is a name with an initial.
 */
import { vocabularyOf } from "../language/vocabulary.js";

/** The surname after an initial-like form of address (`M.`, `MM.`) in the letter's language, or null. */
export function addressedSurname(words: readonly string[], language: string | undefined): string | null {
  const vocabulary = vocabularyOf(language ?? "en");
  const [first, surname] = words;
  if (!vocabulary || words.length !== 2 || !first || !surname || !first.endsWith(".")) return null;
  return vocabulary.initialHonorifics.includes(first.slice(0, -1)) && /^\p{Lu}\p{Ll}/u.test(surname) ? surname : null;
}
