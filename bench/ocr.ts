/**
 * OCR benchmark on the scanned seed letter: pages per second with 1 and 2 worker threads
 * (each with its own engine, as in the worker pool), peak RSS per worker, and the character
 * error rate against the text PDF. Run `npx tsx bench/ocr.ts [--dpi 300] [--pages 6]`, or
 * `node dist/bench/ocr.js` once built. Each worker count runs in a fresh child process, so
 * that the process's peak RSS belongs to that run alone.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { PDFParse } from "pdf-parse";
import { characterErrorRate } from "../src/read/ocr-cer.js";
import { ocrEngine } from "../src/read/ocr-engine.js";
import { renderPdfPages } from "../src/read/ocr-render.js";
import { closeOcr, ocrPdfPages, type OcrPage } from "../src/read/ocr.js";

const SELF = fileURLToPath(import.meta.url);
const SCAN_PAGES = [1, 2, 3];

/** What one worker-count run measured. */
export interface OcrBenchResult {
  workers: number;
  dpi: number;
  pages: number;
  /** Engine start-up, slowest worker (not counted in pages/s). */
  startMs: number;
  pagesPerSecond: number;
  /** CPU time of the whole process per page: unlike pages/s, barely moved by other load. */
  cpuSecondsPerPage: number;
  /** Process peak RSS minus the RSS before the workers started, divided by `workers`. */
  peakRssPerWorkerMb: number;
  peakRssMb: number;
  /** Character error rate of the scan's pages against the text PDF's same pages (0–1). */
  cer: number;
}

/** Finds a fixture from both bench/ (tsx) and dist/bench/ (compiled). */
function fixture(name: string): string {
  for (let dir = dirname(SELF); dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, "fixtures", name);
    if (existsSync(path)) return path;
  }
  throw new Error(`fixture not found: ${name}`);
}

/** Worker thread: start the engine, wait for "go", OCR the pages assigned, report texts. */
async function workerMain(port: NonNullable<typeof parentPort>, pages: number[], dpi: number): Promise<void> {
  const bytes = new Uint8Array(await readFile(fixture("letters/ituc-belarus-2020-scanned.pdf")));
  const started = performance.now();
  await ocrEngine();
  // Note: the first render loads pdf.js into this thread; that one-off cost is start-up too.
  await renderPdfPages(bytes, [1], 36, async () => undefined);
  port.postMessage({ ready: performance.now() - started });
  await new Promise((resolve) => port.once("message", resolve));
  const done = await ocrPdfPages(bytes, pages, dpi);
  await closeOcr();
  port.postMessage({ done });
}

/** A worker thread running this file, from TypeScript (under tsx) or compiled JavaScript. */
function spawnWorker(data: unknown): Worker {
  if (!SELF.endsWith(".ts")) return new Worker(SELF, { workerData: data });
  // Note: tsx's loader hooks do not reach worker threads on Node 20, so the worker
  // registers them itself before importing this file.
  const api = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const self = JSON.stringify(pathToFileURL(SELF).href);
  const code = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${self}, ${self}));`;
  return new Worker(code, { eval: true, workerData: data });
}

/** Child process: run `workers` threads over `pages` scan pages and print one JSON result. */
async function childMain(workers: number, pages: number, dpi: number): Promise<OcrBenchResult> {
  const baseline = process.memoryUsage().rss;
  const queue = Array.from({ length: pages }, (_, i) => SCAN_PAGES[i % SCAN_PAGES.length] ?? 1);
  const threads = Array.from({ length: workers }, (_, w) => spawnWorker({
    ocrBench: true, dpi, pages: queue.filter((_, i) => i % workers === w),
  }));
  const ready = await Promise.all(threads.map((thread) => new Promise<number>((resolve, reject) => {
    thread.once("message", (m: { ready: number }) => resolve(m.ready));
    thread.once("error", reject);
  })));
  const go = performance.now();
  const cpu = process.cpuUsage();
  const results = await Promise.all(threads.map((thread) => new Promise<OcrPage[]>((resolve) => {
    thread.once("message", (m: { done: OcrPage[] }) => resolve(m.done));
    thread.postMessage("go");
  })));
  const seconds = (performance.now() - go) / 1000;
  const used = process.cpuUsage(cpu);
  await Promise.all(threads.map((thread) => thread.terminate()));
  // Each scan page OCR'd (first copy) against the same page of the text PDF.
  const done = SCAN_PAGES.flatMap((n) => results.flat().find((p) => p.page === n) ?? []);
  const parser = new PDFParse({ data: new Uint8Array(await readFile(fixture("letters/ituc-belarus-2020.pdf"))) });
  const textPages = (await parser.getText()).pages;
  const reference = done.map((page) => textPages[page.page - 1]?.text ?? "").join("\n");
  await parser.destroy();
  const peak = process.resourceUsage().maxRSS * 1024;
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return {
    workers, dpi, pages,
    startMs: Math.round(Math.max(...ready)),
    pagesPerSecond: Math.round((pages / seconds) * 1000) / 1000,
    cpuSecondsPerPage: Math.round(((used.user + used.system) / 1e6 / pages) * 100) / 100,
    peakRssPerWorkerMb: mb((peak - baseline) / workers),
    peakRssMb: mb(peak),
    cer: Math.round(characterErrorRate(done.map((page) => page.text).join("\n"), reference) * 1e5) / 1e5,
  };
}

/** Runs the benchmark with 1 and 2 workers, each in a fresh child process. */
export function benchOcr(options: { dpi?: number; pages?: number } = {}): OcrBenchResult[] {
  const dpi = options.dpi ?? 300;
  const pages = options.pages ?? 6;
  return [1, 2].map((workers) => {
    const child = spawnSync(process.execPath, [...process.execArgv, SELF, "--child", String(workers), "--dpi", String(dpi), "--pages", String(pages)], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`OCR bench with ${workers} worker(s) failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "") as OcrBenchResult;
  });
}

/** One line per run, for `npm run bench`. */
export function formatOcrBench(results: OcrBenchResult[]): string {
  const one = results.find((r) => r.workers === 1)?.pagesPerSecond ?? 0;
  return results.map((r) => `OCR ${r.dpi} dpi, ${r.workers} worker(s): ${r.pagesPerSecond.toFixed(3)} pages/s`
    + ` (${(1 / r.pagesPerSecond).toFixed(2)} s/page, ${(r.pagesPerSecond / one).toFixed(2)}x),`
    + ` ${r.cpuSecondsPerPage.toFixed(2)} CPU s/page, start ${r.startMs} ms, peak RSS ${r.peakRssPerWorkerMb} MB/worker (${r.peakRssMb} MB process),`
    + ` CER ${(r.cer * 100).toFixed(2)}%`).join("\n");
}

function flag(args: string[], name: string): number | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
}

const job = workerData as { ocrBench?: boolean; dpi: number; pages: number[] } | null;
if (!isMainThread && job?.ocrBench && parentPort) {
  await workerMain(parentPort, job.pages, job.dpi);
} else if (isMainThread && process.argv[1] && resolve(process.argv[1]) === SELF) {
  const args = process.argv.slice(2);
  const child = flag(args, "--child");
  const dpi = flag(args, "--dpi") ?? 300;
  const pages = flag(args, "--pages") ?? 6;
  if (child) console.log(JSON.stringify(await childMain(child, pages, dpi)));
  else console.log(formatOcrBench(benchOcr({ dpi, pages })));
}
