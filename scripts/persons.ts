/**
 * The persons fixture set (fixtures/persons): gold person clusters across the corpus letters
 * and the made-up letters under fixtures/persons/letters, and the score of the persons stage
 * on them. Used by scripts/corpus.ts's persons section and by tests/persons/fixtures.test.ts.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { PersonsStage } from "../src/persons/index.js";
import { scorePairs, type GoldPerson, type PairScores } from "../src/persons/score.js";
import { processText } from "../src/pipeline.js";
import type { DocumentResult } from "../src/records.js";

type Row = [string, string, string];

interface Fixture {
  corpus: Row[];
  letters: Row[];
}

/** A processed letter: its result and normalised text. */
export interface Letter {
  result: DocumentResult;
  text: string;
}

/** The gold people: the fixture's clusters, and every other gold person of the corpus letters alone. */
async function goldPeople(fixtures: string, corpus: string, ids: readonly string[]): Promise<GoldPerson[]> {
  const fixture = JSON.parse(await readFile(join(fixtures, "clusters.json"), "utf8")) as Fixture;
  const gold = [...fixture.corpus, ...fixture.letters].map(([cluster, document, name]) => ({ cluster, document, name }));
  const listed = new Set(gold.map((g) => `${g.document}\n${g.name}`));
  for (const id of ids) {
    const file = JSON.parse(await readFile(join(corpus, "gold", `${id}.json`), "utf8")) as { people?: { name: string }[] };
    for (const { name } of file.people ?? []) {
      const document = `${id}.txt`;
      if (!listed.has(`${document}\n${name}`)) gold.push({ cluster: `${document}#${name}`, document, name });
    }
  }
  return gold.filter((g) => g.document.endsWith(".txt"));
}

/** Processes the fixture's own letters. */
export async function fixtureLetters(fixtures: string): Promise<Letter[]> {
  const dir = join(fixtures, "letters");
  const names = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  const letters: Letter[] = [];
  for (const name of names) letters.push(await processText(await readFile(join(dir, name), "utf8"), name));
  return letters;
}

/**
 * Clusters the people of `corpusLetters` (already processed, ids `<id>.txt`) and of the
 * fixture's own letters together, and scores the clustering against the gold clusters.
 */
export async function scorePersons(fixtures: string, corpus: string, corpusLetters: readonly Letter[]): Promise<PairScores> {
  const letters = [...corpusLetters, ...(await fixtureLetters(fixtures))].sort((a, b) => (a.result.document.id < b.result.document.id ? -1 : 1));
  const stage = new PersonsStage();
  for (const { result, text } of letters) stage.add(result, text);
  const ids = corpusLetters.map((l) => l.result.document.id.replace(/\.txt$/, ""));
  const gold = (await goldPeople(fixtures, corpus, ids)).filter((g) => letters.some((l) => l.result.document.id === g.document));
  return scorePairs(stage.persons(), gold);
}

/** The section scripts/corpus.ts prints. */
export function formatPersons(scores: PairScores, verbose: boolean): string {
  const lines = [
    `Persons across letters (fixtures/persons: pairwise, ${scores.found} gold people found, ${scores.missing.length} not extracted)`,
    `precision ${scores.precision.toFixed(3)}  recall ${scores.recall.toFixed(3)}  TP ${scores.tp} FP ${scores.fp} FN ${scores.fn}`,
  ];
  if (verbose) {
    for (const pair of scores.falseMerges) lines.push(`  false merge: ${pair}`);
    for (const pair of scores.missedMerges) lines.push(`  missed merge: ${pair}`);
  }
  return lines.join("\n");
}
