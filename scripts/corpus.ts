/**
 * Scores casebook on the development corpus, in process:
 *   npx tsx scripts/corpus.ts [--types people,organisations] [--letter ID[,ID]]... [--verbose]
 *     [--baseline] [--min-f1 X] [--min-f1-<type> X] [--min-<attribute> X] [--out DIR] [--corpus DIR]
 * Each letter's two-line Source header is stripped, the text goes through `processText`, the
 * result is written to DIR/json (a temp dir by default) and scored against DIR/../gold. The seed
 * letter is reported on its own line, outside the totals. Exit code 1 when a minimum fails.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { accuracy, ATTRIBUTES, type Attribute } from "../src/evaluate/attributes.js";
import { baselineResult, BASELINE_TYPES } from "../src/evaluate/baseline.js";
import { checkMinima, evaluatePairs, formatAttributes, formatListing, formatPerDocument, formatTable, loadExpected, pairDocuments, type Column, type MinF1 } from "../src/evaluate/index.js";
import { processText } from "../src/pipeline.js";
import { RECORD_TYPES, type DocumentResult, type RecordType } from "../src/records.js";
import { formatPersons, scorePersons, type Letter } from "./persons.js";

const SEED = "ituc-belarus-2020";

/** The repository root: the nearest folder above this file holding package.json (works from dist/ too). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

interface Args {
  corpus: string;
  out: string | null;
  types: RecordType[];
  letters: string[];
  verbose: boolean;
  baseline: boolean;
  minF1: Partial<Record<RecordType | "overall", number>>;
  /** Minimum accuracy of an attribute of matched records (`--min-person_roles 0.6`) or of `letter_date`. */
  minAttribute: Partial<Record<Attribute | "letter_date", number>>;
}

function fraction(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`${flag} needs a number from 0 to 1`);
  return n;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: resolve(repoRoot(), "../shared/corpus"), out: null, types: [...RECORD_TYPES], letters: [], verbose: false, baseline: false, minF1: {}, minAttribute: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? "";
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === "--verbose" || flag === "-v") args.verbose = true;
    else if (flag === "--baseline") args.baseline = true;
    else if (flag === "--corpus") args.corpus = resolve(value());
    else if (flag === "--out") args.out = resolve(value());
    else if (flag === "--letter") args.letters.push(...value().split(",").map((id) => id.trim().replace(/\.txt$/, "")));
    else if (flag === "--types") {
      const types = value().split(",").map((t) => t.trim());
      const bad = types.filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
      if (bad.length) throw new Error(`unknown record type(s): ${bad.join(", ")} (known: ${RECORD_TYPES.join(", ")})`);
      args.types = types as RecordType[];
    } else if (flag === "--min-f1") args.minF1.overall = Number(value());
    else if (flag.startsWith("--min-f1-")) {
      const type = flag.slice("--min-f1-".length);
      if (!(RECORD_TYPES as readonly string[]).includes(type) && type !== "overall") throw new Error(`unknown flag ${flag}`);
      args.minF1[type as RecordType] = fraction(flag, value());
    } else if (flag.startsWith("--min-") && [...ATTRIBUTES, "letter_date"].includes(flag.slice("--min-".length))) {
      args.minAttribute[flag.slice("--min-".length) as Attribute | "letter_date"] = fraction(flag, value());
    } else throw new Error(`unknown flag ${flag}`);
  }
  return args;
}

/**
 * The corpus's sets as its README lists them: the ids in the table under each `### ` heading
 * that names a set ("Second set: …"), and the first set as every other letter. Empty when the
 * README has no such heading, so a corpus without sets is scored as one.
 */
async function corpusSets(corpus: string, ids: readonly string[]): Promise<{ label: string; ids: string[] }[]> {
  const readme = await readFile(join(corpus, "README.md"), "utf8").catch(() => "");
  const sets: { label: string; ids: string[] }[] = [];
  let current: { label: string; ids: string[] } | null = null;
  for (const line of readme.split("\n")) {
    const heading = /^#{2,3} (.+)$/.exec(line);
    if (heading) {
      const label = heading[1] ?? "";
      current = /\bset\b/i.test(label) && !/^texts$/i.test(label) ? { label: label.split(":")[0] ?? label, ids: [] } : null;
      if (current) sets.push(current);
      continue;
    }
    const row = /^\| ([a-z0-9][a-z0-9-]*) \|/.exec(line);
    if (current && row?.[1] && ids.includes(row[1])) current.ids.push(row[1]);
  }
  const named = sets.filter((set) => set.ids.length > 0);
  if (named.length === 0) return [];
  const inSets = new Set(named.flatMap((set) => set.ids));
  const first = ids.filter((id) => id !== SEED && !inSets.has(id));
  return [{ label: "First set", ids: first }, ...named];
}

/** A letter's text without its two-line `Source:` header. */
function stripHeader(text: string): string {
  return text.split("\n").slice(2).join("\n");
}

