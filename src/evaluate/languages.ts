/**
 * Splits scored documents by the language casebook read them in, so a set that mixes English,
 * French and Spanish letters is reported per language as well as in all (the corpora are scored
 * apart for the same reason: one language's figures must not hide another's).
 */
import type { Pair } from "./load.js";

/** Label for a document whose language is unknown (no actual file, or too short to tell). */
export const UNKNOWN_LANGUAGE = "?";

/** Pairs grouped by the actual document's `language`, largest group first, then by code. */
export function pairsByLanguage(pairs: readonly Pair[]): { language: string; pairs: Pair[] }[] {
  const groups = new Map<string, Pair[]>();
  for (const pair of pairs) {
    const language = pair.actual?.document.language ?? UNKNOWN_LANGUAGE;
    groups.set(language, [...(groups.get(language) ?? []), pair]);
  }
  return [...groups]
    .map(([language, members]) => ({ language, pairs: members }))
    .sort((a, b) => b.pairs.length - a.pairs.length || a.language.localeCompare(b.language));
}
