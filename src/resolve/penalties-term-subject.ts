/**
 * A penalty told before as the subject of its change (`On appeal the prison term was reduced to six years`): the people
 * of the last penalty told just before (session 24).
 */
import type { Person } from "../records.js";
import type { Letter, PenaltySite } from "./penalties-site.js";

/**
 * A penalty told before as the subject of a passive (`On appeal the prison term was reduced to six years`, `the sentences
 * were later cut to`): no person of its own (session 24).
 */
const TERM_CHANGED = /\b(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+)?(?:sentences?|terms?|penalt(?:y|ies)|punishments?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|then\s+|also\s+|subsequently\s+|eventually\s+)?$/iu;
/** How many sentences back the penalty a TERM_CHANGED subject restates may be told. */
const CHANGED_REACH = 2;
/** The people of the last penalty before the site, in its sentence or the CHANGED_REACH before it; empty when none. */
function lastPenalised(letter: Letter, site: PenaltySite): Person[] {
  const from = site.previous[CHANGED_REACH - 1]?.start ?? site.previous.at(-1)?.start ?? site.window.start;
  const earlier = letter.penalised.filter((p) => !p.fine && p.start >= from && p.start < site.start);
  const last = earlier.at(-1);
  return last ? [...new Map(earlier.filter((p) => p.start === last.start).map((p) => [p.person.id, p.person])).values()] : [];
}

/** The people a TERM_CHANGED lead (the text of the penalty's clause before it) stands for; empty when it is none. */
export function changedTerm(letter: Letter, site: PenaltySite, lead: string): Person[] {
  return TERM_CHANGED.test(lead) ? lastPenalised(letter, site) : [];
}
