/**
 * person_keys.csv and person_keys.json (records.ts's PersonKeyRow): for every person record of
 * the run, the person across the letters it was clustered into. The per-document files carry
 * the record's name key only, because they are written as each document finishes, before the
 * batch is clustered (docs/persons.md); this table, written after, is what joins any row that
 * names a person to persons.csv. Rows come in input order and people.csv's order within a
 * document, so a run, an incremental run and a merge of shards write the same bytes.
 */
import { once } from "node:events";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { PersonKeyRow } from "../records.js";
import { openAtomic, type AtomicStream } from "./atomic.js";

const COLUMNS = Object.keys(PersonKeyRow.shape);
const CHUNK = 1000;

async function append(file: AtomicStream, text: string): Promise<void> {
  if (!file.stream.write(text)) await once(file.stream, "drain");
}

/** One row as it sits in person_keys.json: formatJson's indentation, one level in. */
const jsonRow = (row: PersonKeyRow): string => `  ${JSON.stringify(row, null, 2).replace(/\n/g, "\n  ")}`;

/**
 * Writes the rows to person_keys.json and/or person_keys.csv under `outDir`, streamed (a large
 * batch has a row per person record) and atomically: both files appear whole, or neither.
 */
export async function writePersonKeys(
  outDir: string,
  rows: Iterable<PersonKeyRow>,
  formats: { json: boolean; csv: boolean; bom?: boolean },
): Promise<void> {
  const json = formats.json ? await openAtomic(join(outDir, "person_keys.json")) : null;
  const csv = formats.csv ? await openAtomic(join(outDir, "person_keys.csv")) : null;
  try {
    // Note: escape_formulas because document ids and keys come from untrusted names (OWASP CSV injection).
    if (csv) await append(csv, `${formats.bom ? "\uFEFF" : ""}${stringify([], { header: true, columns: COLUMNS })}`);
    let first = true;
    let chunk: PersonKeyRow[] = [];
    // Note: rows go out in chunks, so that a batch of 200,000 letters never holds its table as one string.
    const flush = async (): Promise<void> => {
      if (chunk.length === 0) return;
      if (json) await append(json, `${first ? "[\n" : ",\n"}${chunk.map(jsonRow).join(",\n")}`);
      if (csv) await append(csv, stringify(chunk.map((row) => COLUMNS.map((c) => row[c as keyof PersonKeyRow])), { escape_formulas: true }));
      first = false;
      chunk = [];
    };
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length >= CHUNK) await flush();
    }
    await flush();
    if (json) await append(json, first ? "[]\n" : "\n]\n");
    await json?.commit();
    await csv?.commit();
  } catch (error) {
    await json?.abort();
    await csv?.abort();
    throw error;
  }
}
