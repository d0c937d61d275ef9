/**
 * A body named after its people and cause (`Zimbabwe Lawyers for Human Rights`, extract/
 * organisations/cause.ts) has a cause after `for`/`against`; `Lawyers for A and B` has the
 * letter's own people there: the lawyers of those defendants, no body. The letter says who its
 * people are: a cause whose every word is a word of a person the letter names (`Lawyers for
 * Habimana and Uwizeyimana`, `Lawyers for Khin Myat Noe, Thet Naing Oo and …`) is no body. Decision in
 * docs/people-and-organisations.md (Session 23 (org)).
 */
import type { OrganisationCandidate, PersonCandidate } from "../records.js";

const LINK = /\b(?:for|against|without)\s(.+)$/u;
const WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** The words of every person's name the letter names, lower case. */
export function personWords(people: readonly PersonCandidate[]): Set<string> {
  return new Set(people.flatMap((p) => p.name.match(WORD) ?? []).map((w) => w.toLowerCase()));
}

/** True for a cause rule's body whose cause names only the letter's people (`Lawyers for A and B`). */
export function namesClients(candidate: OrganisationCandidate, words: ReadonlySet<string>): boolean {
  if (candidate.rule !== "organisations/cause" || words.size === 0) return false;
  const cause = LINK.exec(candidate.name)?.[1];
  const capitalised = cause?.match(WORD) ?? [];
  return capitalised.length > 0 && capitalised.every((w) => words.has(w.toLowerCase()));
}
