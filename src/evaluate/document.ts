/** Compares one expected file with one actual file, record type by record type. */
import type { RecordType } from "../records.js";
import {
  fineScorer,
  scoreDate,
  scoreOptionalDate,
  scoreOptionalOrganisation,
  scoreOptionalPerson,
  scoreOrganisation,
  scorePerson,
  sentenceScorer,
  type SamePerson,
} from "./compare.js";
import { evaluateAttributes } from "./attributes.js";
import { describe } from "./describe.js";
import { matchList } from "./match.js";
import { intersects, personKey, personKeys } from "./normalise.js";
import type { Actual, Counts, DocumentEvaluation, Expected, ListEvaluation } from "./types.js";

const EMPTY: Actual = {
  document: { id: "", letter_date: null },
  people: [],
  organisations: [],
  dates: [],
  sentences: [],
  fines: [],
};

/**
 * The person test for sentences and fines: the two names share a key once each is widened
 * to its person record's name and aliases, or their person records were matched.
 */
function samePersonIn(expected: Expected, actual: Actual, people: ListEvaluation<Expected["people"][number], Actual["people"][number]>): SamePerson {
  const expectedKeys = (name: string): Set<string> => {
    const key = personKey(name);
    const record = expected.people.find((p) => personKeys(p).has(key));
    return record ? new Set([key, ...personKeys(record)]) : new Set([key]);
  };
  return (name, a) => {
    if (name === null || a.person === null) return name === null && a.person === null;
    const key = personKey(a.person);
    const record =
      actual.people.find((p) => a.person_id !== null && p.id === a.person_id) ??
      actual.people.find((p) => personKeys(p).has(key));
    const actualKeys = record ? new Set([key, ...personKeys(record)]) : new Set([key]);
    const ek = expectedKeys(name);
    if (intersects(ek, actualKeys)) return true;
    return people.matched.some((m) => m.actual === record && intersects(ek, personKeys(m.expected)));
  };
}

function counts(list: ListEvaluation<unknown, unknown>): Counts {
  return { tp: list.matched.length, fp: list.extra.length, fn: list.missed.length };
}

/** Evaluates one document; a missing actual file counts every expected record as missed. */
export function evaluateDocument(expected: Expected, actualOrNull: Actual | null): DocumentEvaluation {
  const actual = actualOrNull ?? EMPTY;
  const people = matchList(expected.people, expected.optional_people, actual.people, scorePerson, scoreOptionalPerson);
  const samePerson = samePersonIn(expected, actual, people);
  const sentenceScore = sentenceScorer(samePerson);
  const fineScore = fineScorer(samePerson);
  const sentences = matchList(expected.sentences, expected.optional_sentences, actual.sentences, sentenceScore, sentenceScore);
  const fines = matchList(expected.fines, expected.optional_fines, actual.fines, fineScore, fineScore);
  const lists: Record<RecordType, ListEvaluation<unknown, unknown>> = {
    people,
    organisations: matchList(
      expected.organisations,
      expected.optional_organisations,
      actual.organisations,
      scoreOrganisation,
      scoreOptionalOrganisation,
    ),
    dates: matchList(expected.dates, expected.optional_dates, actual.dates, scoreDate, scoreOptionalDate),
    sentences,
    fines,
  };
  const types = Object.keys(lists) as RecordType[];
  const per = <T>(f: (type: RecordType, list: ListEvaluation<unknown, unknown>) => T): Record<RecordType, T> =>
    Object.fromEntries(types.map((type) => [type, f(type, lists[type])])) as Record<RecordType, T>;
  const actualDate = actualOrNull ? actual.document.letter_date : null;
  return {
    document: expected.document,
    actual: actualOrNull ? actual.document.id : null,
    counts: per((_, list) => counts(list)),
    missed: per((type, list) => list.missed.map((record) => describe(type, record))),
    extra: per((type, list) => list.extra.map((record) => describe(type, record))),
    ignored: per((type, list) => list.ignored.map((record) => describe(type, record))),
    letterDate: { expected: expected.letter_date, actual: actualDate, correct: actualOrNull !== null && expected.letter_date === actualDate },
    attributes: evaluateAttributes(expected, actual, { people, sentences, fines }),
  };
}
