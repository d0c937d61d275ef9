/** Placeholder until the organisations stage lands. */
import type { Organisation, OrganisationCandidate } from "../records.js";
import type { TextContext } from "../extract/types.js";

export function resolveOrganisations(_context: TextContext, _found: OrganisationCandidate[]): Organisation[] {
  return [];
}
