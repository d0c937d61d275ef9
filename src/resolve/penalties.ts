/** Placeholder until the penalties stage lands. */
import type { DateRecord, Fine, FineCandidate, Person, Sentence, SentenceCandidate } from "../records.js";
import type { TextContext } from "../extract/types.js";

export interface PenaltyInput {
  sentences: SentenceCandidate[];
  fines: FineCandidate[];
  people: Person[];
  dates: DateRecord[];
  letterDate: string | null;
}

export function resolvePenalties(
  _context: TextContext,
  _input: PenaltyInput,
): { sentences: Sentence[]; fines: Fine[] } {
  return { sentences: [], fines: [] };
}
