/**
 * JSON Lines (`records.jsonl`, or standard output with `--stdout`): one record per line, each
 * with its `type` and its `document` id first, the form jq, DuckDB and pandas
 * (`read_json(lines=True)`) read. Lines are appended as each document is written, so memory
 * stays flat however large the batch; the file becomes visible only when the run commits it.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { DocumentResult, RecordType } from "../records.js";
import { RECORD_TYPES } from "../records-plain.js";
import { openAtomic, type AtomicStream } from "./atomic.js";

/** The `type` of each record list's lines: one record, so singular (`select(.type == "fine")`). */
export const LINE_TYPES: Record<RecordType, string> = {
  people: "person",
  organisations: "organisation",
  dates: "date",
  sentences: "sentence",
  fines: "fine",
};

/** A document's lines: its document record first, then its records type by type, in offset order. */
export function jsonlLines(result: DocumentResult): string {
  const id = result.document.id;
  const lines = [JSON.stringify({ type: "document", document: id, ...result.document })];
  for (const type of RECORD_TYPES) {
    for (const record of result[type]) lines.push(JSON.stringify({ type: LINE_TYPES[type], document: id, ...record }));
  }
  return `${lines.join("\n")}\n`;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (stream.writableEnded || stream.destroyed) throw new Error("the JSON Lines output was closed");
  if (!stream.write(text)) await once(stream, "drain");
}

/** Where JSON Lines go: `records.jsonl` under the output folder, or a stream such as stdout. */
export class JsonlWriter {
  private constructor(
    private readonly stream: Writable,
    private readonly file: AtomicStream | null,
  ) {}

  /** A writer to `path`, which appears only on `commit()`. */
  static async open(path: string): Promise<JsonlWriter> {
    const file = await openAtomic(path);
    return new JsonlWriter(file.stream, file);
  }

  /** A writer to a stream the caller owns (it is not ended). */
  static to(stream: Writable): JsonlWriter {
    return new JsonlWriter(stream, null);
  }

  /** Appends a document's lines; resolves once they are accepted (back-pressure). */
  async write(result: DocumentResult): Promise<void> {
    await write(this.stream, jsonlLines(result));
  }

  async commit(): Promise<void> {
    await this.file?.commit();
  }

  async abort(): Promise<void> {
    await this.file?.abort();
  }
}
