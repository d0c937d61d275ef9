/**
 * Every record that crosses a stage, defined once. The zod schemas give the TypeScript
 * types, the JSON Schema written beside the output (`output/schema.json`) and the CSV columns.
 * Field meanings follow ../shared/GUIDELINES.md.
 */
import { z } from "zod";

/** A 0-based, half-open character span into the document's normalised text. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** One place a person or organisation is named: the surface text and its span. */
export const Mention = Span.extend({ text: z.string() });
export type Mention = z.infer<typeof Mention>;

/** An error or warning about one document; `code` is stable (see messages.ts). */
export const Message = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  /** Offset into the normalised text, when the message is about a place in it. */
  start: z.number().int().nullable().optional(),
  cause: z.string().nullable().optional(),
});
export type Message = z.infer<typeof Message>;

/** Fields every extracted record carries: its id, provenance and the rules that made it. */
const Provenance = Span.extend({
  /** Stable within a document: `<type>-<n>` in offset order. */
  id: z.string(),
  /** The ids of the extractor rules whose findings make up this record. */
  rules: z.array(z.string()),
});

export const Person = Provenance.extend({
  name: z.string(),
  /**
   * The same human across the documents of a run (docs/persons.md): the name's folded,
   * romanised form with given names in their canonical form (`sergei-tsikhanovski`). A name of
   * one word, or initials and a surname, gets a key scoped to its document (`~` and a tag), since
   * such a name alone never joins people across documents. Stamped after resolve (persons/key.ts).
   */
  person_key: z.string().optional(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  organisation: z.string().nullable(),
  mentions: z.array(Mention),
});
export type Person = z.infer<typeof Person>;

export const Organisation = Provenance.extend({
  name: z.string(),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
});
export type Organisation = z.infer<typeof Organisation>;

export const DateRecord = Provenance.extend({
  text: z.string(),
  /** ISO 8601: `YYYY-MM-DD`, `YYYY-MM`, or year-less `--MM-DD` / `--MM`. */
  value: z.string(),
});
export type DateRecord = z.infer<typeof DateRecord>;

export const SentenceKind = z.enum([
  "prison",
  "suspended prison",
  "detention",
  "administrative detention",
  "house arrest",
  "restricted freedom",
  "corrective labour",
  "probation",
  "ban",
]);
export type SentenceKind = z.infer<typeof SentenceKind>;

export const Sentence = Provenance.extend({
  /** The person's name as on their person record, or null when no named person is found. */
  person: z.string().nullable(),
  person_id: z.string().nullable(),
  /** The person's `person_key` (null with no person), to join persons.csv across documents. */
  person_key: z.string().nullable().optional(),
  kind: SentenceKind.nullable(),
  /** ISO 8601 duration, e.g. `P15D`, `P2Y6M`. */
  duration: z.string(),
  /** 1 year = 365, 1 month = 30, 1 week = 7 days, parts summed. */
  days: z.number().int().nonnegative(),
  /** Date of the ruling where stated (ISO 8601). */
  date: z.string().nullable(),
  text: z.string(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Money = z.object({ amount: z.number(), currency: z.string() });
export type Money = z.infer<typeof Money>;

export const Fine = Provenance.extend({
  person: z.string().nullable(),
  person_id: z.string().nullable(),
  /** The person's `person_key` (null with no person), to join persons.csv across documents. */
  person_key: z.string().nullable().optional(),
  amount: z.number(),
  /** ISO 4217 code, or null when the amount is in a non-currency `unit`. */
  currency: z.string().nullable(),
  unit: z.string().nullable(),
  /** Stated equivalents in money, in the order the letter gives them. */
  money: z.array(Money),
  date: z.string().nullable(),
  text: z.string(),
});
export type Fine = z.infer<typeof Fine>;

export const Format = z.enum(["pdf", "docx", "markdown", "text", "image"]);
export type Format = z.infer<typeof Format>;

export const DocumentRecord = z.object({
  /** Path relative to the input root it was found under, with `/` separators. */
  id: z.string(),
  source: z.string(),
  format: Format.nullable(),
  sha256: z.string().nullable(),
  /** The date the letter was written (dateline, letterhead, byline), ISO 8601. */
  letter_date: z.string().nullable(),
  /** How numeric dates were read in this document, and why. */
  date_order: z.enum(["dmy", "mdy"]).nullable(),
  date_order_reason: z.string().nullable(),
  characters: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  status: z.enum(["ok", "failed"]),
  errors: z.array(Message),
  warnings: z.array(Message),
  ocr: z.boolean(),
  ocr_pages: z.array(z.number().int()),
  ocr_confidence: z.number().nullable(),
  /**
   * The id of an earlier document (in input order) whose normalised text is the same or nearly
   * (another file of one letter: PDF, DOCX, scan); null for an original. persons.csv counts a
   * copy's cases once (persons/copies.ts).
   */
  copy_of: z.string().nullable(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** Everything casebook knows about one document: the contract of `output/json/*.json`. */
export const DocumentResult = z.object({
  document: DocumentRecord,
  people: z.array(Person),
  organisations: z.array(Organisation),
  dates: z.array(DateRecord),
  sentences: z.array(Sentence),
  fines: z.array(Fine),
});
export type DocumentResult = z.infer<typeof DocumentResult>;

/** The record lists of a result, each written to its own CSV file. */
export const RECORD_TYPES = ["people", "organisations", "dates", "sentences", "fines"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export type Records = Omit<DocumentResult, "document">;

/**
 * One row of the cases sheet (cases.csv): one penalty — a sentence or a fine — with what an
 * analyst reads first about it (who, their role and body, what, how long or how much, when),
 * then where it came from. Derived from a document's records; it adds no facts of its own.
 */
export const Case = z.object({
  person: z.string().nullable(),
  roles: z.array(z.string()),
  organisation: z.string().nullable(),
  penalty: z.enum(["sentence", "fine"]),
  /** A sentence's kind (prison, suspended prison, …); null for a fine. */
  kind: SentenceKind.nullable(),
  duration: z.string().nullable(),
  days: z.number().int().nonnegative().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  unit: z.string().nullable(),
  /** The ruling's date where stated, else null (never the letter's date). */
  date: z.string().nullable(),
  letter_date: z.string().nullable(),
  text: z.string(),
  /** The person record within the document (join people.csv on `document` + `person_id`). */
  person_id: z.string().nullable(),
  /** The person across documents (join persons.csv on `person_key`). */
  person_key: z.string().nullable(),
  /** The sentence or fine record it comes from (`sentence-2`, `fine-1`). */
  record: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rules: z.array(z.string()),
});
export type Case = z.infer<typeof Case>;

/**
 * One person across the documents of a run (persons.csv, persons.json): the records of every
 * letter that names them, joined by the person key and the merge rules of docs/persons.md.
 * A copy of a letter (`copy_of`) adds its document but not its penalties again, and a penalty
 * two letters both report (same kind, term or amount, and date) counts once.
 */
export const PersonAcross = z.object({
  key: z.string(),
  /** The fullest, most frequent form of the name. */
  name: z.string(),
  variants: z.array(z.string()),
  documents: z.array(z.string()),
  /** The `person_key`s of the records joined (people.csv's `person_key`). */
  person_keys: z.array(z.string()),
  roles: z.array(z.string()),
  organisations: z.array(z.string()),
  countries: z.array(z.string()),
  sentences: z.number().int().nonnegative(),
  sentence_days: z.number().int().nonnegative(),
  fines: z.number().int().nonnegative(),
  /** Fine totals per currency (or unit), e.g. `1225 BYN`. */
  fine_totals: z.array(Money),
  /** Each merge of two names: the rule, the names and the evidence, to check or undo it. */
  merges: z.array(z.string()),
  /** Each record joined: `document#person_id`. */
  records: z.array(z.string()),
});
export type PersonAcross = z.infer<typeof PersonAcross>;

/** The schema of each CSV file, by file stem: columns are the object's keys in order. */
export const CSV_SCHEMAS = {
  documents: DocumentRecord,
  cases: Case,
  people: Person,
  organisations: Organisation,
  dates: DateRecord,
  sentences: Sentence,
  fines: Fine,
} as const;

/** JSON Schema of a per-document result file, written beside the output. */
export function resultJsonSchema(): unknown {
  return z.toJSONSchema(DocumentResult, { target: "draft-2020-12" });
}

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

/*
 * Candidates: what one extractor rule finds, before resolution merges them into records.
 * They cross from extract/ to resolve/. Each domain may add fields to its own candidate.
 */

/** What every candidate carries; `rule` is stamped by the extractor registry. */
export interface Found extends Span {
  text: string;
  rule: string;
}

export interface PersonCandidate extends Found {
  type: "person";
  /** Natural-cased name without honorifics. */
  name: string;
  roles: string[];
  organisation: string | null;
}

export interface OrganisationCandidate extends Found {
  type: "organisation";
  name: string;
  acronym: string | null;
}

export interface DateCandidate extends Found {
  type: "date";
  year: number | null;
  month: number;
  day: number | null;
  /** For an all-numeric date whose day/month order is undecided (`12/10/2020`). */
  numeric: { first: number; second: number } | null;
  /** Day of the week the text states (0 = Sunday), a check on an inferred year. */
  weekday: number | null;
  /** A relative year stated beside the date (`July 31 last year` → -1). */
  yearOffset: number | null;
}

export interface SentenceCandidate extends Found {
  type: "sentence";
  kind: SentenceKind | null;
  duration: string;
  days: number;
  /** Span of the term itself (`15 days`), which people and dates are measured from. */
  term: Span;
  /** For one term of a list shared out in order (`six and five years respectively`). */
  share: { index: number; count: number } | null;
}

export interface FineCandidate extends Found {
  type: "fine";
  amount: number;
  currency: string | null;
  unit: string | null;
  money: Money[];
  /** Span of the amount itself (`25 basic amounts`), which people are measured from. */
  term: Span;
  /** The amount applies to each of several people (`each`, `per person`). */
  each: boolean;
  /** For one amount of a list shared out in order (`fines of 4,000,000, 2,000,000 and 1,000,000 riel respectively`). */
  share: { index: number; count: number } | null;
}

export type Candidate =
  | PersonCandidate
  | OrganisationCandidate
  | DateCandidate
  | SentenceCandidate
  | FineCandidate;

/** One failed document in the run summary. */
export const Failure = z.object({ id: z.string(), errors: z.array(Message) });

/** `output/run.json`: what a run did, written last. */
export const RunSummary = z.object({
  casebook: z.string(),
  documents: z.number().int(),
  ok: z.number().int(),
  failed: z.number().int(),
  counts: z.object({
    people: z.number().int(),
    organisations: z.number().int(),
    dates: z.number().int(),
    sentences: z.number().int(),
    fines: z.number().int(),
  }),
  failures: z.array(Failure),
  warnings: z.array(Failure),
  words: z.number().int(),
  elapsed_ms: z.number(),
  /** With --incremental: documents processed for the first time, processed again, reused, and dropped (docs/scaling.md). */
  incremental: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), removed: z.number().int() }).optional(),
  /** With --shard i/N: which part, of a listing of how many documents. */
  shard: z.object({ index: z.number().int(), count: z.number().int(), listing: z.number().int() }).optional(),
  /** A merge's runs, and the shards missing from it (--allow-partial). */
  merge: z.object({ runs: z.array(z.string()), missing_shards: z.array(z.number().int()), missing_documents: z.number().int() }).optional(),
});
export type RunSummary = z.infer<typeof RunSummary>;
