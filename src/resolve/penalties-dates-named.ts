/**
 * The last ruling date the letter names before a penalty (resolve/penalties-dates.ts, last step): the ruling whose
 * terms the letter gives after telling who and why.
 */
import type { DateRecord } from "../records.js";
import type { DateSite } from "./penalties-dates.js";

/** The ruling dates the letter names (penalties-dates-shared.ts namedRulingDates), and the dates inside windows that hold penalties. */
export interface NamedRulings {
  named: readonly DateRecord[];
  inPenalties: readonly DateRecord[];
}
export const NO_RULINGS: NamedRulings = { named: [], inPenalties: [] };

/**
 * The last ruling date the letter names before the penalty (`la décision rendue le jeudi 6 février 2025` … a
 * list of the accused … a paragraph of the charges … their terms), when no penalty told between states
 * another date: the ruling whose terms the letter gives after telling who and why.
 */
export function namedBefore(site: DateSite, rulings: NamedRulings): string | null {
  const ruling = rulings.named.filter((d) => d.end <= site.start).at(-1);
  if (!ruling) return null;
  const otherDated = rulings.inPenalties.some((d) => d.value !== ruling.value && d.start > ruling.end && d.end <= site.start);
  return otherDated ? null : ruling.value;
}
