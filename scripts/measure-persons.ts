/**
 * The cost of the persons stage on a large batch (issue 15: ≤ 5% of the run's time):
 *   npm run build && node dist/scripts/measure-persons.js [--docs 2000]
 * Builds the bench's corpus (bench/corpus.ts), runs `casebook extract` on it, then times, on
 * the run's own output, what the persons stage adds: keying every document's people (done in
 * the workers), and on the main thread copies, evidence, clustering and writing persons.*.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildCorpus, loadSeeds } from "../bench/corpus.js";
import { PersonsStage } from "../src/persons/index.js";
import { keyRecords } from "../src/persons/key.js";
import type { DocumentResult } from "../src/records.js";
import { writePersons } from "../src/write/persons.js";

async function main(): Promise<void> {
  const at = process.argv.indexOf("--docs");
  const docs = at > 0 ? Number(process.argv[at + 1]) : 2000;
  const scratch = await mkdtemp(join(tmpdir(), "casebook-persons-bench-"));
  const seeds = await loadSeeds(fileURLToPath(new URL("../../fixtures/letters/", import.meta.url)));
  const corpus = await buildCorpus(join(scratch, "corpus"), seeds, docs);
  const out = join(scratch, "out");
  const started = performance.now();
  await promisify(execFile)(process.execPath, [fileURLToPath(new URL("../src/cli.js", import.meta.url)), "extract", join(scratch, "corpus"), "--out", out, "--quiet", "--no-report", "--no-ocr"], { maxBuffer: 1 << 26 });
  const runMs = performance.now() - started;

  const results: { result: DocumentResult; text: string }[] = [];
  for (const file of corpus) {
    const result = JSON.parse(await readFile(join(out, "json", `${file.id}.json`), "utf8")) as DocumentResult;
    result.document.copy_of = null;
    results.push({ result, text: await readFile(join(out, "text", `${file.id}.txt`), "utf8") });
  }
  let t = performance.now();
  for (const { result } of results) keyRecords(result, result.document.id);
  const keyMs = performance.now() - t;
  t = performance.now();
  const stage = new PersonsStage();
  let copies = 0;
  for (const { result, text } of results) if (stage.add(result, text)) copies++;
  const addMs = performance.now() - t;
  t = performance.now();
  const persons = stage.persons();
  const clusterMs = performance.now() - t;
  t = performance.now();
  await writePersons(join(scratch, "persons"), persons, { json: true, csv: true });
  const writeMs = performance.now() - t;
  const people = results.reduce((n, r) => n + r.result.people.length, 0);
  const stageMs = keyMs + addMs + clusterMs + writeMs;
  console.log(`${docs} documents, ${people} person records → ${persons.length} persons; ${copies} copies`);
  console.log(`run ${(runMs / 1000).toFixed(1)} s (the persons stage included)`);
  console.log(`keys ${keyMs.toFixed(0)} ms (in workers), copies+evidence ${addMs.toFixed(0)} ms, clustering ${clusterMs.toFixed(0)} ms, writing ${writeMs.toFixed(0)} ms`);
  console.log(`persons stage ${stageMs.toFixed(0)} ms = ${((100 * stageMs) / runMs).toFixed(1)}% of the run`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
