/** The kind of penalty a phrase names in a vocabulary read by rows (language/fr.ts, es.ts `kinds`), or null. */
import type { Vocabulary } from "../../language/vocabulary.js";
import type { SentenceKind } from "../../records.js";

export function languageKind(vocabulary: Vocabulary, phrase: string): SentenceKind | null {
  for (const [pattern, kind] of vocabulary.kinds) if (pattern.test(phrase)) return kind;
  return null;
}
