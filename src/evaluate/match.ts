/**
 * The generic one-to-one matching every record type uses: candidate pairs are scored,
 * then taken greedily from the best score down, each expected and each actual record at
 * most once. An unmatched prediction that matches a still unused optional item is set aside
 * (ignored) and uses that item up: each optional item excuses one prediction.
 */
import type { ListEvaluation } from "./types.js";

/** How well `actual` matches `expected`: 0 for no match, higher for a closer one. */
export type Scorer<E, A> = (expected: E, actual: A) => number;

/**
 * Matches predictions against expected records and optional items.
 * Note: greedy by score (ties in list order) picks the closest pairs; augmenting paths then
 * make the matching as large as possible, so an early alias-only pairing can never cost a
 * true positive. The outcome is deterministic.
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
  const byExpected = new Map<number, number>();
  const byActual = new Map<number, number>();
  for (const pair of pairs) {
    if (byExpected.has(pair.e) || byActual.has(pair.a)) continue;
    byExpected.set(pair.e, pair.a);
    byActual.set(pair.a, pair.e);
  }
  augment(expected.length, pairs, byExpected, byActual);
  const expectedTaken = new Set(byExpected.keys());
  const actualTaken = new Set(byActual.keys());
  const matched = [...byExpected]
    .sort(([x], [y]) => x - y)
    .map(([e, a]) => ({ expected: expected[e] as E, actual: actual[a] as A }));
  const extra: A[] = [];
  const ignored: A[] = [];
  const optionalUsed = new Set<number>();
  actual.forEach((a, ai) => {
    if (actualTaken.has(ai)) return;
    // Note: an optional item excuses one prediction, not every prediction for that person or
    // value: a second one is a duplicate and counts as a false positive (issue 12's rule).
    const oi = optional.findIndex((o, i) => !optionalUsed.has(i) && scoreOptional(o, a) > 0);
    if (oi >= 0) {
      optionalUsed.add(oi);
      ignored.push(a);
    } else extra.push(a);
  });
  const missed = expected.filter((_, ei) => !expectedTaken.has(ei));
  return { matched, missed, extra, ignored };
}

/** Grows a matching along augmenting paths (Kuhn's algorithm), in place. */
function augment(
  size: number,
  pairs: readonly { e: number; a: number }[],
  byExpected: Map<number, number>,
  byActual: Map<number, number>,
): void {
  const edges = new Map<number, number[]>();
  for (const { e, a } of pairs) edges.set(e, [...(edges.get(e) ?? []), a]);
  const tryExpected = (e: number, seen: Set<number>): boolean => {
    for (const a of edges.get(e) ?? []) {
      if (seen.has(a)) continue;
      seen.add(a);
      const holder = byActual.get(a);
      if (holder === undefined || tryExpected(holder, seen)) {
        byExpected.set(e, a);
        byActual.set(a, e);
        return true;
      }
    }
    return false;
  };
  for (let e = 0; e < size; e++) if (!byExpected.has(e)) tryExpected(e, new Set());
}
