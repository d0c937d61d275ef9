/**
 * Forms of address that look like initials (`M.` for Monsieur in French): read as a form of
 * address only in a document of that language and only before two or more full words (`M. Jean
 * Roux`), since `M. Roux` and, in English, `M. Selvaraj` are names with an initial.
 */
import type { NameChunk } from "../extract/people/names.js";
import type { Vocabulary } from "./vocabulary.js";

/** The chunk with a leading initial form of address moved from its name to its title; the chunk itself otherwise. */
export function withInitialHonorific(text: string, chunk: NameChunk, vocabulary: Vocabulary | null): NameChunk {
  const [first, ...rest] = chunk.name;
  if (!vocabulary || !first || !vocabulary.initialHonorifics.includes(first.text) || text.charAt(first.end) !== ".") return chunk;
  if (rest.length < 2 || rest.some((token) => /^\p{Lu}$/u.test(token.text))) return chunk;
  return { ...chunk, title: [...chunk.title, first], name: rest };
}

/** True when `word` is one of the vocabulary's initial forms of address. */
export function isInitialHonorific(word: string, vocabulary: Vocabulary | null): boolean {
  return vocabulary?.initialHonorifics.includes(word) ?? false;
}
