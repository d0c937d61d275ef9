/**
 * A name whose last word ends in an apostrophe of its own (`Radio Aj Ral Ch'och'`, `Sawt
 * al-Shari'`; extract/organisations/apostrophe.ts): every rule ends it one mark short, the word
 * tokens stopping before a final apostrophe; the candidate takes the mark back.
 */
import type { OrganisationCandidate } from "../records.js";
import { ownApostrophe } from "../extract/organisations/apostrophe.js";

/** The candidate with its final apostrophe, when the mark is its last word's own. */
export function withFinalApostrophe(text: string, candidate: OrganisationCandidate): OrganisationCandidate {
  const { end, name } = candidate;
  if (!text.endsWith(candidate.text, end) || !name.endsWith(candidate.text.slice(-1)) || !ownApostrophe(text, end, name)) return candidate;
  const mark = text.charAt(end);
  return { ...candidate, end: end + 1, text: candidate.text + mark, name: name + mark };
}
