/**
 * Where the persons stage keeps what it gathers across a run's documents — each person
 * record's entry, each text's copy signature — until the run ends: a temporary SQLite database
 * (better-sqlite3), so that what a run or a merge holds in memory does not grow with the number
 * of documents (docs/scaling.md: merge memory). SQLite keeps a small page cache and the rest on
 * disk, in a file it deletes when the store is closed (an empty file name: a private temporary
 * database, in SQLITE_TMPDIR or TMPDIR). The clustering (cluster.ts) reads and writes its own
 * tables here too.
 */
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import type { PersonEntry } from "./entries.js";

/** A statement's row, as better-sqlite3 returns it. */
export type Row = Record<string, unknown>;

/**
 * Byte order of UTF-16BE = JavaScript's `<` on strings (code units), which SQLite's own text
 * order (UTF-8 bytes) is not for characters beyond U+FFFF: sorting on this blob gives the order
 * the in-memory code gave.
 */
export function sortKey(value: string): Buffer {
  return Buffer.from(value, "utf16le").swap16();
}

/** better-sqlite3's constructor. Note: loaded synchronously, as the stage's callers are; better-sqlite3 is CommonJS. */
function database(): typeof BetterSqlite3 {
  return createRequire(import.meta.url)("better-sqlite3") as typeof BetterSqlite3;
}

/** SQLite's page cache for the store, in KiB. */
const CACHE_KB = 2048;

/** Rows inserted between two commits: one transaction per batch is what makes inserts cheap. */
const BATCH = 2000;

export class PersonStore {
  readonly db: BetterSqlite3.Database;
  private pending = 0;
  private readonly insertEntry: BetterSqlite3.Statement;
  private readonly byDocument: BetterSqlite3.Statement;

  /** Loads better-sqlite3 and its native module (which it loads at the first database opened), so that the first store opens at once (batch/warm.ts). */
  static preload(): void {
    new (database())(":memory:").close();
  }

  /** `path`: a file, `:memory:`, or (the default) a temporary file SQLite removes on close. */
  constructor(path = "") {
    this.db = new (database())(path);
    // Note: a scratch database: nothing to recover after a crash, so no journal and no syncs.
    this.db.pragma("journal_mode = OFF");
    this.db.pragma("synchronous = OFF");
    // Note: better-sqlite3 builds SQLite with a 16 MB page cache, which a large run fills (it
    // was most of a merge's peak memory at its end); the rest stays in the file and the system's
    // file cache.
    this.db.pragma(`cache_size = -${CACHE_KB}`);
    this.db.exec(`
      CREATE TABLE entries (seq INTEGER PRIMARY KEY, document TEXT NOT NULL, person_id TEXT NOT NULL, name TEXT NOT NULL,
        key TEXT NOT NULL, sort BLOB NOT NULL, doc_sort BLOB NOT NULL, pid_sort BLOB NOT NULL, copy_of TEXT, roles TEXT NOT NULL, organisation TEXT,
        penalties TEXT NOT NULL, country TEXT, part INTEGER);
      CREATE INDEX entries_document ON entries (document);
    `);
    this.insertEntry = this.db.prepare("INSERT INTO entries (document, person_id, name, key, sort, doc_sort, pid_sort, copy_of, roles, organisation, penalties, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.byDocument = this.db.prepare("SELECT key, country FROM entries WHERE document = ? ORDER BY seq");
    this.db.exec("BEGIN");
  }

  /** Keeps one entry, in the order given (person_keys.csv's order). */
  add(e: PersonEntry): void {
    this.insertEntry.run(e.document, e.personId, e.name, e.key, sortKey(e.key), sortKey(e.document), sortKey(e.personId), e.copyOf, JSON.stringify(e.roles), e.organisation, JSON.stringify(e.penalties), e.country);
    this.written();
  }

  /** Counts a write; commits every BATCH of them. */
  written(): void {
    if (++this.pending < BATCH) return;
    this.db.exec("COMMIT; BEGIN");
    this.pending = 0;
  }

  /** Ends the open batch (before the clustering reads everything back). */
  flush(): void {
    if (this.db.inTransaction) this.db.exec("COMMIT");
    this.pending = 0;
  }

  /** Each person key of a document's entries and its country, the last entry's for a key met twice. */
  countries(document: string): Map<string, string | null> {
    return new Map((this.byDocument.all(document) as { key: string; country: string | null }[]).map((r) => [r.key, r.country]));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** An entry read back from the entries table. */
export function entryOf(row: Row): PersonEntry {
  return {
    document: row.document as string,
    personId: row.person_id as string,
    name: row.name as string,
    key: row.key as string,
    copyOf: (row.copy_of as string | null) ?? null,
    roles: JSON.parse(row.roles as string) as string[],
    organisation: (row.organisation as string | null) ?? null,
    penalties: JSON.parse(row.penalties as string) as PersonEntry["penalties"],
    country: (row.country as string | null) ?? null,
  };
}
