/**
 * The OCR engine of this thread: one tesseract.js worker, started on first use with the
 * English model shipped in `@tesseract.js-data/eng`, and closed by `closeOcr()`.
 * Nothing is fetched at run time and nothing is written to the working directory.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { Worker } from "tesseract.js";
import { CasebookError } from "../messages.js";

/** How long the engine may take to start (load WASM core and language data). */
export const OCR_START_TIMEOUT_MS = 30_000;

// Note: `4.0.0_best_int` is as accurate as the package's default `4.0.0` model and faster
// to load (TRAPS.md). The file is gzipped, so `gzip: true` below.
const MODEL_FILE = "@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz";

let engine: Promise<Worker> | null = null;

/** The folder holding `eng.traineddata.gz`, checked to exist before the engine starts. */
export function languageDataPath(): string {
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve(MODEL_FILE);
  } catch (error) {
    throw new CasebookError("OCR_FAILED", `language data not installed (${MODEL_FILE})`, { cause: error });
  }
  // Note: with an errorHandler, a failed language load makes createWorker hang forever
  // instead of rejecting, so a missing file must be caught here.
  if (!existsSync(file)) throw new CasebookError("OCR_FAILED", `language data missing: ${file}`);
  return dirname(file);
}

async function start(): Promise<Worker> {
  const langPath = languageDataPath();
  // Note: loaded on the first scan, so that a thread reading text never pays for it (issue 19).
  const { createWorker, OEM } = await import("tesseract.js");
  let started = false;
  let fail: (reason: unknown) => void = () => undefined;
  let timer: NodeJS.Timeout | undefined;
  // Rejected by the time limit, or at once by an error reported while the engine starts.
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
    timer = setTimeout(() => {
      reject(new CasebookError("OCR_FAILED", `OCR engine did not start within ${OCR_START_TIMEOUT_MS / 1000} s`));
    }, OCR_START_TIMEOUT_MS);
  });
  failed.catch(() => undefined);
  const starting = createWorker("eng", OEM.LSTM_ONLY, {
    // Note: without an explicit langPath tesseract.js downloads the data from a CDN even in
    // Node; without cacheMethod 'none' it writes eng.traineddata into the working directory.
    langPath,
    gzip: true,
    cacheMethod: "none",
    // Note: without an errorHandler a failed job throws inside a message listener and kills
    // the whole process. With it, a failed job rejects its own promise, but a failed start
    // never settles createWorker's promise, so the error is taken from here.
    errorHandler: (error: unknown) => {
      if (!started) fail(new CasebookError("OCR_FAILED", `OCR engine failed to start: ${String(error)}`));
    },
  });
  try {
    const worker = await Promise.race([starting, failed]);
    started = true;
    return worker;
  } catch (error) {
    // A worker that starts after the time limit must not keep the process alive.
    void starting.then((late) => late.terminate()).catch(() => undefined);
    if (error instanceof CasebookError) throw error;
    throw new CasebookError("OCR_FAILED", `OCR engine failed to start: ${String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** This thread's engine, started on first call; a failed start is retried on the next call. */
export function ocrEngine(): Promise<Worker> {
  if (!engine) {
    engine = start();
    engine.catch(() => {
      engine = null;
    });
  }
  return engine;
}

/** Terminates this thread's engine, if it was started, so that the process can exit. */
export async function closeOcr(): Promise<void> {
  const running = engine;
  engine = null;
  if (!running) return;
  try {
    await (await running).terminate();
  } catch {
    // A failed start leaves nothing to close.
  }
}
