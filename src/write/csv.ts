/**
 * CSV writers, one per file (documents.csv and one per record type). A document's rows are
 * formatted with csv-stringify where it was processed and appended as documents finish; each
 * file becomes visible only when the run commits it.
 */
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { CSV_SCHEMAS, DocumentResult } from "../records.js";
import { RECORD_TYPES, SCHEMA_KEYS } from "../records-plain.js";
import { appendGathered, openAtomic, type AtomicStream } from "./atomic.js";
import { CASE_COLUMNS, casesOf } from "./cases.js";

type Stem = keyof typeof CSV_SCHEMAS;

// Note: provenance goes last so a spreadsheet opens on what analysts read (issue 17).
const PROVENANCE = ["start", "end", "rules"];

/**
 * The columns of a CSV file: for records, `document` (the document id) and the record's `id`,
 * then its content fields, then provenance (`start`, `end`, `rules`); the cases sheet leads
 * with its content and ends with `document` and provenance.
 */
export function columnsOf(stem: Stem): string[] {
  // Note: memoised: called for every document's rows, and the schema does not change.
  let columns = COLUMNS.get(stem);
  if (!columns) COLUMNS.set(stem, (columns = columnsFrom(stem)));
  return columns;
}

const COLUMNS = new Map<Stem, string[]>();

function columnsFrom(stem: Stem): string[] {
  const fields: readonly string[] = SCHEMA_KEYS[stem];
  if (stem === "documents") return [...fields];
  const content = fields.filter((f) => f !== "id" && !PROVENANCE.includes(f));
  const provenance = PROVENANCE.filter((f) => fields.includes(f));
  if (stem === "cases") return [...CASE_COLUMNS];
  return ["document", "id", ...content, ...provenance];
}

/** One cell: lists joined with `; `, mentions as `text [start-end]`, money as `219 EUR`. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(cell).join("; ");
  if (typeof value === "object") {
    const item = value as Record<string, unknown>;
    if ("code" in item) return `${String(item.code)}: ${String(item.message)}`;
    if ("currency" in item) return `${String(item.amount)} ${String(item.currency)}`;
    if ("text" in item && "start" in item) return `${String(item.text)} [${String(item.start)}-${String(item.end)}]`;
    return JSON.stringify(value);
  }
  return String(value);
}

/** One document's formatted rows for each CSV file (no header), as `csvRows` gives them. */
export type CsvRows = Record<Stem, string>;

// Note: escape_formulas because a letter is untrusted input (OWASP CSV injection).
const format = (stem: Stem, rows: string[][], header = false): string =>
  stringify(rows, { header, columns: columnsOf(stem), escape_formulas: true });

/**
 * A document's rows, formatted: done where the document was processed (a worker thread), so
 * that the main thread only appends text to the files.
 */
export function csvRows(result: DocumentResult): CsvRows {
  const id = result.document.id;
  const document = columnsOf("documents").map((c) => cell(result.document[c as keyof typeof result.document]));
  const out = { documents: format("documents", [document]) } as CsvRows;
  const lists: Record<Exclude<Stem, "documents">, readonly object[]> = { ...result, cases: casesOf(result) };
  for (const stem of ["cases", ...RECORD_TYPES] as const) {
    const columns = columnsOf(stem);
    const rows = lists[stem].map((record) => {
      const values = { ...record, document: id } as Record<string, unknown>;
      return columns.map((c) => cell(values[c]));
    });
    out[stem] = rows.length > 0 ? format(stem, rows) : "";
  }
  return out;
}

/** The set of CSV files of one run; each is visible only once the run commits it. */
export class CsvWriters {
  private constructor(private readonly files: Map<Stem, AtomicStream>) {}

  /**
   * Opens every file. `bom` starts each with a UTF-8 byte-order mark: Excel reads a CSV
   * without one in the system's legacy code page, which turns accented and Cyrillic names
   * into mojibake; LibreOffice, pandas (`encoding="utf-8-sig"`) and DuckDB skip it.
   */
  static async open(outDir: string, { bom = false }: { bom?: boolean } = {}): Promise<CsvWriters> {
    const files = new Map<Stem, AtomicStream>();
    for (const stem of Object.keys(SCHEMA_KEYS) as Stem[]) {
      const file = await openAtomic(join(outDir, `${stem}.csv`));
      files.set(stem, file);
      await append(file, `${bom ? "\uFEFF" : ""}${format(stem, [], true)}`);
    }
    return new CsvWriters(files);
  }

  /** Appends one document's rows; resolves once they are accepted (back-pressure). */
  async write(result: DocumentResult): Promise<void> {
    await this.append(csvRows(result));
  }

  /** Appends rows already formatted by `csvRows`. */
  async append(rows: CsvRows): Promise<void> {
    for (const [stem, file] of this.files) await append(file, rows[stem]);
  }

  /** Finishes every file and moves it into place. */
  async commit(): Promise<void> {
    for (const file of this.files.values()) await file.commit();
  }

  /** Drops every unfinished file. */
  async abort(): Promise<void> {
    for (const file of this.files.values()) await file.abort();
  }
}

const append = appendGathered;
