/**
 * The share of matched penalties whose date equals the gold's (issue 17: sentence date ≥ 0.90,
 * fine date ≥ 0.95 on the development corpus). Penalties are matched as `casebook eval` matches
 * them (person and days, person and amount; the date only breaks ties), then their dates compared.
 *   node dist/scripts/penalty-dates.js [--corpus DIR] [--letter ID[,ID]] [--verbose]
 * DIR holds letters/ and gold/ (the corpus, the default) or expected/ (fixtures/heldout and the like).
 * `--verbose` lists every matched penalty whose date differs.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fineScorer, scorePerson, scoreOptionalPerson, sentenceScorer, type SamePerson } from "../src/evaluate/compare.js";
import { loadExpected } from "../src/evaluate/load.js";
import { matchList } from "../src/evaluate/match.js";
import { intersects, personKey, personKeys } from "../src/evaluate/normalise.js";
import type { Expected } from "../src/evaluate/types.js";
import { processText } from "../src/pipeline.js";
import type { DocumentResult } from "../src/records.js";

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The person test of src/evaluate/document.ts: names share a key once widened to their records, or the records matched. */
function samePersonIn(expected: Expected, actual: DocumentResult): SamePerson {
  const people = matchList(expected.people, expected.optional_people, actual.people, scorePerson, scoreOptionalPerson);
  return (name, a) => {
    if (name === null || a.person === null) return name === null && a.person === null;
    const key = personKey(name);
    const expectedRecord = expected.people.find((p) => personKeys(p).has(key));
    const ek = expectedRecord ? new Set([key, ...personKeys(expectedRecord)]) : new Set([key]);
    const record = actual.people.find((p) => p.id === a.person_id) ?? actual.people.find((p) => personKeys(p).has(personKey(a.person ?? "")));
    const ak = record ? new Set([personKey(a.person), ...personKeys(record)]) : new Set([personKey(a.person)]);
    return intersects(ek, ak) || people.matched.some((m) => m.actual === record && intersects(ek, personKeys(m.expected)));
  };
}

interface Tally {
  same: number;
  matched: number;
  wrong: string[];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = (flag: string): string | undefined => argv[argv.indexOf(flag) + 1];
  const corpus = resolve(argv.includes("--corpus") ? (at("--corpus") ?? "") : join(repoRoot(), "../shared/corpus"));
  const only = argv.includes("--letter") ? (at("--letter") ?? "").split(",") : null;
  const verbose = argv.includes("--verbose");
  // Note: the corpus keeps its gold in gold/, the fixture sets in expected/.
  const goldDir = existsSync(join(corpus, "gold")) ? join(corpus, "gold") : join(corpus, "expected");
  const golds = (await loadExpected(goldDir)).filter((g) => {
    const id = g.document.replace(/\.txt$/u, "");
    return id !== "ituc-belarus-2020" && (!only || only.includes(id));
  });
  const letters = new Set(await readdir(join(corpus, "letters")));
  const tally = { sentences: { same: 0, matched: 0, wrong: [] } as Tally, fines: { same: 0, matched: 0, wrong: [] } as Tally };
  for (const gold of golds) {
    if (!letters.has(gold.document)) continue;
    const raw = await readFile(join(corpus, "letters", gold.document), "utf8");
    // Note: corpus letters open with a two-line `Source:` header, which is no part of the letter.
    const text = raw.startsWith("Source:") ? raw.split("\n").slice(2).join("\n") : raw;
    const { result } = await processText(text, gold.document);
    const same = samePersonIn(gold, result);
    const pairs = [
      ["sentences", matchList(gold.sentences, [], result.sentences, sentenceScorer(same), () => 0).matched],
      ["fines", matchList(gold.fines, [], result.fines, fineScorer(same), () => 0).matched],
    ] as const;
    for (const [type, matched] of pairs) {
      for (const { expected, actual } of matched) {
        tally[type].matched++;
        if (expected.date === actual.date) tally[type].same++;
        else tally[type].wrong.push(`${gold.document}  ${expected.person}: "${expected.text}" gold ${expected.date ?? "none"}, got ${actual.date ?? "none"}`);
      }
    }
  }
  for (const type of ["sentences", "fines"] as const) {
    const { same, matched, wrong } = tally[type];
    console.log(`${type.padEnd(10)} date right ${same}/${matched} = ${matched ? (same / matched).toFixed(3) : "-"}`);
    if (verbose) for (const line of wrong) console.log(`  ${line}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