async function writeJson(dir: string, result: DocumentResult): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${result.document.id}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const lettersDir = join(args.corpus, "letters");
  const out = args.out ?? (await mkdtemp(join(tmpdir(), "casebook-corpus-")));
  let ids = (await readdir(lettersDir)).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
  if (args.letters.length) ids = ids.filter((id) => args.letters.includes(id));
  if (ids.length === 0) throw new Error(`no letters found in ${lettersDir}${args.letters.length ? ` for ${args.letters.join(", ")}` : ""}`);

  const ours: DocumentResult[] = [];
  const letters: Letter[] = [];
  const theirs: DocumentResult[] = [];
  for (const id of ids) {
    const text = stripHeader(await readFile(join(lettersDir, `${id}.txt`), "utf8"));
    const { result, text: normalised } = await processText(text, `${id}.txt`);
    ours.push(result);
    letters.push({ result, text: normalised });
    await writeJson(join(out, "json"), result);
    if (args.baseline) {
      const base = baselineResult(normalised, result.document);
      theirs.push(base);
      await writeJson(join(out, "baseline", "json"), base);
    }
  }

  const expected = (await loadExpected(join(args.corpus, "gold"))).filter((e) => ids.includes(e.document.replace(/\.txt$/, "")));
  const isSeed = (doc: string): boolean => doc.replace(/\.txt$/, "") === SEED;
  const score = (results: DocumentResult[], seed: boolean, types: readonly RecordType[]) => {
    const { pairs } = pairDocuments(expected.filter((e) => isSeed(e.document) === seed), results);
    return evaluatePairs(pairs, [], types);
  };
  const baseTypes = args.types.filter((t) => (BASELINE_TYPES as readonly string[]).includes(t));
  const columns = (seed: boolean): Column[] => [
    { label: "casebook", scores: score(ours, seed, args.types) },
    ...(args.baseline ? [{ label: "compromise", scores: score(theirs, seed, baseTypes), types: baseTypes, letterDate: false }] : []),
  ];

  const main = columns(false);
  const counted = main[0]?.scores.documents.length ?? 0;
  console.log(`Corpus ${args.corpus}: ${counted} letters scored (seed letter apart); results in ${out}\n`);
  if (counted > 0 && main[0]) console.log(`${formatTable(main, args.types)}\n\n${formatAttributes(main[0].scores)}`);
  // Note: the sets are shown apart (issue 12) so a gain on one set cannot hide a loss on the other.
  for (const set of counted > 0 ? await corpusSets(args.corpus, ids) : []) {
    const inSet = (results: DocumentResult[]) => results.filter((r) => set.ids.includes(r.document.id.replace(/\.txt$/, "")));
    const { pairs } = pairDocuments(expected.filter((e) => set.ids.includes(e.document.replace(/\.txt$/, ""))), inSet(ours));
    const scores = evaluatePairs(pairs, [], args.types);
    console.log(`\n${set.label} (${scores.documents.length} letters)\n${formatTable([{ label: "casebook", scores }], args.types)}\n\n${formatAttributes(scores)}`);
  }
  const seed = ids.includes(SEED) ? columns(true) : [];
  if (seed[0]) {
    const line = seed.map((c) => `${c.label} F1 ${c.scores.overall.f1.toFixed(3)} (TP ${c.scores.overall.tp} FP ${c.scores.overall.fp} FN ${c.scores.overall.fn})`);
    console.log(`\nseed ${SEED} (not in totals): ${line.join("; ")}`);
    if (args.verbose) console.log(`\n${formatTable(seed, args.types)}`);
  }
  if (args.verbose && main[0] && counted > 0) {
    console.log(`\n${formatPerDocument(main[0].scores, args.types)}`);
    console.log(`\n${formatListing(main[0].scores, args.types)}`);
  }
  if (args.verbose && seed[0]) console.log(`\n${formatListing(seed[0].scores, args.types)}`);
  // Note: persons across letters (issue 15), on the corpus and fixtures/persons's own letters.
  console.log(`\n${formatPersons(await scorePersons(join(repoRoot(), "fixtures", "persons"), args.corpus, letters), args.verbose)}`);
  // Note: minima apply to the totals; only when the seed alone was asked for do they apply to it.
  const judged = counted > 0 ? main[0] : seed[0];
  const failures = judged ? checkMinima(judged.scores, args.minF1 as MinF1) : [];
  for (const [name, min] of Object.entries(args.minAttribute)) {
    if (!judged) break;
    const value = name === "letter_date" ? judged.scores.letterDate.accuracy : accuracy(judged.scores.attributes[name as Attribute]);
    if (value < min) failures.push(`${name} ${value.toFixed(3)} < ${min.toFixed(3)}`);
  }
  if (failures.length) {
    console.log(`\nFAILED: ${failures.join("; ")}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
