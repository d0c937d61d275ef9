/**
 * Expected records scored against themselves give 1.000 everywhere, optional items
 * included as predictions: on the seed fixtures always, on the development corpus when
 * it is present beside the repository (it is never copied in).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluatePairs, loadExpected, pairDocuments } from "../../src/evaluate/index.js";
import { Actual, type Expected } from "../../src/evaluate/types.js";
import { CORPUS } from "../helpers/corpus.js";

const CORPUS_GOLD = `${CORPUS}/gold`;

function asActual(e: Expected): Actual {
  return Actual.parse({
    document: { id: e.document, letter_date: e.letter_date },
    people: [...e.people, ...e.optional_people.map((name) => ({ name }))],
    organisations: [...e.organisations, ...e.optional_organisations.map((name) => ({ name }))],
    dates: [...e.dates, ...e.optional_dates],
    sentences: [...e.sentences, ...e.optional_sentences],
    fines: [...e.fines, ...e.optional_fines],
  });
}

async function selfScore(dir: string) {
  const expected = await loadExpected(dir);
  const { pairs } = pairDocuments(expected, expected.map(asActual));
  return evaluatePairs(pairs);
}

describe("expected scored against itself", () => {
  it("gives 1.000 on fixtures/expected", async () => {
    const scores = await selfScore("fixtures/expected");
    expect(scores.overall).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    expect(scores.letterDate.accuracy).toBe(1);
  });

  it.skipIf(!existsSync(CORPUS_GOLD))("gives 1.000 on the development corpus", async () => {
    const scores = await selfScore(CORPUS_GOLD);
    expect(scores.documents.length).toBeGreaterThan(1);
    expect(scores.overall).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    expect(scores.letterDate.accuracy).toBe(1);
  });
});
