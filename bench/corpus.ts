/**
 * Builds the benchmark corpus in a folder: a deterministic mix of text, Markdown, DOCX and
 * PDF letters. Text documents run from 1 to 40 pages, made by concatenating seed letters
 * (the .md fixtures, plus any .txt/.md of `--texts`) and cutting at a paragraph; DOCX and
 * PDF documents are copies of the fixtures, at the sizes those come in.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { readDocument } from "../src/read/index.js";
import { extname, join } from "node:path";

/** Words on one page of a letter. */
export const PAGE_WORDS = 500;

export type BenchFormat = "text" | "docx" | "pdf";

export interface CorpusFile {
  path: string;
  id: string;
  format: BenchFormat;
  pages: number;
}

/** Seed texts and binary fixtures the corpus is made from. */
export interface Seeds {
  texts: string[];
  docx: string[];
  pdf: string[];
}

async function hasTextLayer(path: string): Promise<boolean> {
  const bytes = new Uint8Array(await readFile(path));
  return readDocument(bytes, path, { ocr: false, ocrDpi: 72 }).then(
    () => true,
    () => false,
  );
}

/** Reads the seeds: `.md`/`.docx`/`.pdf` of `fixtures`, `.txt`/`.md` of `extra` folders. */
export async function loadSeeds(fixtures: string, extra: string[] = []): Promise<Seeds> {
  const seeds: Seeds = { texts: [], docx: [], pdf: [] };
  for (const name of (await readdir(fixtures)).sort()) {
    const path = join(fixtures, name);
    const ext = extname(name).toLowerCase();
    if (ext === ".md") seeds.texts.push(await readFile(path, "utf8"));
    else if (ext === ".docx") seeds.docx.push(path);
    // Note: an image-only PDF would put OCR (seconds a page) into the PDF figures; OCR has
    // its own rows (bench/ocr.ts), so only PDFs with a text layer are copied.
    else if (ext === ".pdf" && (await hasTextLayer(path))) seeds.pdf.push(path);
  }
  for (const folder of extra) {
    for (const name of (await readdir(folder)).sort()) {
      if (!/\.(?:txt|md)$/i.test(name)) continue;
      // Note: the development corpus starts each text with a `Source:` line and a blank line.
      seeds.texts.push((await readFile(join(folder, name), "utf8")).replace(/^Source:[^\n]*\n\s*\n/, ""));
    }
  }
  return seeds;
}

/** A small deterministic generator (mulberry32), so that every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pages of a text document: mostly short letters, a tail up to 40 pages (mean about 3 pages).
 * Note: the mean sets the run time; at this one, 2,000 documents take about 5 minutes here.
 */
function pagesFor(r: number): number {
  if (r < 0.6) return 1;
  if (r < 0.85) return 2 + Math.floor((r - 0.6) * 8); // 2–3
  if (r < 0.95) return 4 + Math.floor((r - 0.85) * 70); // 4–10
  if (r < 0.99) return 11 + Math.floor((r - 0.95) * 375); // 11–25
  return 26 + Math.floor((r - 0.99) * 1500); // 26–40
}

/** About `pages` pages of letter text, letters concatenated from `start`, cut at a paragraph. */
export function letterText(texts: string[], start: number, pages: number): string {
  const target = pages * PAGE_WORDS;
  const parts: string[] = [];
  let words = 0;
  for (let i = start; words < target; i++) {
    for (const paragraph of (texts[i % texts.length] ?? "").split(/\n\s*\n/)) {
      if (words >= target) break;
      parts.push(paragraph);
      words += paragraph.match(/\S+/g)?.length ?? 0;
    }
  }
  return `${parts.join("\n\n")}\n`;
}

/**
 * Writes `count` documents into `folder`: about 70% text (half .txt, half .md), 15% DOCX,
 * 15% PDF, in a fixed pseudo-random order, so that any prefix is a sample of the whole.
 */
export async function buildCorpus(folder: string, seeds: Seeds, count: number, seed = 2020): Promise<CorpusFile[]> {
  await mkdir(folder, { recursive: true });
  const next = random(seed);
  const files: CorpusFile[] = [];
  for (let n = 0; n < count; n++) {
    const kind = next();
    const stem = `letter-${String(n).padStart(5, "0")}`;
    const binary = kind < 0.15 ? seeds.docx : kind < 0.3 ? seeds.pdf : [];
    if (binary.length > 0) {
      const source = binary[n % binary.length] as string;
      const format: BenchFormat = kind < 0.15 ? "docx" : "pdf";
      const id = `${stem}.${format}`;
      await copyFile(source, join(folder, id));
      files.push({ path: join(folder, id), id, format, pages: 0 });
      continue;
    }
    const pages = pagesFor(next());
    const id = `${stem}.${kind < 0.65 ? "txt" : "md"}`;
    await writeFile(join(folder, id), letterText(seeds.texts, n, pages));
    files.push({ path: join(folder, id), id, format: "text", pages });
  }
  return files;
}

/** `count` text documents of `pages` pages each, for the cost-per-word comparison. */
export async function buildSized(folder: string, seeds: Seeds, count: number, pages: number): Promise<CorpusFile[]> {
  await mkdir(folder, { recursive: true });
  const files: CorpusFile[] = [];
  for (let n = 0; n < count; n++) {
    const id = `p${pages}-${String(n).padStart(4, "0")}.txt`;
    await writeFile(join(folder, id), letterText(seeds.texts, n, pages));
    files.push({ path: join(folder, id), id, format: "text", pages });
  }
  return files;
}

/**
 * One text document of `mb` MB (letters one after another, cut at a paragraph), for the
 * seconds-per-MB comparison of large texts: a legitimately large text must cost linear time.
 */
export async function buildLarge(folder: string, seeds: Seeds, mb: number): Promise<CorpusFile> {
  await mkdir(folder, { recursive: true });
  const target = Math.round(mb * 1024 * 1024);
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < target; n++) {
    const letter = letterText(seeds.texts, n, 1);
    parts.push(letter);
    length += letter.length + 1;
  }
  const text = parts.join("\n");
  const cut = text.lastIndexOf("\n\n", target);
  const id = `large-${mb}mb.txt`;
  await writeFile(join(folder, id), text.slice(0, cut > 0 ? cut : target));
  return { path: join(folder, id), id, format: "text", pages: Math.round(target / 3000) };
}
