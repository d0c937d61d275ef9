/**
 * `casebook.sqlite` (`--format sqlite`): every document, record, mention and normalised text in
 * tables with keys and indexes, and the views `penalties` and `fines_by_currency`. Each document
 * is inserted in its own transaction as it is written, so memory stays flat; the database is
 * built under a temporary name and renamed into place on commit, like every other output.
 * Note: the same documents in the same order give the same statements, and SQLite then writes
 * the same bytes: the file is identical on rerun.
 */
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { RECORD_TYPES, type DocumentResult, type Mention, type PersonAcross } from "../records.js";
import { LINE_TYPES } from "./jsonl.js";
import { temporaryPath } from "./atomic.js";
import { columnsOf, q, schemaStatements, type Column, type Table } from "./sqlite-schema.js";

/** Bumped with every change to the tables or views (`PRAGMA user_version`). */
export const SQLITE_SCHEMA_VERSION = 2;

type Statement = BetterSqlite3.Statement<unknown[]>;

function insertOf(db: BetterSqlite3.Database, table: string, columns: readonly string[]): Statement {
  return db.prepare(`INSERT INTO ${q(table)} (${columns.map(q).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
}

function value(column: Column, raw: unknown): unknown {
  if (raw === undefined || raw === null) return null;
  if (column.type === "JSON") return JSON.stringify(raw);
  if (typeof raw === "boolean") return raw ? 1 : 0;
  return raw;
}

export class SqliteWriter {
  private constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly path: string,
    private readonly temporary: string,
    private readonly inserts: Map<Table, { columns: Column[]; statement: Statement }>,
    private readonly mention: Statement,
    private readonly text: Statement,
  ) {}

  static async open(path: string): Promise<SqliteWriter> {
    // Note: loaded only when asked for: a native module the other formats never need.
    const { default: Database } = await import("better-sqlite3");
    await mkdir(dirname(path), { recursive: true });
    const temporary = temporaryPath(path);
    const db = new Database(temporary);
    // No journal and no syncs while building: a crash leaves only the temporary file.
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
    for (const statement of schemaStatements()) db.exec(statement);
    const inserts = new Map<Table, { columns: Column[]; statement: Statement }>();
    for (const table of ["documents", ...RECORD_TYPES] as Table[]) {
      const columns = columnsOf(table);
      inserts.set(table, { columns, statement: insertOf(db, table, columns.map((c) => c.name)) });
    }
    const mention = insertOf(db, "mentions", ["document", "record_type", "record_id", "text", "start", "end"]);
    const text = insertOf(db, "texts", ["document", "text"]);
    return new SqliteWriter(db, path, temporary, inserts, mention, text);
  }

  private insert(table: Table, row: Record<string, unknown>, document: string): void {
    const { columns, statement } = this.inserts.get(table) as { columns: Column[]; statement: Statement };
    statement.run(columns.map((c) => (c.name === "document" && table !== "documents" ? document : value(c, row[c.name]))));
  }

  /** Inserts one document, its records, their mentions and its normalised text. */
  write(result: DocumentResult, text: string): void {
    const id = result.document.id;
    this.db.transaction(() => {
      this.insert("documents", result.document, id);
      for (const type of RECORD_TYPES) {
        for (const record of result[type]) {
          this.insert(type, record as unknown as Record<string, unknown>, id);
          const mentions = (record as { mentions?: Mention[] }).mentions ?? [];
          for (const m of mentions) this.mention.run([id, LINE_TYPES[type], record.id, m.text, m.start, m.end]);
        }
      }
      this.text.run([id, text]);
    })();
  }

  /**
   * Inserts the persons across the letters (persons.csv's rows, in key order) and, for each,
   * the person records it joins (`person_records`: key, document, person_id), in one
   * transaction: called once, after every document, before `commit`.
   */
  writePersons(rows: Iterable<PersonAcross>): void {
    const persons = insertOf(this.db, "persons", columnsOf("persons").map((c) => c.name));
    const link = insertOf(this.db, "person_records", ["key", "document", "person_id"]);
    this.db.transaction(() => {
      for (const row of rows) {
        persons.run(columnsOf("persons").map((c) => value(c, row[c.name as keyof PersonAcross])));
        for (const record of row.records) {
          // Note: a document id may hold `#`; a person id never does.
          const at = record.lastIndexOf("#");
          link.run([row.key, record.slice(0, at), record.slice(at + 1)]);
        }
      }
    })();
  }

  /** Closes the database and moves it into place. */
  async commit(): Promise<void> {
    this.db.close();
    await rename(this.temporary, this.path);
  }

  /** Closes and drops the unfinished database. */
  async abort(): Promise<void> {
    if (this.db.open) this.db.close();
    await rm(this.temporary, { force: true });
  }
}
