import { describe, expect, it } from "vitest";
import { PersonsStage } from "../../../src/persons/index.js";
import { emptyDocument, emptyRecords, type DocumentResult, type Fine, type Person, type Sentence } from "../../../src/records.js";
import { personRow } from "../../../src/write/persons.js";
import type { ReportDocument } from "../../../src/write/report/collect.js";
import { reportPersons } from "../../../src/write/report/people.js";

const person = (id: string, name: string, key?: string): Person => ({
  id, name, person_key: key, aliases: [], roles: [], organisation: null, mentions: [{ text: name, start: 0, end: name.length }], start: 0, end: name.length, rules: [],
});
const sentence = (id: string, personId: string, kind: Sentence["kind"], days: number): Sentence => ({
  id, person: null, person_id: personId, kind, duration: `P${days}D`, days, date: "2021-03-02", text: "", start: 0, end: 1, rules: [],
});
const fine = (id: string, personId: string, amount: number, currency: string | null, unit: string | null = null): Fine => ({
  id, person: null, person_id: personId, amount, currency, unit, money: [], date: null, text: "", start: 0, end: 1, rules: [],
});

function letter(id: string, copyOf: string | null, parts: Partial<DocumentResult>): ReportDocument {
  const document = { ...emptyDocument(id, id), copy_of: copyOf };
  return { document, ...emptyRecords(), ...parts, text: "" };
}

// One made-up man in three files: a letter, a copy of it spelling him otherwise, and a second letter.
const DOCS: ReportDocument[] = [
  letter("a.txt", null, {
    people: [person("person-1", "Taras Vyhovski", "taras-vyhovski"), person("person-2", "Olena Moroz", "olena-moroz")],
    sentences: [sentence("sentence-1", "person-1", "prison", 365), sentence("sentence-2", "person-1", "suspended prison", 730), sentence("sentence-3", "person-2", "probation", 180)],
    fines: [fine("fine-1", "person-1", 100, "USD"), fine("fine-2", "person-1", 50, "EUR"), fine("fine-3", "person-2", 20, null, "basic amount")],
  }),
  letter("a-copy.pdf", "a.txt", {
    people: [person("person-1", "Taras Vygovsky", "taras-vygovski")],
    sentences: [sentence("sentence-1", "person-1", "prison", 365), sentence("sentence-2", "person-1", "suspended prison", 730)],
    fines: [fine("fine-1", "person-1", 100, "USD"), fine("fine-2", "person-1", 50, "EUR")],
  }),
  letter("b.txt", null, {
    people: [person("person-1", "Taras Vyhovski", "taras-vyhovski")],
    sentences: [sentence("sentence-1", "person-1", "detention", 15)],
    fines: [fine("fine-1", "person-1", 30, "USD")],
  }),
];

const ROWS = [
  {
    key: "taras-vyhovski", name: "Taras Vyhovski", variants: ["Taras Vygovsky", "Taras Vyhovski"], documents: ["a-copy.pdf", "a.txt", "b.txt"],
    person_keys: ["taras-vygovski", "taras-vyhovski"], roles: [], organisations: [], countries: [], sentences: 3, sentence_days: 1110, custodial_days: 380,
    fines: 3, fine_totals: [{ amount: 50, currency: "EUR" }, { amount: 130, currency: "USD" }], merges: ["spelling-variant: Taras Vygovsky = Taras Vyhovski (test)"],
    records: ["a-copy.pdf#person-1", "a.txt#person-1", "b.txt#person-1"],
  },
  {
    key: "olena-moroz", name: "Olena Moroz", variants: ["Olena Moroz"], documents: ["a.txt"], person_keys: ["olena-moroz"], roles: [], organisations: [], countries: [],
    sentences: 1, sentence_days: 180, custodial_days: 0, fines: 1, fine_totals: [{ amount: 20, currency: "basic amount" }], merges: [], records: ["a.txt#person-2"],
  },
];

describe("the report's People view", () => {
  it("gives one row per person across the letters, every spelling and copy counted once", () => {
    const [taras, olena] = reportPersons(DOCS, ROWS);
    expect(taras).toMatchObject({ key: "taras-vyhovski", name: "Taras Vyhovski", records: [[1, 0], [0, 0], [2, 0]], documents: ["a-copy.pdf", "a.txt", "b.txt"] });
    // The copy's prison term is the original's: 365 + 15 days held, not 365 + 365 + 15.
    expect(taras).toMatchObject({ sentences: 3, custodial_days: 380 });
    expect(olena?.records).toEqual([[0, 1]]);
  });

  it("keeps terms not held apart from days held, each kind apart, and fines per currency", () => {
    const [taras, olena] = reportPersons(DOCS, ROWS);
    expect(taras?.other_days).toEqual([{ kind: "suspended prison", days: 730, sentences: 1 }]);
    expect(taras?.fine_totals).toEqual([{ amount: 50, currency: "EUR" }, { amount: 130, currency: "USD" }]);
    expect(olena).toMatchObject({ custodial_days: 0, other_days: [{ kind: "probation", days: 180, sentences: 1 }], fine_totals: [{ amount: 20, currency: "basic amount" }] });
  });

  it("adds up as persons.csv does for the same clusters", () => {
    const stage = new PersonsStage();
    for (const doc of DOCS) stage.add(doc, "");
    const rows = stage.persons().map(personRow);
    for (const shown of reportPersons(DOCS, rows)) {
      const row = rows.find((r) => r.key === shown.key);
      expect(row).toBeDefined();
      expect([shown.sentences, shown.sentence_days, shown.custodial_days, shown.fines, shown.fine_totals]).toEqual([row?.sentences, row?.sentence_days, row?.custodial_days, row?.fines, row?.fine_totals]);
    }
  });

  it("without persons.json, groups records by their own person_key, and a record without one stands alone", () => {
    const docs = [DOCS[0] as ReportDocument, DOCS[2] as ReportDocument, letter("c.txt", null, { people: [person("person-1", "Taras Vyhovski")] })];
    const shown = reportPersons(docs, null);
    expect(shown.map((p) => [p.key, p.records])).toEqual([
      ["c.txt#person-1", [[2, 0]]],
      ["olena-moroz", [[0, 1]]],
      ["taras-vyhovski", [[0, 0], [1, 0]]],
    ]);
    expect(shown.find((p) => p.key === "taras-vyhovski")).toMatchObject({ custodial_days: 380, fine_totals: [{ amount: 50, currency: "EUR" }, { amount: 130, currency: "USD" }] });
  });

  it("drops records of documents the report does not hold", () => {
    const shown = reportPersons([DOCS[2] as ReportDocument], ROWS);
    expect(shown.map((p) => [p.key, p.records])).toEqual([["taras-vyhovski", [[0, 0]]]]);
    expect(shown[0]).toMatchObject({ custodial_days: 15 });
  });
});
