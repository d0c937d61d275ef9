/**
 * persons.csv and persons.json: one row per person across the run (records.ts's PersonAcross),
 * written atomically once every document is in. Deterministic: rows in key order, lists sorted.
 */
import { stringify } from "csv-stringify/sync";
import type { Cluster } from "../persons/cluster.js";
import type { Penalty } from "../persons/entries.js";
import { nameForm } from "../persons/key.js";
import { PersonAcross } from "../records.js";
import { cell } from "./csv.js";
import { isCustodial } from "./kinds.js";
import { writeTable, type TableLayout } from "./table-stream.js";

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
export interface PenaltyGroup {
  document: string;
  copyOf: string | null;
  penalties: readonly Penalty[];
}

/**
 * A person's penalties, each case once: copies are skipped, and a penalty reported by two
 * letters counts as many times as the letter that reports it most. Used by persons.csv and
 * by the report's People view, so that the two always agree.
 */
export function countOnce(groups: readonly PenaltyGroup[]): Penalty[] {
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

/** What a person's penalties add up to; never a sum across kinds held and not held, or across currencies. */
export interface PenaltyTally {
  sentences: number;
  sentence_days: number;
  custodial_days: number;
  /** Days per non-custodial kind (`suspended prison`, `probation`, …; `` for an unstated kind), by kind. */
  other_days: { kind: string; days: number; sentences: number }[];
  fines: number;
  fine_totals: { amount: number; currency: string }[];
}

export function tallyPenalties(penalties: readonly Penalty[]): PenaltyTally {
  const sentences = penalties.filter((p) => p.penalty === "sentence");
  const fines = penalties.filter((p) => p.penalty === "fine");
  const totals = new Map<string, number>();
  for (const f of fines) totals.set(f.currency ?? "", (totals.get(f.currency ?? "") ?? 0) + (f.amount ?? 0));
  const other = new Map<string, { kind: string; days: number; sentences: number }>();
  for (const p of sentences) {
    if (isCustodial(p.kind)) continue;
    const entry = other.get(p.kind ?? "") ?? { kind: p.kind ?? "", days: 0, sentences: 0 };
    entry.days += p.days ?? 0;
    entry.sentences++;
    other.set(entry.kind, entry);
  }
  return {
    sentences: sentences.length,
    sentence_days: sentences.reduce((sum, p) => sum + (p.days ?? 0), 0),
    custodial_days: sentences.reduce((sum, p) => sum + (isCustodial(p.kind) ? (p.days ?? 0) : 0), 0),
    other_days: [...other.values()].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
    fines: fines.length,
    fine_totals: [...totals].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([currency, amount]) => ({ amount: Math.round(amount * 100) / 100, currency })),
  };
}

/** One person's row. */
export function personRow(cluster: Cluster): PersonAcross {
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

/** persons.csv's text: a header, then one row per person (lists joined with `; `). */
export function personsCsv(rows: readonly PersonAcross[]): string {
  const columns = Object.keys(PersonAcross.shape);
  const values = rows.map((row) => columns.map((c) => cell(row[c as keyof PersonAcross])));
  // Note: escape_formulas because names come from untrusted letters (OWASP CSV injection).
  return stringify(values, { header: true, columns, escape_formulas: true });
}

/** persons.json and persons.csv: up to 500 rows at once, or fewer when they name 5,000 person records in all. */
const LAYOUT: TableLayout<PersonAcross> = {
  name: "persons",
  csvHeader: personsCsv([]),
  csvRows: (rows) => personsCsv(rows).replace(/^[^\n]*\n/, ""),
  chunk: 500,
  weight: { of: (row) => row.records.length, limit: 5000 },
};

/** The persons' rows, one cluster at a time. */
function* personRows(clusters: Iterable<Cluster>): Generator<PersonAcross> {
  for (const cluster of clusters) yield personRow(cluster);
}

/**
 * Writes persons.json and/or persons.csv (with a byte-order mark when `bom`) under `outDir`:
 * the bytes of `formatJson(rows)` and `personsCsv(rows)`, streamed (table-stream.ts: the persons
 * come one at a time from the persons stage's store) and atomically.
 */
export async function writePersons(outDir: string, clusters: Iterable<Cluster>, formats: { json: boolean; csv: boolean; bom?: boolean }): Promise<void> {
  await writeTable(outDir, LAYOUT, personRows(clusters), formats);
}
