/**
 * The persons.csv/json row as it was built before rows were read from the store one record at a
 * time (src/write/persons.ts's personRow, which holds no person whole): every record of the
 * person in memory, each list built with its own pass. Kept as the oracle the streamed rows must
 * equal (cluster-spill.test.ts).
 */
import type { Cluster } from "../../../src/persons/cluster.js";
import type { Penalty } from "../../../src/persons/entries.js";
import { nameForm } from "../../../src/persons/key.js";
import type { PersonAcross } from "../../../src/records.js";
import { tallyPenalties } from "../../../src/write/persons.js";

const sorted = (values: Iterable<string>) => [...new Set(values)].filter((v) => v !== "").sort();

/** The display name: a full name before initials, the fullest form, then the most frequent, then the first in order. */
function displayName(cluster: Cluster): string {
  const counts = new Map<string, number>();
  for (const e of cluster.entries) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const strong = (name: string) => (nameForm(name).strong ? 1 : 0);
  const ranked = [...counts].sort((a, b) => strong(b[0]) - strong(a[0]) || nameForm(b[0]).tokens.length - nameForm(a[0]).tokens.length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? "";
}

const signature = (p: Penalty) => JSON.stringify([p.penalty, p.kind, p.days, p.amount, p.currency, p.date]);

/** One person record's penalties, with the document it is in (and the one it copies, if any). */
interface PenaltyGroup {
  document: string;
  copyOf: string | null;
  penalties: readonly Penalty[];
}

/**
 * A person's penalties, each case once: copies are skipped, and a penalty reported by two
 * letters counts as many times as the letter that reports it most. Used by persons.csv and
 * by the report's People view, so that the two always agree.
 */
function countOnce(groups: readonly PenaltyGroup[]): Penalty[] {
  const most = new Map<string, { penalty: Penalty; count: number }>();
  const byDocument = new Map<string, Map<string, number>>();
  for (const e of groups) {
    if (e.copyOf !== null) continue;
    const counts = byDocument.get(e.document) ?? new Map<string, number>();
    byDocument.set(e.document, counts);
    for (const p of e.penalties) {
      const s = signature(p);
      counts.set(s, (counts.get(s) ?? 0) + 1);
      const count = counts.get(s) ?? 1;
      if ((most.get(s)?.count ?? 0) < count) most.set(s, { penalty: p, count });
    }
  }
  return [...most.values()].flatMap(({ penalty, count }) => Array<Penalty>(count).fill(penalty));
}

/** One person's row. */
export function oracleRow(cluster: Cluster): PersonAcross {
  const tally = tallyPenalties(countOnce(cluster.entries));
  return {
    key: cluster.key,
    name: displayName(cluster),
    variants: sorted(cluster.entries.map((e) => e.name)),
    documents: sorted(cluster.entries.map((e) => e.document)),
    person_keys: sorted(cluster.entries.map((e) => e.key)),
    roles: sorted(cluster.entries.flatMap((e) => e.roles)),
    organisations: sorted(cluster.entries.flatMap((e) => (e.organisation ? [e.organisation] : []))),
    countries: sorted(cluster.entries.flatMap((e) => (e.country ? [e.country] : []))),
    sentences: tally.sentences,
    sentence_days: tally.sentence_days,
    custodial_days: tally.custodial_days,
    fines: tally.fines,
    fine_totals: tally.fine_totals,
    merges: cluster.merges.map((m) => `${m.rule}: ${m.variants[0]} = ${m.variants[1]} (${m.why})`),
    records: cluster.entries.map((e) => `${e.document}#${e.personId}`),
  };
}

