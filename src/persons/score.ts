/**
 * Pairwise precision and recall of person clustering against gold clusters: over every pair
 * of gold people in different documents that the run found, a pair in one gold cluster and one
 * predicted person is a true positive, in one predicted person only a false merge, in one gold
 * cluster only a missed merge. People the extraction did not find are counted apart.
 */
import type { Cluster } from "./cluster.js";
import { nameForm } from "./key.js";

export interface GoldPerson {
  cluster: string;
  document: string;
  name: string;
}

export interface PairScores {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** Gold people found in their document, and those not found. */
  found: number;
  missing: GoldPerson[];
  /** The wrong merges and missed merges, as `document: name` pairs. */
  falseMerges: string[];
  missedMerges: string[];
}

const spelled = (name: string) => nameForm(name).tokens.join(" ");

/** Scores `clusters` against `gold`. */
export function scorePairs(clusters: readonly Cluster[], gold: readonly GoldPerson[]): PairScores {
  const predicted = new Map<string, string>();
  clusters.forEach((c, i) => {
    for (const e of c.entries) predicted.set(`${e.document}\n${spelled(e.name)}`, String(i));
  });
  const found: { gold: GoldPerson; person: string }[] = [];
  const missing: GoldPerson[] = [];
  for (const g of gold) {
    const person = predicted.get(`${g.document}\n${spelled(g.name)}`);
    if (person === undefined) missing.push(g);
    else found.push({ gold: g, person });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const falseMerges: string[] = [];
  const missedMerges: string[] = [];
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const [a, b] = [found[i], found[j]];
      if (!a || !b || a.gold.document === b.gold.document) continue;
      const same = a.gold.cluster === b.gold.cluster;
      const merged = a.person === b.person;
      const pair = `${a.gold.document}: ${a.gold.name} / ${b.gold.document}: ${b.gold.name}`;
      if (same && merged) tp++;
      else if (merged) {
        fp++;
        falseMerges.push(pair);
      } else if (same) {
        fn++;
        missedMerges.push(pair);
      }
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn, found: found.length, missing, falseMerges, missedMerges };
}
