/**
 * The clustering runs over a temporary database, a page of rows at a time (store.ts), so that
 * a run's memory does not grow with its documents. It must give exactly what the in-memory
 * clustering gave (kept as the oracle, ./oracle/): the same persons, keys, records and merges
 * in the same order, on batches large enough that a key's records, the blocks and the persons
 * run across page boundaries. Made-up names, with spelling variants, initials, namesakes in
 * other countries, copies and evidence drawn at random.
 */
import { describe, expect, it } from "vitest";
import { cluster } from "../../src/persons/cluster.js";
import type { PersonEntry } from "../../src/persons/entries.js";
import { PersonsStage } from "../../src/persons/index.js";
import { personKey } from "../../src/persons/key.js";
import type { DocumentResult } from "../../src/records.js";
import { cluster as oracle } from "./oracle/cluster.js";
import { oracleRow } from "./oracle/person-row.js";
import { clusterStore } from "../../src/persons/cluster.js";
import { PersonStore } from "../../src/persons/store.js";
import { personRow } from "../../src/write/persons.js";
// Note: the bench corpus's seeded generator (mulberry32), so that every run builds the same batch.
import { random } from "../../bench/corpus.js";


const GIVEN = ["Ivan", "Iwan", "Tunde", "Aliaksandr", "Aleksandr", "Nadia", "Hanna", "Anna", "Mehmet", "Chidi", "T.", "A. K.", "I."];
const MIDDLE = ["", "", "", "Leonidovna", "Reza", "Olu"];
const FAMILY = ["Petrov", "Petrou", "Okonkwo", "Okonkwu", "Zhaleznyak", "Zheleznyak", "Rusak", "Karimi", "Kareemi", "Yilmaz", "Yılmaz", "Eze", "Petrova"];
const COUNTRIES = [null, null, "BY", "RU", "TR", "NG"];
const ORGANISATIONS = [null, null, "free union of metalworkers", "metalworkers", "daily courier", "union", "teachers association"];
const ROLES = ["chairman", "nurse", "driver", "editor", ""];

/** A batch of `documents` letters of 1 to 6 people each, drawn from the pools above. */
function batch(documents: number, seed: number): PersonEntry[] {
  const r = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(r() * values.length)] as T;
  const entries: PersonEntry[] = [];
  for (let d = 0; d < documents; d++) {
    const document = `letters/${String(d).padStart(5, "0")}-${pick(["a", "b", "ç"])}.txt`;
    const copyOf = d > 3 && r() < 0.1 ? `letters/${String(Math.floor(r() * d)).padStart(5, "0")}-a.txt` : null;
    const people = 1 + Math.floor(r() * 6);
    for (let p = 1; p <= people; p++) {
      const shape = r();
      const name = shape < 0.1 ? pick(FAMILY) : [pick(GIVEN), pick(MIDDLE), pick(FAMILY)].filter((w) => w !== "").join(" ");
      entries.push({
        document,
        personId: `p${p}`,
        name,
        key: personKey(name, document),
        copyOf,
        roles: r() < 0.5 ? [] : [pick(ROLES), ...(r() < 0.2 ? [pick(ROLES)] : [])],
        organisation: pick(ORGANISATIONS),
        penalties:
          r() < 0.6
            ? []
            : [r() < 0.7 ? { penalty: "sentence", kind: pick(["prison", "detention", null]), days: pick([30, 365, 1095]), amount: null, currency: null, date: pick([null, "2024-03-01"]) } : { penalty: "fine", kind: null, days: null, amount: pick([500, 1200.5]), currency: pick(["EUR", "TRY", null]), date: null }],
        country: pick(COUNTRIES),
      });
    }
  }
  return entries;
}

