/**
 * Where a merge's memory goes, stage by stage: `node [V8 flags] --expose-gc dist/bench/merge-memory.js
 * OUT --every 250 [--gc] RUN...` merges the runs into OUT and prints one JSON line per sample:
 * the stage, documents written, RSS, V8's heap (total, used), external memory and array
 * buffers, in MB, and with `--gc` the heap used right after a full collection (what is live, as
 * against what V8's growth policy keeps). Samples are taken every `--every` documents, every
 * 100 ms through the end (clustering, persons), and at the end; the last line is the peak RSS
 * (maxRSS) and the time. Not part of `npm run bench`: a tool to find what grows (docs/scaling.md).
 */
import { parseArgs } from "node:util";
import { getHeapSpaceStatistics } from "node:v8";
import { mergeRuns, planMerge } from "../src/batch/merge.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { every: { type: "string" }, gc: { type: "boolean" } } });
const [out, ...runs] = positionals;
if (out === undefined || runs.length === 0) throw new Error("usage: merge-memory.js OUT [--every N] [--gc] RUN...");
const every = Number(values.every ?? 250);
const collect = values.gc ? (globalThis as { gc?: () => void }).gc : undefined;
if (values.gc && !collect) throw new Error("--gc needs node --expose-gc");

const mb = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;
let stage = "plan";
let done = 0;
function sample(): void {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ""), mb(s.space_size)]));
  const line: Record<string, unknown> = {
    stage, done, rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers),
    // Note: what RSS holds besides V8's heap and external buffers: code, native modules, malloc (SQLite's, libuv's).
    other: mb(m.rss - m.heapTotal - m.external),
    new: spaces.new, old: spaces.old, lo: spaces.large_object, code: spaces.code,
  };
  if (collect) {
    collect();
    line.live = mb(process.memoryUsage().heapUsed);
  }
  console.log(JSON.stringify(line));
}

(globalThis as { __mark?: (l: string) => void }).__mark = (label: string): void => {
  stage = label;
  sample();
  console.log(JSON.stringify({ label, maxRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10 }));
};
const started = performance.now();
const plan = await planMerge(runs, { out });
sample();
stage = "documents";
let timer: NodeJS.Timeout | null = null;
await mergeRuns(plan, {
  out,
  onDocument: (_processed, index, total) => {
    done = index;
    if (index % every === 0) sample();
    // Note: after the last document the run clusters and writes persons: sampled by time.
    if (index === total) {
      stage = "end";
      timer = setInterval(sample, 100);
    }
  },
});
if (timer) clearInterval(timer);
stage = "done";
sample();
console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10, seconds: Math.round((performance.now() - started) / 100) / 10 }));
