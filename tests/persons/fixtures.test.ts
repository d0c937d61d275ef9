/**
 * The persons fixture set (fixtures/persons): gold clusters across the corpus letters and the
 * made-up letters, scored pairwise. Gates: precision ≥ 0.98, recall ≥ 0.90 (issue 15).
 * Skipped where the corpus is absent (it is read in place, never copied into the repository).
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scorePersons, type Letter } from "../../scripts/persons.js";
import { processText } from "../../src/pipeline.js";
import { CORPUS } from "../helpers/corpus.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/persons", import.meta.url));

describe.skipIf(!existsSync(join(CORPUS, "letters")))("persons across letters", () => {
  it("links people across the corpus and fixture letters with precision ≥ 0.98 and recall ≥ 0.90", { timeout: 300_000 }, async () => {
    const letters: Letter[] = [];
    for (const file of (await readdir(join(CORPUS, "letters"))).filter((f) => f.endsWith(".txt")).sort()) {
      // Note: the corpus letters start with a two-line Source header, as scripts/corpus.ts strips.
      const text = (await readFile(join(CORPUS, "letters", file), "utf8")).split("\n").slice(2).join("\n");
      letters.push(await processText(text, file));
    }
    const scores = await scorePersons(FIXTURES, CORPUS, letters);
    expect(scores.falseMerges).toEqual([]);
    expect(scores.precision).toBeGreaterThanOrEqual(0.98);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.tp).toBeGreaterThanOrEqual(14);
  });
});
