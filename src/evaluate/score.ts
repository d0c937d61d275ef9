/** Precision, recall and F1 from counts, and sums of counts (micro-averaging). */
import type { Counts, Score } from "./types.js";

/** Zero counts. */
export function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds counts. */
export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Scores counts. Note: with nothing predicted precision is 1, with nothing expected recall
 * is 1, and F1 = 2TP / (2TP + FP + FN) is 1 only when there was nothing to find and nothing
 * was found — so an empty extractor on a letter with records scores F1 0, not 1.
 */
export function score(counts: Counts): Score {
  const { tp, fp, fn } = counts;
  return {
    ...counts,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}
