/** Placeholder until the people stage lands. */
import type { Organisation, Person, PersonCandidate } from "../records.js";
import type { TextContext } from "../extract/types.js";

export function resolvePeople(
  _context: TextContext,
  _found: PersonCandidate[],
  _organisations: Organisation[],
): Person[] {
  return [];
}
