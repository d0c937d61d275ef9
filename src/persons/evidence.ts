/**
 * Supporting evidence between two groups of person records, for merges the names alone do not
 * settle: the same organisation, a shared role, the same penalty, the same country. Each test
 * returns why it holds (for persons.csv's merge evidence) or null.
 * A group is read as its Evidence: each kind of value once, in the order the records give it
 * first. Note: the first match of two such lists is the first match of the records themselves
 * (a value met again later cannot match before its first occurrence did), so a group's evidence
 * can be kept small, on disk, instead of its records (cluster.ts).
 */
import type { PersonEntry } from "./entries.js";

/** What a group of records offers as evidence, each value once in first-seen order. */
export interface Evidence {
  countries: string[];
  organisations: string[];
  roles: string[];
  /** Each penalty as it is compared (`prison of 30 days`, `fine of 500 EUR`). */
  penalties: string[];
}

/** Words shorter than this are not compared for containment (`union` inside any long name). */
const MIN_CONTAINED = 6;

const penaltySignature = (p: PersonEntry["penalties"][number]) => (p.penalty === "sentence" ? `${p.kind ?? "sentence"} of ${String(p.days)} days` : `fine of ${String(p.amount)} ${p.currency ?? ""}`.trim());

/**
 * The evidence of records given one at a time, in order: what it holds is the distinct values,
 * not the records, so a person found in every letter of a large batch costs no more (cluster.ts).
 */
export class EvidenceBuilder {
  private readonly countries = new Set<string>();
  private readonly organisations = new Set<string>();
  private readonly roles = new Set<string>();
  private readonly penalties = new Set<string>();

  add(e: PersonEntry): void {
    if (e.country !== null) this.countries.add(e.country);
    if (e.organisation) this.organisations.add(e.organisation);
    for (const role of e.roles) this.roles.add(role);
    for (const p of e.penalties) this.penalties.add(penaltySignature(p));
  }

  evidence(): Evidence {
    return { countries: [...this.countries], organisations: [...this.organisations], roles: [...this.roles], penalties: [...this.penalties] };
  }
}

/** The evidence of records in this order. */
export function evidenceOf(group: readonly PersonEntry[]): Evidence {
  const builder = new EvidenceBuilder();
  for (const e of group) builder.add(e);
  return builder.evidence();
}

function sameOrganisation(a: Evidence, b: Evidence): string | null {
  for (const x of a.organisations) {
    for (const y of b.organisations) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (short === long || (short.length >= MIN_CONTAINED && long.includes(short))) return `same organisation (${short})`;
    }
  }
  return null;
}

function sharedRole(a: Evidence, b: Evidence): string | null {
  const roles = new Set(a.roles);
  const shared = b.roles.find((r) => roles.has(r));
  return shared ? `same role (${shared})` : null;
}

function samePenalty(a: Evidence, b: Evidence): string | null {
  const theirs = new Set(b.penalties);
  const shared = a.penalties.find((s) => theirs.has(s));
  return shared ? `same penalty (${shared})` : null;
}

/** The countries of a group of records, those known. */
export function countriesOf(group: readonly PersonEntry[]): Set<string> {
  return new Set(group.map((e) => e.country).filter((c): c is string => c !== null));
}

/** Both groups are tied to countries and share none: namesakes, never one person. */
export function countryConflict(a: Evidence, b: Evidence): boolean {
  const theirs = new Set(b.countries);
  return a.countries.length > 0 && theirs.size > 0 && !a.countries.some((c) => theirs.has(c));
}

/** The same known country on both sides. */
export function sameCountry(a: Evidence, b: Evidence): string | null {
  const theirs = new Set(b.countries);
  const shared = a.countries.find((c) => theirs.has(c));
  return shared ? `same country (${shared})` : null;
}

/** The first supporting evidence that two groups are one person (organisation, role, penalty), or null. */
export function supportingEvidence(a: Evidence, b: Evidence): string | null {
  return sameOrganisation(a, b) ?? sharedRole(a, b) ?? samePenalty(a, b);
}
