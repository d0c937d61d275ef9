/**
 * Streaming CSV writers, one per file (documents.csv and one per record type). Rows are
 * written as documents finish; each file becomes visible only when the run commits it.
 */
import { join } from "node:path";
import { stringify, type Stringifier } from "csv-stringify";
import { CSV_SCHEMAS, type DocumentResult, RECORD_TYPES } from "../records.js";
import { openAtomic, type AtomicStream } from "./atomic.js";

type Stem = keyof typeof CSV_SCHEMAS;

/** The columns of a CSV file: `document` (the document id) then the record's fields. */
export function columnsOf(stem: Stem): string[] {
  const fields = Object.keys(CSV_SCHEMAS[stem].shape);
  return stem === "documents" ? fields : ["document", ...fields];
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

interface Sink {
  stringifier: Stringifier;
  file: AtomicStream;
  done: Promise<void>;
}

/** The set of CSV files of one run. */
export class CsvWriters {
  private constructor(private readonly sinks: Map<Stem, Sink>) {}

  static async open(outDir: string): Promise<CsvWriters> {
    const sinks = new Map<Stem, Sink>();
    for (const stem of Object.keys(CSV_SCHEMAS) as Stem[]) {
      const file = await openAtomic(join(outDir, `${stem}.csv`));
      const columns = columnsOf(stem);
      // Note: escape_formulas because a letter is untrusted input (OWASP CSV injection).
      const stringifier = stringify({ header: true, columns, escape_formulas: true });
      stringifier.pipe(file.stream, { end: false });
      const done = new Promise<void>((resolve, reject) => {
        stringifier.on("end", resolve);
        stringifier.on("error", reject);
      });
      // Note: an aborted run never awaits `done`; this keeps its rejection from crashing.
      done.catch(() => undefined);
      sinks.set(stem, { stringifier, file, done });
    }
    return new CsvWriters(sinks);
  }

  /** Appends one document's rows; resolves once the rows are accepted (back-pressure). */
  async write(result: DocumentResult): Promise<void> {
    const id = result.document.id;
    await this.row("documents", columnsOf("documents").map((c) => cell(result.document[c as keyof typeof result.document])));
    for (const type of RECORD_TYPES) {
      for (const record of result[type]) {
        const values = record as unknown as Record<string, unknown>;
        await this.row(type, [id, ...columnsOf(type).slice(1).map((c) => cell(values[c]))]);
      }
    }
  }

  private async row(stem: Stem, values: string[]): Promise<void> {
    const sink = this.sinks.get(stem);
    if (!sink) return;
    if (!sink.stringifier.write(values)) {
      await new Promise<void>((resolve) => sink.stringifier.once("drain", resolve));
    }
  }

  /** Finishes every file and moves it into place. */
  async commit(): Promise<void> {
    for (const sink of this.sinks.values()) {
      sink.stringifier.end();
      await sink.done;
      await sink.file.commit();
    }
  }

  /** Drops every unfinished file. */
  async abort(): Promise<void> {
    for (const sink of this.sinks.values()) {
      sink.stringifier.unpipe();
      sink.stringifier.destroy();
      await sink.file.abort();
    }
  }
}
