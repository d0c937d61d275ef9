/**
 * Where the extraction's CPU goes, warm (issue 19, docs/performance.md, session 18):
 *   node dist/bench/profile-extraction.js [--build DIR] [--loops 2] [--top 30] [--out FILE.cpuprofile] [--limit N]
 * Imports a build's `processText` (default: this one), runs the study letters once to warm up (the
 * corpus, its two-line Source header stripped as scripts/corpus.ts does, then every
 * fixtures/heldout* and generalisation text or Markdown letter), then profiles `--loops` passes
 * with V8's sampling profiler (through `node:inspector`, started after the warm-up) and prints
 * the CPU per word and the top functions by self and inclusive time and the top files.
 * Run it with the CLI's flags (its shebang: `--single-threaded-gc --no-regexp-tier-up …`) to
 * profile what the CLI runs: without `--no-regexp-tier-up`, regular expressions start interpreted.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { formatRows, summarise, type CpuProfile } from "./profile-summary.js";

const { values: flags } = parseArgs({
  options: { build: { type: "string" }, loops: { type: "string" }, top: { type: "string" }, out: { type: "string" }, limit: { type: "string" } },
});

/** The repository root: the nearest folder above this file holding package.json (works from dist/ too). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const root = repoRoot();
const texts: string[] = [];
const corpus = join(root, "../shared/corpus/letters");
if (existsSync(corpus)) {
  for (const f of readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort()) texts.push(readFileSync(join(corpus, f), "utf8").split("\n").slice(2).join("\n"));
}
const fixtures = join(root, "fixtures");
for (const set of readdirSync(fixtures).filter((s) => s.startsWith("heldout") || s === "generalisation").sort()) {
  const dir = join(fixtures, set, "letters");
  if (existsSync(dir)) for (const f of readdirSync(dir).filter((f) => /\.(?:txt|md)$/u.test(f)).sort()) texts.push(readFileSync(join(dir, f), "utf8"));
}
const letters = texts.slice(0, Number(flags.limit ?? texts.length));
const url = pathToFileURL(join(resolve(flags.build ?? root), "dist/src/pipeline.js")).href;
const { processText } = (await import(url)) as typeof import("../src/pipeline.js");
for (const [i, text] of letters.entries()) await processText(text, `${i}.txt`);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
let words = 0;
const start = process.cpuUsage();
for (let loop = 0; loop < Number(flags.loops ?? 2); loop++) {
  for (const [i, text] of letters.entries()) words += (await processText(text, `${i}.txt`)).result.document.words;
}
const used = process.cpuUsage(start);
const { profile } = await session.post("Profiler.stop");
session.disconnect();
if (flags.out) writeFileSync(flags.out, JSON.stringify(profile));

const cpu = (used.user + used.system) / 1e6;
const summary = summarise(profile as CpuProfile, Number(flags.top ?? 30));
console.log(`${letters.length} letters, ${words} words, ${cpu.toFixed(2)} CPU s, ${((cpu / words) * 1e6).toFixed(1)} µs/word; ${summary.totalMs.toFixed(0)} ms sampled`);
for (const [title, list] of [["self time", summary.self], ["inclusive time", summary.inclusive], ["files, self time", summary.files]] as const) {
  console.log(`\n${title}:`);
  for (const line of formatRows(list)) console.log(line);
}
