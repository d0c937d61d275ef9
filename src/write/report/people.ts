/**
 * The report's People view: one row per person across the letters, keyed as persons.csv is
 * (persons.json's `key`), with what their penalties add up to counted as persons.csv counts
 * them (write/persons.ts: copies once, one penalty reported by two letters once). The charts
 * add up by these rows, so six spellings of one man are one bar.
 */
import type { PersonAcross } from "../../records.js";
import type { Penalty } from "../../persons/entries.js";
import { countOnce, tallyPenalties, type PenaltyGroup, type PenaltyTally } from "../persons.js";
import type { ReportDocument } from "./collect.js";

export interface ReportPerson extends PenaltyTally {
  key: string;
  name: string;
  variants: string[];
  documents: string[];
  roles: string[];
  organisations: string[];
  merges: string[];
  /** Each person record joined, as [document index, index in its people]. */
  records: [number, number][];
}

/** A person record's penalties in the form persons.csv counts them. */
function penaltiesOf(doc: ReportDocument, personId: string): Penalty[] {
  return [
    ...doc.sentences.filter((s) => s.person_id === personId).map((s): Penalty => ({ penalty: "sentence", kind: s.kind, days: s.days, amount: null, currency: null, date: s.date })),
    ...doc.fines.filter((f) => f.person_id === personId).map((f): Penalty => ({ penalty: "fine", kind: null, days: null, amount: f.amount, currency: f.currency ?? f.unit, date: f.date })),
  ];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].filter((v) => v !== "").sort();

/**
 * The persons of the report's documents: persons.json's rows when the run wrote it, else the
 * person records grouped by their own `person_key` (the name key), else one per record.
 */
export function reportPersons(documents: readonly ReportDocument[], persons: readonly PersonAcross[] | null | undefined): ReportPerson[] {
  const at = new Map<string, [number, number]>();
  documents.forEach((doc, d) => doc.people.forEach((p, i) => at.set(`${doc.document.id}#${p.id}`, [d, i])));
  const groups: { row: PersonAcross | null; key: string; records: [number, number][] }[] = [];
  if (persons) {
    for (const row of persons) {
      const records = row.records.flatMap((r): [number, number][] => {
        const place = at.get(r);
        return place ? [place] : [];
      });
      if (records.length > 0) groups.push({ row, key: row.key, records });
    }
  } else {
    const byKey = new Map<string, [number, number][]>();
    for (const [record, place] of at) {
      const [d, i] = place;
      const key = documents[d]?.people[i]?.person_key ?? record;
      byKey.set(key, [...(byKey.get(key) ?? []), place]);
    }
    for (const [key, records] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) groups.push({ row: null, key, records });
  }
  return groups.map(({ row, key, records }) => {
    const people = records.map(([d, i]) => ({ doc: documents[d] as ReportDocument, person: (documents[d] as ReportDocument).people[i] as ReportDocument["people"][number] }));
    const penalties: PenaltyGroup[] = people.map(({ doc, person }) => ({ document: doc.document.id, copyOf: doc.document.copy_of, penalties: penaltiesOf(doc, person.id) }));
    const names = people.map(({ person }) => person.name);
    return {
      key,
      name: row?.name ?? [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? key,
      variants: row?.variants ?? sorted(names),
      documents: sorted(people.map(({ doc }) => doc.document.id)),
      roles: row?.roles ?? sorted(people.flatMap(({ person }) => person.roles)),
      organisations: row?.organisations ?? sorted(people.flatMap(({ person }) => (person.organisation ? [person.organisation] : []))),
      merges: row?.merges ?? [],
      records,
      ...tallyPenalties(countOnce(penalties)),
    };
  });
}
