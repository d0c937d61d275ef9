/**
 * Whole-letter fixtures: the pipeline on every form of the seed letter (Markdown, Word, PDF,
 * letterhead forms, the scan), scored against fixtures/expected/: every record type must
 * reach F1 1.0 in every form, and the letter date must be right.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "../../src/evaluate/index.js";
import { processFile } from "../../src/pipeline.js";

const LETTERS = "fixtures/letters";
const EXPECTED = "fixtures/expected";
const MIN_F1 = 1;

describe("fixtures/expected", () => {
  it("has one file per letter, identical except for document", async () => {
    const letters = (await readdir(LETTERS)).sort();
    const files = (await readdir(EXPECTED)).filter((f) => f.endsWith(".json")).sort();
    expect(files).toEqual(letters.map((l) => `${l}.json`));
    const parsed = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(EXPECTED, f), "utf8")) as Record<string, unknown>));
    parsed.forEach((p, i) => expect(p.document).toBe(letters[i]));
    const bodies = new Set(parsed.map(({ document: _, ...rest }) => JSON.stringify(rest)));
    expect(bodies.size).toBe(1);
  });
});

describe("the pipeline on fixtures/letters", () => {
  it(`scores at least F1 ${MIN_F1} against fixtures/expected`, async () => {
    const out = await mkdtemp(join(tmpdir(), "casebook-fixtures-"));
    await mkdir(join(out, "json"));
    for (const name of (await readdir(LETTERS)).sort()) {
      const { result } = await processFile(join(LETTERS, name), name);
      await writeFile(join(out, "json", `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    }
    const { report, scores } = await runEval({ expected: EXPECTED, actual: out, minF1: MIN_F1 });
    console.log(`fixtures/letters against fixtures/expected:\n${report}`);
    expect(scores.documents.every((doc) => doc.actual !== null)).toBe(true);
    for (const [type, score] of Object.entries(scores.byType)) {
      expect(score.f1, `${type} F1`).toBeGreaterThanOrEqual(MIN_F1);
    }
    expect(scores.letterDate.accuracy).toBe(1);
  });
});
