/**
 * The shapes the evaluation reads: expected files (the corpus gold format) and actual files
 * (casebook's `DocumentResult`, read leniently so that a schema change elsewhere does not
 * stop the scoring), and the scores it produces.
 */
import { z } from "zod";
import type { RecordType } from "../records.js";
import type { Attribute, AttributeTally } from "./attributes.js";

const Strings = z.array(z.string()).default([]);

const ExpectedPerson = z.object({
  name: z.string(),
  aliases: Strings,
  roles: Strings,
  organisation: z.string().nullable().default(null),
});
const ExpectedOrganisation = z.object({
  name: z.string(),
  acronym: z.string().nullable().default(null),
  aliases: Strings,
});
const ExpectedDate = z.object({ text: z.string().default(""), value: z.string() });
const ExpectedSentence = z.object({
  person: z.string().nullable().default(null),
  text: z.string().default(""),
  // null for a penalty with no term an analyst may still list (a life sentence: optional in gold).
  days: z.number().nullable(),
  kind: z.string().nullable().default(null),
  duration: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
});
const MoneySchema = z.object({ amount: z.number(), currency: z.string() });
const ExpectedFine = z.object({
  person: z.string().nullable().default(null),
  text: z.string().default(""),
  amount: z.number(),
  currency: z.string().nullable().default(null),
  unit: z.string().nullable().default(null),
  money: z.array(MoneySchema).default([]),
  date: z.string().nullable().default(null),
});

/** One expected file: the records an extractor should find in one document. */
export const Expected = z.object({
  document: z.string(),
  letter_date: z.string().nullable().default(null),
  people: z.array(ExpectedPerson).default([]),
  optional_people: Strings,
  organisations: z.array(ExpectedOrganisation).default([]),
  optional_organisations: Strings,
  dates: z.array(ExpectedDate).default([]),
  optional_dates: z.array(ExpectedDate).default([]),
  sentences: z.array(ExpectedSentence).default([]),
  optional_sentences: z.array(ExpectedSentence).default([]),
  fines: z.array(ExpectedFine).default([]),
  optional_fines: z.array(ExpectedFine).default([]),
});
export type Expected = z.infer<typeof Expected>;
export type ExpectedPerson = z.infer<typeof ExpectedPerson>;
export type ExpectedOrganisation = z.infer<typeof ExpectedOrganisation>;
export type ExpectedDate = z.infer<typeof ExpectedDate>;
export type ExpectedSentence = z.infer<typeof ExpectedSentence>;
export type ExpectedFine = z.infer<typeof ExpectedFine>;

const Where = { start: z.number().optional(), end: z.number().optional() };
const ActualPerson = z.object({
  ...Where,
  id: z.string().optional(),
  name: z.string(),
  aliases: Strings,
  roles: Strings,
  organisation: z.string().nullable().default(null),
});
const ActualOrganisation = z.object({
  ...Where,
  name: z.string(),
  acronym: z.string().nullable().default(null),
  aliases: Strings,
});
const ActualDate = z.object({ ...Where, text: z.string().default(""), value: z.string() });
const ActualSentence = ExpectedSentence.extend({ ...Where, person_id: z.string().nullable().default(null) });
const ActualFine = ExpectedFine.extend({ ...Where, person_id: z.string().nullable().default(null) });

/** One actual file, read leniently: only the fields the evaluation compares. */
export const Actual = z.object({
  document: z.object({
    id: z.string(),
    letter_date: z.string().nullable().default(null),
    language: z.string().nullish(),
  }),
  people: z.array(ActualPerson).default([]),
  organisations: z.array(ActualOrganisation).default([]),
  dates: z.array(ActualDate).default([]),
  sentences: z.array(ActualSentence).default([]),
  fines: z.array(ActualFine).default([]),
});
export type Actual = z.infer<typeof Actual>;
export type ActualPerson = z.infer<typeof ActualPerson>;
export type ActualOrganisation = z.infer<typeof ActualOrganisation>;
export type ActualDate = z.infer<typeof ActualDate>;
export type ActualSentence = z.infer<typeof ActualSentence>;
export type ActualFine = z.infer<typeof ActualFine>;

/** True/false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with precision, recall and F1 derived from them. */
export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** The outcome of comparing one record list of one document. */
export interface ListEvaluation<E, A> {
  matched: { expected: E; actual: A }[];
  missed: E[];
  extra: A[];
  /** Predictions that matched an optional item: neither rewarded nor penalised. */
  ignored: A[];
}

/** One document's comparison, per record type, described as strings for the listing. */
export interface DocumentEvaluation {
  document: string;
  /** The actual file's document id, or null when no actual file was found for it. */
  actual: string | null;
  counts: Record<RecordType, Counts>;
  missed: Record<RecordType, string[]>;
  extra: Record<RecordType, string[]>;
  /** Predictions set aside because they matched an optional item. */
  ignored: Record<RecordType, string[]>;
  letterDate: { expected: string | null; actual: string | null; correct: boolean };
  /** Attributes of matched records: organisation and roles of people, dates of penalties. */
  attributes: Record<Attribute, AttributeTally>;
}

/** A whole evaluation: per type, overall (micro) and letter dates, plus per document. */
export interface Scores {
  byType: Record<RecordType, Score>;
  overall: Score;
  letterDate: { correct: number; total: number; accuracy: number };
  /** Attribute tallies summed over the documents. */
  attributes: Record<Attribute, AttributeTally>;
  documents: DocumentEvaluation[];
  /** Actual files with no expected file (not scored). */
  unpaired: string[];
}
