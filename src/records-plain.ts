/**
 * What records.ts gives that needs no zod: the record lists, a blank document, and the fields of
 * each CSV schema in order. records.ts re-exports the first three; this module exists so that
 * a worker thread and the main thread of `extract` never load zod (95 modules, ~130–250 ms of
 * CPU per thread; the bundled chunk ~35 ms), which only the database writer, `eval`, `merge` and
 * the report's check of files an earlier run left need (docs/performance.md, issue 19).
 */
import type { DocumentRecord, Records } from "./records.js";

/** The record lists of a result, each written to its own CSV file. */
export const RECORD_TYPES = ["people", "organisations", "dates", "sentences", "fines"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * The keys of each schema of records.ts's `CSV_SCHEMAS`, in order: what the CSV columns are
 * made of. Note: written out rather than read from the schemas so that a worker formats its
 * rows without building them; tests/batch/records-plain.test.ts checks that they are the
 * schemas' keys (and prints the table to paste here when a field is added).
 */
export const SCHEMA_KEYS = {
  documents: ["id", "source", "format", "sha256", "letter_date", "date_order", "date_order_reason", "language", "characters", "words", "status", "errors", "warnings", "ocr", "ocr_pages", "ocr_confidence", "copy_of"],
  cases: ["person", "roles", "organisation", "penalty", "kind", "duration", "days", "amount", "currency", "unit", "date", "letter_date", "text", "person_id", "person_key", "record", "start", "end", "rules"],
  people: ["start", "end", "id", "rules", "name", "person_key", "aliases", "roles", "organisation", "mentions"],
  organisations: ["start", "end", "id", "rules", "name", "acronym", "aliases", "mentions"],
  dates: ["start", "end", "id", "rules", "text", "value"],
  sentences: ["start", "end", "id", "rules", "person", "person_id", "person_key", "kind", "duration", "days", "date", "text"],
  fines: ["start", "end", "id", "rules", "person", "person_id", "person_key", "amount", "currency", "unit", "money", "date", "text"],
} as const satisfies Record<string, readonly string[]>;

/** The keys of records.ts's `PersonAcross` (persons.csv's columns) and `PersonKeyRow` (person_keys.csv's), in order; checked as SCHEMA_KEYS is. */
export const PERSON_TABLE_KEYS = {
  persons: ["key", "name", "variants", "documents", "person_keys", "roles", "organisations", "countries", "sentences", "sentence_days", "custodial_days", "fines", "fine_totals", "merges", "records"],
  person_keys: ["document", "person_id", "person_key"],
} as const satisfies Record<string, readonly string[]>;

/** A blank document record, status ok, for the stages to fill in (or mark failed). */
export function emptyDocument(id: string, source: string): DocumentRecord {
  return {
    id,
    source,
    format: null,
    sha256: null,
    letter_date: null,
    date_order: null,
    date_order_reason: null,
    language: null,
    characters: 0,
    words: 0,
    status: "ok",
    errors: [],
    warnings: [],
    ocr: false,
    ocr_pages: [],
    ocr_confidence: null,
    copy_of: null,
  };
}

export function emptyRecords(): Records {
  return { people: [], organisations: [], dates: [], sentences: [], fines: [] };
}
