/**
 * person_keys.csv and person_keys.json (records.ts's PersonKeyRow): for every person record of
 * the run, the person across the letters it was clustered into. The per-document files carry
 * the record's name key only, because they are written as each document finishes, before the
 * batch is clustered (docs/persons.md); this table, written after, is what joins any row that
 * names a person to persons.csv. Rows come in input order and people.csv's order within a
 * document, so a run, an incremental run and a merge of shards write the same bytes.
 */
import { stringify } from "csv-stringify/sync";
import type { PersonKeyRow } from "../records.js";
import { PERSON_TABLE_KEYS } from "../records-plain.js";
import { writeTable, type TableLayout } from "./table-stream.js";

const COLUMNS = [...PERSON_TABLE_KEYS.person_keys];
/** person_keys.json and person_keys.csv, 1,000 rows at a time. */
const LAYOUT: TableLayout<PersonKeyRow> = {
  name: "person_keys",
  csvHeader: stringify([], { header: true, columns: COLUMNS }),
  // Note: escape_formulas because document ids and keys come from untrusted names (OWASP CSV injection).
  csvRows: (rows) => stringify(rows.map((row) => COLUMNS.map((c) => row[c as keyof PersonKeyRow])), { escape_formulas: true }),
  chunk: 1000,
};

/**
 * Writes the rows to person_keys.json and/or person_keys.csv under `outDir`, streamed (a large
 * batch has a row per person record) and atomically: both files appear whole, or neither.
 */
export async function writePersonKeys(
  outDir: string,
  rows: Iterable<PersonKeyRow>,
  formats: { json: boolean; csv: boolean; bom?: boolean },
): Promise<void> {
  await writeTable(outDir, LAYOUT, rows, formats);
}
