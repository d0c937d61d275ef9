import { describe, expect, it } from "vitest";
import { add, score } from "../../src/evaluate/score.js";

describe("score", () => {
  it("computes precision, recall and F1", () => {
    const s = score({ tp: 6, fp: 2, fn: 4 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it("gives F1 0 to an empty prediction when something was expected", () => {
    expect(score({ tp: 0, fp: 0, fn: 5 })).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });

  it("gives 1 when nothing was expected and nothing predicted", () => {
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("adds counts", () => {
    expect(add({ tp: 1, fp: 2, fn: 3 }, { tp: 4, fp: 5, fn: 6 })).toEqual({ tp: 5, fp: 7, fn: 9 });
  });
});
