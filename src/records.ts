/**
 * Every record that crosses a stage, defined once. The zod schemas give the TypeScript
 * types, the JSON Schema written beside the output (`output/schema.json`) and the CSV columns.
 * Field meanings: the comment above each field, gathered into docs/records.md by
 * `npm run docs:records` (what counts as each record is written there too).
 */
import { z } from "zod";

/** A 0-based, half-open character span into the document's normalised text. */
export const Span = z.object({
  /** Offset of the first character, 0-based, in UTF-16 units as JavaScript counts (`text/<id>.txt`). */
  start: z.number().int().nonnegative(),
  /** Offset just after the last character (half-open: `end - start` is the length). */
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** One place a person or organisation is named: the surface text and its span. */
export const Mention = Span.extend({
  /** The words as the letter writes them there. */
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

/** An error or warning about one document; `code` is stable (see messages.ts). */
export const Message = z.object({
  /** A stable code (`NO_TEXT_LAYER`, `TIMEOUT`, …): what scripts match on. */
  code: z.string(),
  /** An error made the document fail; a warning did not. */
  severity: z.enum(["error", "warning"]),
  /** What happened, for a person to read. */
  message: z.string(),
  /** Offset into the normalised text, when the message is about a place in it. */
  start: z.number().int().nullable().optional(),
  /** The underlying error's own text, when there was one. */
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
  /** The fullest form of the name the letter gives, in natural casing, without honorifics (`Mr`, `Dr`). */
  name: z.string(),
  /**
   * The same human across the documents of a run (docs/persons.md): the name's folded,
   * romanised form with given names in their canonical form (`sergei-tsikhanovski`). A name of
   * one word, or initials and a surname, gets a key scoped to its document (`~` and a tag), since
   * such a name alone never joins people across documents. Stamped after resolve (persons/key.ts).
   */
  person_key: z.string().optional(),
  /** Other forms the letter uses for the same person (a surname alone, another script, a maiden name). */
  aliases: z.array(z.string()),
  /** Positions and job titles the letter states (`chair`, `General Secretary`), not descriptions such as `activist`. */
  roles: z.array(z.string()),
  /** The body the letter ties the person to, as that organisation record's name; null when none is stated. */
  organisation: z.string().nullable(),
  /** Every place the person is named. */
  mentions: z.array(Mention),
});
export type Person = z.infer<typeof Person>;

export const Organisation = Provenance.extend({
  /** The full name, as the letter writes it (the acronym alone when the letter never expands it). */
  name: z.string(),
  /** The short form the letter ties to the name (`ITUC`), or null. */
  acronym: z.string().nullable(),
  /** Other forms the letter uses for the same body. */
  aliases: z.array(z.string()),
  /** Every place the organisation is named. */
  mentions: z.array(Mention),
});
export type Organisation = z.infer<typeof Organisation>;

export const DateRecord = Provenance.extend({
  /** The date as the letter writes it (`5 September`, `12/10/2020`). */
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
  "surveillance",
  "internal exile",
  "ban",
]);
export type SentenceKind = z.infer<typeof SentenceKind>;

export const Sentence = Provenance.extend({
  /** The person's name as on their person record, or null when no named person is found. */
  person: z.string().nullable(),
  /** The person record's `id` in the same document: join people on `document` + `person_id`. */
  person_id: z.string().nullable(),
  /** The person's `person_key` (null with no person), to join persons.csv across documents. */
  person_key: z.string().nullable().optional(),
  /** What the term is (prison, suspended prison, detention, …), null when the letter does not say. */
  kind: SentenceKind.nullable(),
  /** ISO 8601 duration, e.g. `P15D`, `P2Y6M`. */
  duration: z.string(),
  /** 1 year = 365, 1 month = 30, 1 week = 7 days, parts summed. */
  days: z.number().int().nonnegative(),
  /** Date of the ruling where stated (ISO 8601). */
  date: z.string().nullable(),
  /** The words that state the penalty. */
  text: z.string(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Money = z.object({
  /** The sum, as a number (`1,500.50` → 1500.5). */
  amount: z.number(),
  /** ISO 4217 code (`EUR`); in persons.csv's totals, a unit such as `basic amount` where the fine has no currency. */
  currency: z.string(),
});
export type Money = z.infer<typeof Money>;

export const Fine = Provenance.extend({
  /** The person's name as on their person record, or null when no named person is found. */
  person: z.string().nullable(),
  /** The person record's `id` in the same document: join people on `document` + `person_id`. */
  person_id: z.string().nullable(),
  /** The person's `person_key` (null with no person), to join persons.csv across documents. */
  person_key: z.string().nullable().optional(),
  /** The amount as stated, in `currency` or `unit` (`2 million riel` → 2000000). */
  amount: z.number(),
  /** ISO 4217 code, or null when the amount is in a non-currency `unit`. */
  currency: z.string().nullable(),
  /** A unit that is not money (`basic amount`, Belarus's fine unit), or null. */
  unit: z.string().nullable(),
  /** Stated equivalents in money, in the order the letter gives them. */
  money: z.array(Money),
  /** Date of the ruling where stated (ISO 8601). */
  date: z.string().nullable(),
  /** The words that state the penalty. */
  text: z.string(),
});
export type Fine = z.infer<typeof Fine>;

export const Format = z.enum(["pdf", "docx", "markdown", "text", "image"]);
export type Format = z.infer<typeof Format>;

export const DocumentRecord = z.object({
  /** Path relative to the input root it was found under, with `/` separators. */
  id: z.string(),
  /** The path the file was read from, as given on the command line (`-` for standard input). */
  source: z.string(),
  /** The format read, told from the file's bytes; null when it could not be told. */
  format: Format.nullable(),
  /** SHA-256 of the file's bytes, hex; null when it could not be read. */
  sha256: z.string().nullable(),
  /** The date the letter was written (dateline, letterhead, byline), ISO 8601. */
  letter_date: z.string().nullable(),
  /** How numeric dates were read in this document, and why. */
  date_order: z.enum(["dmy", "mdy"]).nullable(),
  /** Why `date_order` was chosen (a date that only reads one way, the letter's country, …). */
  date_order_reason: z.string().nullable(),
  /**
   * The language the text is written in (ISO 639-1; ISO 639-3 for a language without a
   * two-letter code), detected or set by `--language`; null when the text is too short to tell.
   * Optional so that records written before the field (and hand-made fixtures) still parse.
   */
  language: z.string().nullable().optional(),
  /** Length of the normalised text. */
  characters: z.number().int().nonnegative(),
  /** Words in the normalised text. */
  words: z.number().int().nonnegative(),
  /** `failed` when the document could not be read or processed: see `errors`. */
  status: z.enum(["ok", "failed"]),
  /** Why the document failed. */
  errors: z.array(Message),
  /** What was odd but did not stop it (an encoding guessed, low OCR confidence). */
  warnings: z.array(Message),
  /** True when some text came from OCR. */
  ocr: z.boolean(),
  /** The pages read by OCR, 1-based. */
  ocr_pages: z.array(z.number().int()),
  /** Tesseract's mean confidence over the OCR'd pages (0–100), or null. */
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

// Note: defined in records-plain.ts, which needs no zod, so that a worker thread and the CLI's
// start can use them without building the schemas (docs/performance.md).
export { RECORD_TYPES, emptyDocument, emptyRecords, type RecordType } from "./records-plain.js";

export type Records = Omit<DocumentResult, "document">;

/**
 * One row of the cases sheet (cases.csv): one penalty — a sentence or a fine — with what an
 * analyst reads first about it (who, their role and body, what, how long or how much, when),
 * then where it came from. Derived from a document's records; it adds no facts of its own.
 */
export const Case = z.object({
  /** The person's name, or null when the penalty names no one. */
  person: z.string().nullable(),
  /** The person's roles, from their person record. */
  roles: z.array(z.string()),
  /** The person's organisation, from their person record. */
  organisation: z.string().nullable(),
  /** `sentence` or `fine`. */
  penalty: z.enum(["sentence", "fine"]),
  /** A sentence's kind (prison, suspended prison, …); null for a fine. */
  kind: SentenceKind.nullable(),
  /** A sentence's ISO 8601 duration; null for a fine. */
  duration: z.string().nullable(),
  /** A sentence's length in days; null for a fine. */
  days: z.number().int().nonnegative().nullable(),
  /** A fine's amount; null for a sentence. */
  amount: z.number().nullable(),
  /** A fine's ISO 4217 currency; null for a sentence or a fine in a `unit`. */
  currency: z.string().nullable(),
  /** A fine's non-money unit (`basic amount`); else null. */
  unit: z.string().nullable(),
  /** The ruling's date where stated, else null (never the letter's date). */
  date: z.string().nullable(),
  /** The letter's own date (its document record's `letter_date`). */
  letter_date: z.string().nullable(),
  /** The words that state the penalty. */
  text: z.string(),
  /** The person record within the document (join people.csv on `document` + `person_id`). */
  person_id: z.string().nullable(),
  /** The person record's name key, as on people.csv; persons.csv lists it in `person_keys`. */
  person_key: z.string().nullable(),
  /** The sentence or fine record it comes from (`sentence-2`, `fine-1`). */
  record: z.string(),
  /** Where the penalty's words start in `text/<document>.txt`. */
  start: z.number().int().nonnegative(),
  /** Where they end (half-open). */
  end: z.number().int().nonnegative(),
  /** The rules that found the penalty. */
  rules: z.array(z.string()),
});
export type Case = z.infer<typeof Case>;

/**
 * One person across the documents of a run (persons.csv, persons.json): the records of every
 * letter that names them, joined by the person key and the merge rules of docs/persons.md.
 * A copy of a letter (`copy_of`) adds its document but not its penalties again, and a penalty
 * two letters both report (same kind, term or amount, and date) counts once. In persons.csv a
 * list longer than a spreadsheet cell holds (32,767 characters) ends with `… N more of M (all in
 * persons.json)`.
 */
export const PersonAcross = z.object({
  /** The person's key across the run: one of `person_keys` (the one in most letters), `@country` added for namesakes. */
  key: z.string(),
  /** The fullest, most frequent form of the name. */
  name: z.string(),
  /** Every form of the name seen. */
  variants: z.array(z.string()),
  /** Every document that names the person, copies too. */
  documents: z.array(z.string()),
  /** The `person_key`s of the records joined (people.csv's `person_key`). */
  person_keys: z.array(z.string()),
  /** Roles from every record, folded (lower case, no accents). */
  roles: z.array(z.string()),
  /** Organisations from every record, folded. */
  organisations: z.array(z.string()),
  /** Countries the letters tie the person to (ISO 3166 alpha-2). */
  countries: z.array(z.string()),
  /** Sentences, each case once. */
  sentences: z.number().int().nonnegative(),
  /** Days of every sentence, whatever its kind (a suspended term counts too). */
  sentence_days: z.number().int().nonnegative(),
  /** Days of prison, detention and administrative detention only (write/kinds.ts). */
  custodial_days: z.number().int().nonnegative(),
  /** Fines, each case once. */
  fines: z.number().int().nonnegative(),
  /** Fine totals per currency (or unit), e.g. `1225 BYN`. */
  fine_totals: z.array(Money),
  /** Each merge of two names: the rule, the names and the evidence, to check or undo it. */
  merges: z.array(z.string()),
  /** Each record joined: `document#person_id`. */
  records: z.array(z.string()),
});
export type PersonAcross = z.infer<typeof PersonAcross>;

/**
 * Which person across the letters each person record is (person_keys.csv, person_keys.json):
 * one row per person record, in the order of people.csv. Written after clustering, so that any
 * row naming a person (people.csv, sentences.csv, fines.csv, cases.csv: `document` +
 * `person_id`) joins the person it is, whatever the record's own name key says.
 */
export const PersonKeyRow = z.object({
  /** The document's id. */
  document: z.string(),
  /** The person record within the document (people.csv's `id`; `person_id` on sentences, fines and cases). */
  person_id: z.string(),
  /** The person across the letters: persons.csv's `key` (not people.csv's per-letter name key). */
  person_key: z.string(),
});
export type PersonKeyRow = z.infer<typeof PersonKeyRow>;

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
export const Failure = z.object({
  /** The document's id. */
  id: z.string(),
  errors: z.array(Message),
});

/** `output/run.json`: what a run did, written last. */
export const RunSummary = z.object({
  /** The version of casebook that ran. */
  casebook: z.string(),
  /** Documents processed. */
  documents: z.number().int(),
  /** Documents with status `ok`. */
  ok: z.number().int(),
  /** Documents with status `failed`. */
  failed: z.number().int(),
  /** Records written, per type. */
  counts: z.object({
    people: z.number().int(),
    organisations: z.number().int(),
    dates: z.number().int(),
    sentences: z.number().int(),
    fines: z.number().int(),
  }),
  /** Each failed document with its errors. */
  failures: z.array(Failure),
  /** Each document with warnings, and the warnings. */
  warnings: z.array(Failure),
  /** Words over all documents. */
  words: z.number().int(),
  /** Wall time of the run, in milliseconds. */
  elapsed_ms: z.number(),
  /** The files written beside the per-document ones (write/outputs.ts), cases first. */
  outputs: z.array(z.string()).optional(),
  /** With --incremental: documents processed for the first time, processed again, reused, and dropped (docs/scaling.md). */
  incremental: z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), removed: z.number().int() }).optional(),
  /** With --shard i/N: which part, of a listing of how many documents. */
  shard: z.object({ index: z.number().int(), count: z.number().int(), listing: z.number().int() }).optional(),
  /** A merge's runs, and the shards missing from it (--allow-partial). */
  merge: z.object({ runs: z.array(z.string()), missing_shards: z.array(z.number().int()), missing_documents: z.number().int() }).optional(),
});
export type RunSummary = z.infer<typeof RunSummary>;
