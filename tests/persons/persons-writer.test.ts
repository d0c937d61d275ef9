import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cluster } from "../../src/persons/cluster.js";
import type { PersonEntry } from "../../src/persons/entries.js";
import { personKey } from "../../src/persons/key.js";
import { writePersonKeys } from "../../src/write/person-keys.js";
import { formatJson } from "../../src/write/json.js";
import { CELL_LIMIT, listCell, personRow, personsCsv, writePersons } from "../../src/write/persons.js";

const entry = (document: string, personId: string, name: string, more: Partial<PersonEntry> = {}): PersonEntry => ({
  document, personId, name, key: personKey(name, document), copyOf: null, roles: [], organisation: null, penalties: [], country: null, ...more,
});
const sentence = (days: number, date: string | null) => ({ penalty: "sentence" as const, kind: "prison", days, amount: null, currency: null, date });
const fine = (amount: number, currency: string) => ({ penalty: "fine" as const, kind: null, days: null, amount, currency, date: null });

const entries = [
  entry("a.pdf", "person-1", "Ivan Kuzmin", { roles: ["chairman"], penalties: [sentence(15, "2021-03-03"), fine(100, "EUR")] }),
  entry("a.docx", "person-1", "Ivan Kuzmin", { copyOf: "a.pdf", penalties: [sentence(15, "2021-03-03"), fine(100, "EUR")] }),
  entry("b.txt", "person-2", "Ivan Kuzmin", { penalties: [sentence(15, "2021-03-03"), fine(50, "EUR"), fine(1000, "BYN")] }),
  entry("c.txt", "person-1", "=Ivan Kuzmin", {}),
];

describe("persons writer", () => {
  it("counts each case once: copies skipped, a penalty two letters report counted once", () => {
    const row = personRow(cluster(entries.slice(0, 3))[0]!);
    expect(row).toMatchObject({
      key: "ivan-kuzmin",
      name: "Ivan Kuzmin",
      documents: ["a.docx", "a.pdf", "b.txt"],
      sentences: 1,
      sentence_days: 15,
      fines: 3,
      fine_totals: [{ amount: 1000, currency: "BYN" }, { amount: 150, currency: "EUR" }],
      records: ["a.docx#person-1", "a.pdf#person-1", "b.txt#person-2"],
    });
  });

  it("escapes formulas and writes the same bytes for the same input, atomically", async () => {
    const csv = personsCsv(cluster(entries).map(personRow));
    expect(csv.split("\n")[0]).toBe("key,name,variants,documents,person_keys,roles,organisations,countries,sentences,sentence_days,custodial_days,fines,fine_totals,merges,records");
    expect(csv).toContain("'=Ivan Kuzmin");
    const out = await mkdtemp(join(tmpdir(), "casebook-persons-"));
    await writePersons(out, cluster(entries), { json: true, csv: true });
    const first = await readFile(join(out, "persons.json"), "utf8");
    await writePersons(out, cluster([...entries].reverse()), { json: true, csv: true });
    expect(await readFile(join(out, "persons.json"), "utf8")).toBe(first);
    expect(await readFile(join(out, "persons.csv"), "utf8")).toBe(csv);
  });

  it("starts persons.csv with a byte-order mark under --csv-bom, as the other CSV files", async () => {
    const out = await mkdtemp(join(tmpdir(), "casebook-persons-"));
    await writePersons(out, cluster(entries), { json: false, csv: true, bom: true });
    expect(await readFile(join(out, "persons.csv"), "utf8")).toBe(`\uFEFF${personsCsv(cluster(entries).map(personRow))}`);
    await writePersons(out, cluster(entries), { json: false, csv: true });
    expect((await readFile(join(out, "persons.csv"), "utf8")).startsWith("key,")).toBe(true);
  });
});

