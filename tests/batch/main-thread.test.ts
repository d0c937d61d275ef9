/**
 * A small batch of short texts on the main thread (src/batch/main-thread.ts, issue 19): which
 * batches go there, and that their documents come out as a worker's do.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS } from "../../src/options.js";
import { createMainThreadProcessor, fitsMainThread, MAIN_THREAD_BYTES, MAIN_THREAD_DOCUMENTS, startMainThread, takeMainThread } from "../../src/batch/main-thread.js";
import { createProcessor, type BatchOptions, type Job } from "../../src/batch/processor.js";
import { csvRows } from "../../src/write/csv.js";
import { formatJson } from "../../src/write/json.js";

// Made-up letters, in several shapes and languages.
const LETTERS: Record<string, string> = {
  "appeal.txt": "Dear Minister,\n\nWe write about Ilse Vandekerckhove, a nurses' union organiser in Ghent, fined 2,400 euros on 3 May 2025.\n",
  "alert.md": "# Urgent action\n\nKwame Owusu-Ansah, treasurer of the Ghana Mineworkers' Union, was sentenced to eighteen months in prison.\n",
  "carta.txt": "Señora Ministra:\n\nLa dirigente sindical Rosa Quispe Mamani fue condenada el 14 de febrero de 2024 a tres años de prisión.\n",
};

let folder: string;
const job = (name: string): Job => ({ path: join(folder, name), id: name });
const options: BatchOptions = { ...DEFAULT_OPTIONS, concurrency: 1, timeoutMs: 60_000 };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "casebook-main-thread-"));
  for (const [name, text] of Object.entries(LETTERS)) await writeFile(join(folder, name), text);
  await writeFile(join(folder, "report.pdf.txt"), "%PDF-1.7\n1 0 obj << >> endobj\n");
  await writeFile(join(folder, "minutes.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  await writeFile(join(folder, "long.txt"), "Word ".repeat(MAIN_THREAD_BYTES / 5 + 1));
  await writeFile(join(folder, "empty.txt"), "");
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("fitsMainThread", () => {
  it("takes a few short text and Markdown letters, with the default time limit", async () => {
    expect(await fitsMainThread([job("appeal.txt")], false)).toBe(true);
    expect(await fitsMainThread([job("appeal.txt"), job("alert.md"), job("carta.txt")], false)).toBe(true);
  });

  it("leaves to a worker a set time limit, too many documents, other formats, long or unreadable files", async () => {
    expect(await fitsMainThread([job("appeal.txt")], true)).toBe(false);
    expect(await fitsMainThread(Array.from({ length: MAIN_THREAD_DOCUMENTS + 1 }, () => job("appeal.txt")), false)).toBe(false);
    // Note: by content, as the reader chooses: a PDF named .txt is a PDF.
    expect(await fitsMainThread([job("appeal.txt"), job("report.pdf.txt")], false)).toBe(false);
    expect(await fitsMainThread([job("minutes.docx")], false)).toBe(false);
    expect(await fitsMainThread([job("long.txt")], false)).toBe(false);
    expect(await fitsMainThread([job("empty.txt")], false)).toBe(false);
    expect(await fitsMainThread([job("missing.txt")], false)).toBe(false);
    expect(await fitsMainThread([{ ...job("appeal.txt"), error: { code: "NOT_A_FILE", detail: "a FIFO" } }], false)).toBe(false);
    expect(await fitsMainThread([], false)).toBe(false);
  });
});

describe("the main thread's processor", () => {
  it("gives a worker's documents, JSON and CSV rows, in order", async () => {
    startMainThread();
    const processor = createProcessor(options);
    expect(takeMainThread()).toBeNull();
    const names = Object.keys(LETTERS);
    const done = await Promise.all(names.map((name) => processor.process(job(name))));
    await processor.close();
    expect(done.map((d) => d.result.document.id)).toEqual(names);
    for (const d of done) {
      expect(d.result.document.status).toBe("ok");
      expect(d.json).toBe(formatJson(d.result));
      expect(d.csv).toEqual(csvRows(d.result));
    }
    expect(done[0]?.result.fines.length).toBeGreaterThan(0);
    const pool = createProcessor(options);
    try {
      const threaded = await Promise.all(names.map((name) => pool.process(job(name))));
      expect(threaded.map(({ result, text }) => ({ result, text }))).toEqual(done.map(({ result, text }) => ({ result, text })));
    } finally {
      await pool.close();
    }
    // Note: the pipeline's first load on this thread and a worker's, under tsx; a generous limit, not a timing assertion.
  }, 180_000);

  it("fails each document, never the batch, when the pipeline cannot load", async () => {
    const processor = createMainThreadProcessor(options, Promise.reject(new Error("no pipeline")));
    const done = await processor.process(job("appeal.txt"));
    expect(done.result.document.status).toBe("failed");
    expect(done.result.document.errors[0]?.code).toBe("WORKER_CRASHED");
  });
});
