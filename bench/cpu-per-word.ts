/**
 * CPU per word of the extraction, A/B between two builds (issue 12's speed target):
 *   node dist/bench/cpu-per-word.js --old /work/perf-old [--new .] [--rounds 6] [--loops 8] [--corpus DIR]
 * Each build must be built (`npm run build` in it). A round runs one child process per build,
 * in alternating order, so that a disturbance of the shared machine falls on both; a child
 * imports that build's `processText`, runs the corpus letters once to warm up, then `--loops`
 * times over all of them, and reports the CPU seconds of the timed loops and the words.
 * Prints each round's ratio and the median ratio new/old (CPU per word).
 * Note: the letters are read as scripts/corpus.ts reads them (the two-line Source header stripped).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values: flags } = parseArgs({
  options: {
    old: { type: "string" },
    new: { type: "string" },
    rounds: { type: "string" },
    loops: { type: "string" },
    corpus: { type: "string" },
    child: { type: "string" },
  },
});

/** The repository root: the nearest folder above this file holding package.json (works from dist/ too). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const corpus = resolve(flags.corpus ?? join(repoRoot(), "../shared/corpus"));
const loops = Number(flags.loops ?? 8);

interface ChildResult {
  cpuSeconds: number;
  words: number;
}

async function child(root: string): Promise<void> {
  const dir = join(corpus, "letters");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8").split("\n").slice(2).join("\n"));
  const url = pathToFileURL(join(resolve(root), "dist/src/pipeline.js")).href;
  const { processText } = (await import(url)) as typeof import("../src/pipeline.js");
  for (const [i, text] of texts.entries()) await processText(text, `${i}.txt`);
  let words = 0;
  const start = process.cpuUsage();
  for (let loop = 0; loop < loops; loop++) {
    for (const [i, text] of texts.entries()) words += (await processText(text, `${i}.txt`)).result.document.words;
  }
  const used = process.cpuUsage(start);
  const result: ChildResult = { cpuSeconds: (used.user + used.system) / 1e6, words };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function run(root: string): ChildResult {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", root, "--loops", String(loops), "--corpus", corpus], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as ChildResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

if (flags.child) {
  await child(flags.child);
} else {
  if (!flags.old) throw new Error("--old DIR (a built checkout to compare with) is required");
  const builds = { old: resolve(flags.old), new: resolve(flags.new ?? repoRoot()) };
  const rounds = Number(flags.rounds ?? 6);
  const ratios: number[] = [];
  const perWord = (r: ChildResult): number => (r.cpuSeconds / r.words) * 1e6;
  for (let round = 0; round < rounds; round++) {
    // Note: the order alternates, so that neither build always runs first.
    const order = round % 2 === 0 ? (["old", "new"] as const) : (["new", "old"] as const);
    const got: Partial<Record<"old" | "new", ChildResult>> = {};
    for (const which of order) got[which] = run(builds[which]);
    const a = got.old as ChildResult;
    const b = got.new as ChildResult;
    ratios.push(perWord(b) / perWord(a));
    console.log(
      `round ${round + 1}: old ${perWord(a).toFixed(1)} µs/word (${a.cpuSeconds.toFixed(1)} s), new ${perWord(b).toFixed(1)} µs/word (${b.cpuSeconds.toFixed(1)} s), new/old ${(perWord(b) / perWord(a)).toFixed(3)}`,
    );
  }
  console.log(`median new/old CPU per word over ${rounds} rounds: ${median(ratios).toFixed(3)} (target ≤ 1.10)`);
}
