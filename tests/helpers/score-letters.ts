/**
 * Runs the pipeline on a folder of letters (optionally those with a name prefix) and scores
 * the results against the matching expected files: the shared body of the whole-letter tests.
 */
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runEval } from "../../src/evaluate/index.js";
import type { Scores } from "../../src/evaluate/types.js";
import { processFile } from "../../src/pipeline.js";

export interface Scored {
  letters: string[];
  scores: Scores;
  report: string;
}

/** `root/letters/<name>` scored against `root/expected/<name minus .txt>.json`. */
export async function scoreLetters(root: string, prefix = ""): Promise<Scored> {
  const out = await mkdtemp(join(tmpdir(), "casebook-letters-"));
  const expected = join(out, "expected");
  await mkdir(join(out, "json"));
  await mkdir(expected);
  const letters = (await readdir(join(root, "letters"))).filter((name) => name.startsWith(prefix)).sort();
  for (const name of letters) {
    const { result } = await processFile(join(root, "letters", name), name);
    await writeFile(join(out, "json", `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const gold = name.replace(/\.txt$/u, ".json");
    await copyFile(join(root, "expected", gold), join(expected, gold));
  }
  const { report, scores } = await runEval({ expected, actual: out, verbose: true });
  console.log(`${root}/letters/${prefix}*:\n${report}`);
  return { letters, scores, report };
}
