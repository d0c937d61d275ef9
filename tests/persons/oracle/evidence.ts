/**
 * Supporting evidence between two groups of person records, for merges the names alone do not
 * settle: the same organisation, a shared role, the same penalty, the same country. Each test
 * returns why it holds (for persons.csv's merge evidence) or null.
 */
import type { PersonEntry } from "../../../src/persons/entries.js";

/** Words shorter than this are not compared for containment (`union` inside any long name). */
const MIN_CONTAINED = 6;

function sameOrganisation(a: readonly PersonEntry[], b: readonly PersonEntry[]): string | null {
  for (const x of a) {
    for (const y of b) {
      if (!x.organisation || !y.organisation) continue;
      const [short, long] = x.organisation.length <= y.organisation.length ? [x.organisation, y.organisation] : [y.organisation, x.organisation];
      if (short === long || (short.length >= MIN_CONTAINED && long.includes(short))) return `same organisation (${short})`;
    }
  }
  return null;
}

function sharedRole(a: readonly PersonEntry[], b: readonly PersonEntry[]): string | null {
  const roles = new Set(a.flatMap((e) => e.roles));
  const shared = b.flatMap((e) => e.roles).find((r) => roles.has(r));
  return shared ? `same role (${shared})` : null;
}

function samePenalty(a: readonly PersonEntry[], b: readonly PersonEntry[]): string | null {
  const signature = (p: PersonEntry["penalties"][number]) => (p.penalty === "sentence" ? `${p.kind ?? "sentence"} of ${String(p.days)} days` : `fine of ${String(p.amount)} ${p.currency ?? ""}`.trim());
  const theirs = new Set(b.flatMap((e) => e.penalties.map(signature)));
  const shared = a.flatMap((e) => e.penalties.map(signature)).find((s) => theirs.has(s));
  return shared ? `same penalty (${shared})` : null;
}

/** The countries of a group of records, those known. */
export function countriesOf(group: readonly PersonEntry[]): Set<string> {
  return new Set(group.map((e) => e.country).filter((c): c is string => c !== null));
}

/** Both groups are tied to countries and share none: namesakes, never one person. */
export function countryConflict(a: readonly PersonEntry[], b: readonly PersonEntry[]): boolean {
  const ours = countriesOf(a);
  const theirs = countriesOf(b);
  return ours.size > 0 && theirs.size > 0 && ![...ours].some((c) => theirs.has(c));
}

/** The same known country on both sides. */
export function sameCountry(a: readonly PersonEntry[], b: readonly PersonEntry[]): string | null {
  const theirs = countriesOf(b);
  const shared = [...countriesOf(a)].find((c) => theirs.has(c));
  return shared ? `same country (${shared})` : null;
}

/** The first supporting evidence that two groups are one person (organisation, role, penalty), or null. */
export function supportingEvidence(a: readonly PersonEntry[], b: readonly PersonEntry[]): string | null {
  return sameOrganisation(a, b) ?? sharedRole(a, b) ?? samePenalty(a, b);
}
