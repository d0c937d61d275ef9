/** Scores a set of document pairs: per record type and overall (micro), plus letter dates. */
import { RECORD_TYPES, type RecordType } from "../records.js";
import { addTally, ATTRIBUTES, zeroTally } from "./attributes.js";
import { evaluateDocument } from "./document.js";
import type { Pair } from "./load.js";
import { add, score, zero } from "./score.js";
import type { DocumentEvaluation, Scores } from "./types.js";

/** Sums per-document evaluations into scores; `overall` sums the given types only. */
export function aggregate(
  documents: DocumentEvaluation[],
  unpaired: string[] = [],
  types: readonly RecordType[] = RECORD_TYPES,
): Scores {
  const totals = Object.fromEntries(RECORD_TYPES.map((type) => [type, zero()])) as Record<RecordType, ReturnType<typeof zero>>;
  for (const doc of documents) for (const type of RECORD_TYPES) totals[type] = add(totals[type], doc.counts[type]);
  const byType = Object.fromEntries(RECORD_TYPES.map((type) => [type, score(totals[type])])) as Scores["byType"];
  const overall = score(types.map((type) => totals[type]).reduce(add, zero()));
  const correct = documents.filter((doc) => doc.letterDate.correct).length;
  const total = documents.length;
  const attributes = Object.fromEntries(
    ATTRIBUTES.map((name) => [name, documents.map((doc) => doc.attributes[name]).reduce(addTally, zeroTally())]),
  ) as Scores["attributes"];
  return {
    byType,
    overall,
    letterDate: { correct, total, accuracy: total === 0 ? 1 : correct / total },
    attributes,
    documents,
    unpaired,
  };
}

/** Evaluates every pair and sums the results (`overall` over `types`). */
export function evaluatePairs(pairs: readonly Pair[], unpaired: string[] = [], types: readonly RecordType[] = RECORD_TYPES): Scores {
  return aggregate(
    pairs.map((pair) => evaluateDocument(pair.expected, pair.actual)),
    unpaired,
    types,
  );
}
