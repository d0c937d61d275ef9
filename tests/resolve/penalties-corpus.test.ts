/**
 * The penalty rules alone on the development corpus (people and dates from the gold files,
 * see penalties-gold.ts): F1 for sentences and fines stays at the target or above.
 */
import { describe, expect, it } from "vitest";
import { corpusPresent, letterIds, runLetter } from "./penalties-gold.js";

/**
 * A little under today's figures on all 38 letters (sentences 0.980, fines 0.765 with issue 12's
 * strict currency rule; 0.786 and 0.667 before penalties reached groups), so a drop shows at once;
 * ratcheted up as the rules improve, never lowered.
 */
const MIN_F1 = { sentences: 0.97, fines: 0.75 };

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
}

describe.skipIf(!corpusPresent)("penalties on the corpus with gold people", () => {
  const totals = { sentences: { tp: 0, fp: 0, fn: 0 }, fines: { tp: 0, fp: 0, fn: 0 } };
  for (const id of corpusPresent ? letterIds() : []) {
    const { evaluation } = runLetter(id);
    for (const type of ["sentences", "fines"] as const) {
      for (const k of ["tp", "fp", "fn"] as const) totals[type][k] += evaluation.counts[type][k];
    }
    if (id === "ituc-belarus-2020") {
      it("finds every penalty of the seed letter and nothing else", () => {
        expect(evaluation.counts.sentences).toEqual({ tp: 5, fp: 0, fn: 0 });
        expect(evaluation.counts.fines).toEqual({ tp: 1, fp: 0, fn: 0 });
      });
    }
  }

  it.each(["sentences", "fines"] as const)("%s F1 is at least the target", (type) => {
    const { tp, fp, fn } = totals[type];
    expect(f1(tp, fp, fn)).toBeGreaterThanOrEqual(MIN_F1[type]);
  });
});
