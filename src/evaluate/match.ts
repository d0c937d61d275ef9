/**
 * The generic one-to-one matching every record type uses: candidate pairs are scored,
 * then taken greedily from the best score down, each expected and each actual record at
 * most once. Unmatched predictions that match an optional item are set aside (ignored).
 */
import type { ListEvaluation } from "./types.js";

/** How well `actual` matches `expected`: 0 for no match, higher for a closer one. */
export type Scorer<E, A> = (expected: E, actual: A) => number;

/**
 * Matches predictions against expected records and optional items.
 * Note: greedy by score, ties broken by list order, so the outcome is deterministic; with
 * the scorers used here (exact key equality) it finds the best matching in practice.
 */
export function matchList<E, A, O>(
  expected: readonly E[],
  optional: readonly O[],
  actual: readonly A[],
  score: Scorer<E, A>,
  scoreOptional: Scorer<O, A>,
): ListEvaluation<E, A> {
  const pairs: { e: number; a: number; score: number }[] = [];
  expected.forEach((e, ei) =>
    actual.forEach((a, ai) => {
      const value = score(e, a);
      if (value > 0) pairs.push({ e: ei, a: ai, score: value });
    }),
  );
  pairs.sort((x, y) => y.score - x.score || x.e - y.e || x.a - y.a);
  const expectedTaken = new Set<number>();
  const actualTaken = new Set<number>();
  const matched: ListEvaluation<E, A>["matched"] = [];
  for (const pair of pairs) {
    if (expectedTaken.has(pair.e) || actualTaken.has(pair.a)) continue;
    expectedTaken.add(pair.e);
    actualTaken.add(pair.a);
    matched.push({ expected: expected[pair.e] as E, actual: actual[pair.a] as A });
  }
  const extra: A[] = [];
  const ignored: A[] = [];
  actual.forEach((a, ai) => {
    if (actualTaken.has(ai)) return;
    // Note: an optional item absorbs any number of predictions; a second prediction of an
    // already matched expected record is a duplicate and counts as a false positive.
    if (optional.some((o) => scoreOptional(o, a) > 0)) ignored.push(a);
    else extra.push(a);
  });
  const missed = expected.filter((_, ei) => !expectedTaken.has(ei));
  return { matched, missed, extra, ignored };
}
