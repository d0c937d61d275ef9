/**
 * A table written to its JSON and CSV files a chunk of rows at a time, atomically: the rows come
 * one by one (from the persons stage's store, or a run's person records), so a large batch never
 * holds a table, or its files, in memory, and each file appears whole or not at all. The bytes
 * are those of the table formatted at once (formatJson's indentation, one header line).
 */
import { once } from "node:events";
import { join } from "node:path";
import { openAtomic, type AtomicStream } from "./atomic.js";

/** How one table is laid out: its file names, the CSV's header and body for a chunk, the chunk's size. */
export interface TableLayout<Row> {
  /** The base name of both files (`persons` → persons.json, persons.csv). */
  name: string;
  /** The CSV's header line, newline included. */
  csvHeader: string;
  /** The CSV lines of `rows`, without the header. */
  csvRows: (rows: Row[]) => string;
  /** At most this many rows are formatted at once. */
  chunk: number;
  /** A row's weight, and the most a chunk may weigh (a person found in thousands of letters is a large row). */
  weight?: { of: (row: Row) => number; limit: number };
}

async function append(file: AtomicStream, text: string): Promise<void> {
  if (!file.stream.write(text)) await once(file.stream, "drain");
}

/** One row as it sits in a JSON file: formatJson's indentation, one level in. */
const jsonRow = (row: unknown): string => `  ${JSON.stringify(row, null, 2).replace(/\n/g, "\n  ")}`;

/** Writes `rows` to NAME.json and/or NAME.csv under `outDir` (the CSV with a byte-order mark when `bom`). */
export async function writeTable<Row>(
  outDir: string,
  layout: TableLayout<Row>,
  rows: Iterable<Row>,
  formats: { json: boolean; csv: boolean; bom?: boolean },
): Promise<void> {
  const json = formats.json ? await openAtomic(join(outDir, `${layout.name}.json`)) : null;
  // Note: `--csv-bom` is for Excel, which opens these files as it opens the other CSV files.
  const csv = formats.csv ? await openAtomic(join(outDir, `${layout.name}.csv`)) : null;
  try {
    if (csv) await append(csv, `${formats.bom ? "\uFEFF" : ""}${layout.csvHeader}`);
    let first = true;
    let chunk: Row[] = [];
    let weight = 0;
    const flush = async (): Promise<void> => {
      if (chunk.length === 0) return;
      if (json) await append(json, `${first ? "[\n" : ",\n"}${chunk.map(jsonRow).join(",\n")}`);
      if (csv) await append(csv, layout.csvRows(chunk));
      first = false;
      chunk = [];
      weight = 0;
    };
    for (const row of rows) {
      chunk.push(row);
      weight += layout.weight?.of(row) ?? 0;
      if (chunk.length >= layout.chunk || (layout.weight && weight >= layout.weight.limit)) await flush();
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