describe("persons.csv cells a spreadsheet opens whole", () => {
  it("cuts a list longer than a cell holds, saying how many more and where they are", () => {
    // Note: a person in 3,000 letters, as a large archive has (docs/scaling.md): ~60,000 characters of records.
    const many = Array.from({ length: 3000 }, (_, i) => entry(`letter-${String(i).padStart(4, "0")}.txt`, "person-1", "Tomas Valdivia"));
    const row = personRow(cluster(many)[0]!);
    expect(row.records).toHaveLength(3000);
    const records = listCell(row.records);
    expect(records.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(records).toMatch(/^letter-0000\.txt#person-1; letter-0001\.txt#person-1; .*; … \d+ more of 3000 \(all in persons\.json\)$/);
    const kept = records.split("; ").length - 1;
    expect(Number(/… (\d+) more/.exec(records)![1]) + kept).toBe(3000);
    // Every cell of the row within the limit; the JSON keeps every record.
    const csv = personsCsv([row]);
    for (const line of csv.split("\n")) for (const value of line.split(",")) expect(value.length).toBeLessThanOrEqual(CELL_LIMIT + 2);
    expect(formatJson([row])).toContain("letter-2999.txt#person-1");
  });

  it("keeps a list that fits as it is", () => {
    expect(listCell(["a.txt#person-1", "b.txt#person-2"])).toBe("a.txt#person-1; b.txt#person-2");
    expect(listCell([])).toBe("");
    const exactly = ["x".repeat(CELL_LIMIT)];
    expect(listCell(exactly)).toBe(exactly[0]);
  });
});

describe("persons writer, streamed", () => {
  it("writes, a chunk of rows at a time, the bytes of the whole table formatted at once", async () => {
    // Note: more persons than one chunk (500), with a formula, a quote and a line break in names.
    const many = Array.from({ length: 1234 }, (_, i) => entry(`d${i % 300}.txt`, `person-${i}`, `${["Amara", "=Bola", 'Chen "Wei"', "Dara\nOkafor"][i % 4]} Family${i}`, { roles: i % 3 ? ["editor"] : [] }));
    const clusters = cluster(many);
    const rows = clusters.map(personRow);
    const out = await mkdtemp(join(tmpdir(), "casebook-persons-"));
    // A generator: the writer reads the persons once, as the persons stage gives them.
    await writePersons(out, (function* () { yield* clusters; })(), { json: true, csv: true, bom: true });
    expect(await readFile(join(out, "persons.json"), "utf8")).toBe(formatJson(rows));
    expect(await readFile(join(out, "persons.csv"), "utf8")).toBe(`\uFEFF${personsCsv(rows)}`);
    await writePersons(out, [], { json: true, csv: true });
    expect(await readFile(join(out, "persons.json"), "utf8")).toBe(formatJson([]));
    expect(await readFile(join(out, "persons.csv"), "utf8")).toBe(personsCsv([]));
  });
});

describe("person keys writer", () => {
  it("writes one row per person record in the order given, JSON as formatJson would, formulas escaped", async () => {
    const out = await mkdtemp(join(tmpdir(), "casebook-person-keys-"));
    const rows = [
      { document: "a.pdf", person_id: "person-1", person_key: "ivan-kuzmin" },
      { document: "=b.txt", person_id: "person-2", person_key: "ivan-kuzmin@by" },
    ];
    await writePersonKeys(out, rows, { json: true, csv: true });
    expect(await readFile(join(out, "person_keys.json"), "utf8")).toBe(`${JSON.stringify(rows, null, 2)}\n`);
    expect(await readFile(join(out, "person_keys.csv"), "utf8")).toBe("document,person_id,person_key\na.pdf,person-1,ivan-kuzmin\n'=b.txt,person-2,ivan-kuzmin@by\n");
    // More rows than one chunk, and none at all.
    const many = Array.from({ length: 2500 }, (_, i) => ({ document: `d${i}.txt`, person_id: "person-1", person_key: `k${i}` }));
    await writePersonKeys(out, many, { json: true, csv: false });
    expect(await readFile(join(out, "person_keys.json"), "utf8")).toBe(`${JSON.stringify(many, null, 2)}\n`);
    await writePersonKeys(out, [], { json: true, csv: true, bom: true });
    expect(await readFile(join(out, "person_keys.json"), "utf8")).toBe("[]\n");
    expect(await readFile(join(out, "person_keys.csv"), "utf8")).toBe("\uFEFFdocument,person_id,person_key\n");
  });
});
