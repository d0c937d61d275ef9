import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { CSV_SCHEMAS, DocumentResult, RECORD_TYPES } from "../../src/records.js";
import { SQLITE_SCHEMA_VERSION, SqliteWriter } from "../../src/write/sqlite.js";
import { columnsOf } from "../../src/write/sqlite-schema.js";
import { PersonsStage } from "../../src/persons/index.js";
import { personRow } from "../../src/write/persons.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/report/json");

async function fixtures(): Promise<DocumentResult[]> {
  const files = (await readdir(FIXTURES, { recursive: true })).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(files.map(async (name) => DocumentResult.parse(JSON.parse(await readFile(join(FIXTURES, name), "utf8")))));
}

async function build(dir: string, name: string, results: DocumentResult[]): Promise<string> {
  const path = join(dir, name);
  const writer = await SqliteWriter.open(path);
  for (const result of results) writer.write(result, `text of ${result.document.id}`);
  await writer.commit();
  return path;
}

describe("casebook.sqlite", () => {
  it("has a column for every field of every record (mentions in their own table), typed from the schema", () => {
    for (const table of ["documents", ...RECORD_TYPES] as const) {
      const fields = Object.keys(CSV_SCHEMAS[table].shape).filter((name) => name !== "mentions");
      const columns = columnsOf(table).map((c) => c.name);
      expect(columns).toEqual(table === "documents" ? fields : ["document", ...fields]);
    }
    const types = Object.fromEntries(columnsOf("fines").map((c) => [c.name, `${c.type}${c.nullable ? "?" : ""}`]));
    expect(types).toMatchObject({ start: "INTEGER", amount: "REAL", currency: "TEXT?", money: "JSON", rules: "JSON" });
  });

  it("holds the records as written, lists as JSON, and gives the same bytes for the same documents", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-sqlite-"));
    const results = await fixtures();
    const first = await build(dir, "a.sqlite", results);
    const second = await build(dir, "b.sqlite", results);
    expect((await readFile(first)).equals(await readFile(second))).toBe(true);
    const db = new Database(first, { readonly: true });
    try {
      expect(db.pragma("user_version", { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
      expect(db.pragma("foreign_key_check")).toEqual([]);
      for (const result of results) {
        const id = result.document.id;
        for (const type of RECORD_TYPES) {
          const count = db.prepare(`SELECT COUNT(*) AS n FROM ${type} WHERE document = ?`).get(id) as { n: number };
          expect(count.n).toBe(result[type].length);
        }
        const mentions = db.prepare("SELECT COUNT(*) AS n FROM mentions WHERE document = ?").get(id) as { n: number };
        expect(mentions.n).toBe([...result.people, ...result.organisations].reduce((sum, r) => sum + r.mentions.length, 0));
      }
      const fine = results.flatMap((r) => r.fines)[0];
      if (fine) {
        const row = db.prepare("SELECT amount, money, rules FROM fines WHERE id = ? LIMIT 1").get(fine.id) as Record<string, unknown>;
        expect(JSON.parse(row.money as string)).toEqual(fine.money);
        expect(JSON.parse(row.rules as string)).toEqual(fine.rules);
      }
      const sentences = results.reduce((sum, r) => sum + r.sentences.length, 0);
      const fines = results.reduce((sum, r) => sum + r.fines.length, 0);
      expect((db.prepare("SELECT COUNT(*) AS n FROM penalties").get() as { n: number }).n).toBe(sentences + fines);
    } finally {
      db.close();
    }
  });

  it("leaves nothing behind when aborted, and shows nothing until committed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-sqlite-"));
    const writer = await SqliteWriter.open(join(dir, "casebook.sqlite"));
    writer.write((await fixtures())[0] as DocumentResult, "text");
    expect((await readdir(dir)).includes("casebook.sqlite")).toBe(false);
    await writer.abort();
    expect(await readdir(dir)).toEqual([]);
  });

  it("has a persons table joined from people through person_records, identical on rerun", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-sqlite-"));
    const results = await fixtures();
    // The same person in two letters under two spellings of one key, and a third letter naming someone else.
    const [base] = results.filter((r) => r.people.length > 0);
    if (!base) throw new Error("no fixture with people");
    const person = { ...(base.people[0] as DocumentResult["people"][number]), person_key: "test-person" };
    const one = { ...base, document: { ...base.document, id: "one.txt" }, people: [person] };
    const two = { ...base, document: { ...base.document, id: "two.txt" }, people: [{ ...person, name: `${person.name} Jr` }] };
    const build2 = async (name: string): Promise<string> => {
      const stage = new PersonsStage();
      const writer = await SqliteWriter.open(join(dir, name));
      for (const result of [one, two]) {
        stage.add(result, `text of ${result.document.id}`);
        writer.write({ ...result, sentences: [], fines: [] }, `text of ${result.document.id}`);
      }
      writer.writePersons(stage.persons().map(personRow));
      await writer.commit();
      return join(dir, name);
    };
    const first = await build2("a.sqlite");
    const second = await build2("b.sqlite");
    expect((await readFile(first)).equals(await readFile(second))).toBe(true);
    const db = new Database(first, { readonly: true });
    try {
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const rows = db
        .prepare("SELECT s.key, p.document, p.name FROM persons s JOIN person_records r ON r.key = s.key JOIN people p ON p.document = r.document AND p.id = r.person_id ORDER BY p.document")
        .all();
      expect(rows).toEqual([
        { key: "test-person", document: "one.txt", name: person.name },
        { key: "test-person", document: "two.txt", name: `${person.name} Jr` },
      ]);
      const persons = db.prepare("SELECT key, documents, custodial_days FROM persons").all();
      expect(persons).toEqual([{ key: "test-person", documents: JSON.stringify(["one.txt", "two.txt"]), custodial_days: 0 }]);
      const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('persons', 'person_records')").all() as { name: string }[]).map((r) => r.name);
      expect(indexes).toEqual(expect.arrayContaining(["person_records_key"]));
    } finally {
      db.close();
    }
  });
});
