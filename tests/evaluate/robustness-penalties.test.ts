/**
 * Letters written to stress the date, sentence and fine rules with phrasings the development
 * corpus does not cover (fixtures/robustness/letters/dpf-*.txt): "was handed a two-year prison
 * term", "three years' probation", "ordered to pay 500,000 tenge", "fined ₦20,000", a US letter
 * with month-first numeric dates, a `Name – 3 years` list, a deadline the letter asks for.
 * The minima sit at or a little under today's figures, so a regression fails.
 */
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { runEval } from "../../src/evaluate/index.js";
import { processFile } from "../../src/pipeline.js";

const ROOT = "fixtures/robustness";
/** Note: the prefix keeps these apart from the people/organisation letters in the same folder. */
const PREFIX = "dpf-";
const MINIMA = { dates: 0.98, sentences: 0.95, fines: 0.9 };

it("scores the dpf robustness letters at or above the minima for dates, sentences and fines", async () => {
  const out = await mkdtemp(join(tmpdir(), "casebook-robustness-dpf-"));
  const expected = join(out, "expected");
  await mkdir(join(out, "json"));
  await mkdir(expected);
  const names = (await readdir(join(ROOT, "letters"))).filter((n) => n.startsWith(PREFIX)).sort();
  expect(names.length).toBeGreaterThanOrEqual(6);
  for (const name of names) {
    const { result } = await processFile(join(ROOT, "letters", name), name);
    await writeFile(join(out, "json", `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const gold = name.replace(/\.txt$/u, ".json");
    await copyFile(join(ROOT, "expected", gold), join(expected, gold));
  }
  const { report, scores } = await runEval({ expected, actual: out, verbose: true });
  console.log(`fixtures/robustness (${PREFIX}*):\n${report}`);
  for (const [type, minimum] of Object.entries(MINIMA)) {
    expect(scores.byType[type as keyof typeof MINIMA].f1, type).toBeGreaterThanOrEqual(minimum);
  }
  expect(scores.letterDate.accuracy).toBe(1);
});