describe("clustering on disk", () => {
  it.each([
    [40, 1],
    [300, 2],
    [1500, 3],
  ])("gives what the in-memory clustering gave, %i letters (seed %i)", (documents, seed) => {
    const entries = batch(documents, seed);
    const expected = oracle(entries);
    const actual = cluster(entries);
    expect(actual.length).toBe(expected.length);
    expect(actual).toEqual(expected);
    // Some of each kind of merge were drawn, so the comparison covers them.
    const rules = new Set(expected.flatMap((c) => c.merges.map((m) => m.rule)));
    if (documents >= 300) expect([...rules].sort()).toEqual(["fuller-name", "initials", "same-key", "spelling-variant"]);
  });

  it.each([
    [300, 5],
    [1500, 6],
  ])("streams each person's records into rows equal to those of whole persons, %i letters (seed %i)", (documents, seed) => {
    const entries = batch(documents, seed);
    const store = new PersonStore(":memory:");
    for (const e of entries) store.add(e);
    const rows: ReturnType<typeof personRow>[] = [];
    for (const person of clusterStore(store).streamed()) rows.push(personRow(person));
    store.close();
    const expected = oracle(entries).map(oracleRow);
    expect(rows.length).toBe(expected.length);
    expect(rows).toEqual(expected);
    // Persons of several parts (namesakes merged, variants), so that their records are read from several parts.
    expect(expected.some((row) => row.merges.length > 0 && row.person_keys.length > 1)).toBe(true);
  });

  it("gives nothing for no records", () => {
    expect(cluster([])).toEqual([]);
  });
});

/** A document of the batch as the persons stage takes it: its people's entries, no text. */
function documentOf(id: string, entries: PersonEntry[], signature: number[] | null): [DocumentResult, { signature: number[] | null; entries: PersonEntry[] }] {
  const result = { document: { id, status: "ok", copy_of: null } } as unknown as DocumentResult;
  return [result, { signature, entries: entries.map((e) => ({ ...e, copyOf: null })) }];
}

describe("the persons stage on disk", () => {
  it("reads back each record's person key in the order taken, and its persons again on a second read", () => {
    const entries = batch(400, 4).map((e) => ({ ...e, copyOf: null }));
    const stage = new PersonsStage();
    const documents = [...new Set(entries.map((e) => e.document))];
    for (const id of documents) {
      const [result, input] = documentOf(id, entries.filter((e) => e.document === id), null);
      stage.add(result, "", input);
    }
    const expected = oracle(entries);
    expect(stage.persons()).toEqual(expected);
    expect([...stage.clusters()]).toEqual(expected);
    const keyOf = new Map(expected.flatMap((c) => c.entries.map((e) => [`${e.document}#${e.personId}`, c.key])));
    expect([...stage.personKeys()]).toEqual(entries.map((e) => ({ document: e.document, person_id: e.personId, person_key: keyOf.get(`${e.document}#${e.personId}`) })));
    stage.close();
  });

  it("ties a copy's people to the countries of the original's, and marks the copy", () => {
    const stage = new PersonsStage();
    const original = documentOf("first.txt", [{ document: "first.txt", personId: "p1", name: "Chidi Eze", key: personKey("Chidi Eze", "first.txt"), copyOf: null, roles: [], organisation: null, penalties: [], country: "NG" }], null);
    const copy = documentOf("again.pdf", [{ document: "again.pdf", personId: "p1", name: "Chidi Eze", key: personKey("Chidi Eze", "again.pdf"), copyOf: null, roles: [], organisation: null, penalties: [], country: "GH" }], null);
    // One signature for both: the same letter.
    const signature = Array.from(new Uint32Array(32).map((_, i) => (i * 2654435761) >>> 0));
    stage.add(original[0], "", { ...original[1], signature });
    expect(stage.add(copy[0], "", { ...copy[1], signature })).toBe(true);
    expect(copy[0].document.copy_of).toBe("first.txt");
    const [person] = stage.persons();
    expect(person?.entries.map((e) => [e.document, e.country, e.copyOf])).toEqual([
      ["again.pdf", "NG", "first.txt"],
      ["first.txt", "NG", null],
    ]);
    stage.close();
  });
});
