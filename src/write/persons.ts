/**
 * persons.csv and persons.json: one row per person across the run (records.ts's PersonAcross),
 * written atomically once every document is in. Deterministic: rows in key order, lists sorted.
 */
import { stringify } from "csv-stringify/sync";
import type { Merge } from "../persons/cluster.js";
import type { Penalty, PersonEntry } from "../persons/entries.js";
import { nameForm } from "../persons/key.js";
import type { PersonAcross } from "../records.js";
import { PERSON_TABLE_KEYS } from "../records-plain.js";
import { cell } from "./csv.js";
import { isCustodial } from "./kinds.js";
import { writeTable, type TableLayout } from "./table-stream.js";

const sorted = (values: Iterable<string>) => [...new Set(values)].filter((v) => v !== "").sort();

/** A person as its row reads it: its records in document and person id order (a document's together), read once. */
export interface ClusterLike {
  key: string;
  entries: Iterable<PersonEntry>;
  merges: readonly Merge[];
}

/** The display name: a full name before initials, the fullest form, then the most frequent, then the first in order. */
function displayName(counts: ReadonlyMap<string, number>): string {
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
 * countOnce, given the groups one at a time (a document's next to each other, as a person's
 * records come): what it holds is the distinct penalties and the current document's counts.
 */
class PenaltyCounter {
  private readonly most = new Map<string, { penalty: Penalty; count: number }>();
  private document: string | null = null;
  private counts = new Map<string, number>();
  /** Documents met before the current one, when groups may not come a document at a time. */
  private readonly earlier = new Map<string, Map<string, number>>();

  /** `together`: each document's groups come next to each other (a person's records do), so a document left is done. */
  constructor(private readonly together: boolean) {}

  add(e: PenaltyGroup): void {
    if (e.copyOf !== null) return;
    if (e.document !== this.document) {
      if (!this.together && this.document !== null && this.counts.size > 0) this.earlier.set(this.document, this.counts);
      this.counts = this.earlier.get(e.document) ?? new Map<string, number>();
      this.earlier.delete(e.document);
      this.document = e.document;
    }
    for (const p of e.penalties) {
      const s = signature(p);
      const count = (this.counts.get(s) ?? 0) + 1;
      this.counts.set(s, count);
      if ((this.most.get(s)?.count ?? 0) < count) this.most.set(s, { penalty: p, count });
    }
  }

  penalties(): Penalty[] {
    return [...this.most.values()].flatMap(({ penalty, count }) => Array<Penalty>(count).fill(penalty));
  }
}

/**
 * A person's penalties, each case once: copies are skipped, and a penalty reported by two
 * letters counts as many times as the letter that reports it most. Used by persons.csv and
 * by the report's People view, so that the two always agree.
 */
export function countOnce(groups: readonly PenaltyGroup[]): Penalty[] {
  const counter = new PenaltyCounter(false);
  for (const e of groups) counter.add(e);
  return counter.penalties();
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

/**
 * One person's row, its records read once, in order: what it holds besides the row's own lists
 * (documents, records) is the distinct names, keys and evidence values, so that a person found
 * in every letter of a large batch is not held as records as well (docs/scaling.md).
 */
export function personRow(cluster: ClusterLike): PersonAcross {
  const names = new Map<string, number>();
  const keys = new Set<string>();
  const roles = new Set<string>();
  const organisations = new Set<string>();
  const countries = new Set<string>();
  const documents: string[] = [];
  const records: string[] = [];
  const penalties = new PenaltyCounter(true);
  for (const e of cluster.entries) {
    names.set(e.name, (names.get(e.name) ?? 0) + 1);
    keys.add(e.key);
    for (const role of e.roles) roles.add(role);
    if (e.organisation) organisations.add(e.organisation);
    if (e.country) countries.add(e.country);
    // Note: records come in document order, so each document once is each change of document.
    if (documents.at(-1) !== e.document) documents.push(e.document);
    records.push(`${e.document}#${e.personId}`);
    penalties.add(e);
  }
  const tally = tallyPenalties(penalties.penalties());
  return {
    key: cluster.key,
    name: displayName(names),
    variants: sorted(names.keys()),
    documents: sorted(documents),
    person_keys: sorted(keys),
    roles: sorted(roles),
    organisations: sorted(organisations),
    countries: sorted(countries),
    sentences: tally.sentences,
    sentence_days: tally.sentence_days,
    custodial_days: tally.custodial_days,
    fines: tally.fines,
    fine_totals: tally.fine_totals,
    merges: cluster.merges.map((m) => `${m.rule}: ${m.variants[0]} = ${m.variants[1]} (${m.why})`),
    records,
  };
}

/**
 * The most characters a spreadsheet cell holds: Excel and LibreOffice cut a longer cell where it
 * opens, so a person named in thousands of letters would lose documents and records unseen.
 */
export const CELL_LIMIT = 32_767;

/**
 * A list column's cell within CELL_LIMIT: the items that fit, then how many more there are and
 * where they are in full (persons.json holds every list; person_keys.csv every record's person).
 */
export function listCell(items: readonly unknown[]): string {
  const whole = cell(items);
  if (whole.length <= CELL_LIMIT) return whole;
  const kept: string[] = [];
  // Note: room for the note itself; `; ` joins the items, as cell() does.
  let length = 0;
  for (const item of items) {
    const text = cell(item);
    if (length + text.length + 2 > CELL_LIMIT - 80) break;
    kept.push(text);
    length += text.length + 2;
  }
  return `${kept.join("; ")}; … ${items.length - kept.length} more of ${items.length} (all in persons.json)`;
}

/** persons.csv's text: a header, then one row per person (lists joined with `; `, cut to fit a cell). */
export function personsCsv(rows: readonly PersonAcross[]): string {
  const columns = [...PERSON_TABLE_KEYS.persons];
  const values = rows.map((row) => columns.map((c) => {
    const value = row[c as keyof PersonAcross];
    return Array.isArray(value) ? listCell(value) : cell(value);
  }));
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
function* personRows(clusters: Iterable<ClusterLike>): Generator<PersonAcross> {
  for (const cluster of clusters) yield personRow(cluster);
}

/**
 * Writes persons.json and/or persons.csv (with a byte-order mark when `bom`) under `outDir`:
 * the bytes of `formatJson(rows)` and `personsCsv(rows)`, streamed (table-stream.ts: the persons
 * come one at a time from the persons stage's store) and atomically.
 */
export async function writePersons(outDir: string, clusters: Iterable<ClusterLike>, formats: { json: boolean; csv: boolean; bom?: boolean }): Promise<void> {
  await writeTable(outDir, LAYOUT, personRows(clusters), formats);
}
