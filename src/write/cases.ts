/**
 * The cases sheet (cases.csv, cases.json): one row per penalty of a document, the person's
 * roles and organisation joined in from their person record, sentences then fines each in
 * offset order.
 */
import type { Case, DocumentResult, Fine, Person, Sentence } from "../records.js";
import { SCHEMA_KEYS } from "../records-plain.js";
import { appendGathered, openAtomic, type AtomicStream } from "./atomic.js";

/**
 * The columns of cases.csv and the keys of cases.json, in order: what an analyst reads first
 * (who, role, body, what, how long or much, when, the words), then `document`, the record ids
 * to join on, and provenance last.
 */
export const CASE_COLUMNS: readonly string[] = (() => {
  const tail = ["person_id", "record", "start", "end", "rules"];
  const content = SCHEMA_KEYS.cases.filter((f) => !tail.includes(f));
  return [...content, "document", ...tail];
})();

/** The cases of one document, derived from its records. */
export function casesOf(result: DocumentResult): Case[] {
  const people = new Map<string, Person>(result.people.map((p) => [p.id, p]));
  // Note: what a sentence and a fine share: who, when, the words, and where they come from.
  const common = (r: Sentence | Fine) => {
    const person = r.person_id === null ? undefined : people.get(r.person_id);
    return {
      person: r.person,
      roles: person?.roles ?? [],
      organisation: person?.organisation ?? null,
      date: r.date,
      letter_date: result.document.letter_date,
      text: r.text,
      person_id: r.person_id,
      person_key: r.person_key ?? null,
      record: r.id,
      start: r.start,
      end: r.end,
      rules: r.rules,
    };
  };
  const none = { amount: null, currency: null, unit: null };
  const sentences = result.sentences.map((s): Case => ({ ...common(s), penalty: "sentence", kind: s.kind, duration: s.duration, days: s.days, ...none }));
  const fines = result.fines.map(
    (f): Case => ({ ...common(f), penalty: "fine", kind: null, duration: null, days: null, amount: f.amount, currency: f.currency, unit: f.unit }),
  );
  return [...sentences, ...fines];
}

/** One case as it stands in cases.json: the fields of cases.csv, in its column order. */
export function caseJson(document: string, row: Case): string {
  const values: Record<string, unknown> = { ...row, document };
  const text = JSON.stringify(Object.fromEntries(CASE_COLUMNS.map((c) => [c, values[c]])), null, 2);
  return `  ${text.replace(/\n/g, "\n  ")}`;
}

/**
 * cases.json: the rows of cases.csv as a JSON array, each with its `document`. Appended as
 * documents are written (memory stays flat) and visible only on commit; the bytes are those of
 * `formatJson` on the whole array, so a reader sees ordinary two-space JSON.
 */
export class CasesJsonWriter {
  private first = true;
  private constructor(private readonly file: AtomicStream) {}

  static async open(path: string): Promise<CasesJsonWriter> {
    const writer = new CasesJsonWriter(await openAtomic(path));
    await writer.append("[");
    return writer;
  }

  private async append(text: string): Promise<void> {
    await appendGathered(this.file, text);
  }

  /** Appends one document's cases; resolves once they are accepted (back-pressure). */
  async write(result: DocumentResult): Promise<void> {
    const rows = casesOf(result).map((row) => caseJson(result.document.id, row));
    if (rows.length === 0) return;
    await this.append(`${this.first ? "\n" : ",\n"}${rows.join(",\n")}`);
    this.first = false;
  }

  async commit(): Promise<void> {
    await this.append(this.first ? "]\n" : "\n]\n");
    await this.file.commit();
  }

  async abort(): Promise<void> {
    await this.file.abort();
  }
}
