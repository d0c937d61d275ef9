/**
 * OCR of scanned pages and images, offline: tesseract.js with the English model installed
 * from npm. PDF pages are rendered first (ocr-render.ts); each thread has one engine
 * (ocr-engine.ts), started lazily and closed with `closeOcr()`.
 */
import type { Message } from "../records.js";
import { CasebookError, message } from "../messages.js";
import { ocrEngine } from "./ocr-engine.js";
import { fixOcrText } from "./ocr-fix.js";
import { layoutOcrLines, ocrLines, ocrLineSpacing, type OcrLine } from "./ocr-layout.js";
import { renderPdfPages } from "./ocr-render.js";

export { closeOcr } from "./ocr-engine.js";

export interface OcrPage {
  /** 1-based page number. */
  page: number;
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

/** Pages whose mean confidence is below this get an OCR_LOW_CONFIDENCE warning. */
export const LOW_CONFIDENCE = 70;

/** A recognised page before layout: tesseract's own text, and its lines with baselines. */
interface Recognised {
  page: number;
  raw: string;
  lines: OcrLine[];
  confidence: number;
}

async function recognise(image: Uint8Array, page: number): Promise<Recognised> {
  const engine = await ocrEngine();
  try {
    // Note: tesseract.js's loadImage only accepts a Buffer (or path/URL), not a bare Uint8Array.
    const buffer = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    const { data } = await engine.recognize(buffer, {}, { text: true, blocks: true });
    return { page, raw: data.text, lines: ocrLines(data), confidence: Math.round(data.confidence * 10) / 10 };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CasebookError("OCR_FAILED", `page ${page}: ${detail}`, { cause: error });
  }
}

/**
 * Page texts with paragraph breaks decided over all the pages' line spacing; tesseract's own
 * text (a blank line after every short line) only when there are too few lines to measure it.
 */
function layout(pages: Recognised[]): OcrPage[] {
  const spacing = ocrLineSpacing(pages.map((page) => page.lines));
  return pages.map(({ page, raw, lines, confidence }) => ({
    page,
    text: fixOcrText(spacing > 0 ? layoutOcrLines(lines, spacing) : raw),
    confidence,
  }));
}

/** OCRs the given 1-based pages of a PDF, rendered at `dpi`. */
export async function ocrPdfPages(bytes: Uint8Array, pages: number[], dpi: number): Promise<OcrPage[]> {
  const results: Recognised[] = [];
  if (pages.length === 0) return [];
  try {
    await renderPdfPages(bytes, pages, dpi, async ({ page, png }) => {
      results.push(await recognise(png, page));
    });
  } catch (error) {
    if (error instanceof CasebookError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new CasebookError("OCR_FAILED", `rendering: ${detail}`, { cause: error });
  }
  return layout(results);
}

/** OCRs one image (PNG, JPEG, TIFF). */
export async function ocrImage(bytes: Uint8Array): Promise<OcrPage> {
  const [page] = layout([await recognise(bytes, 1)]);
  if (!page) throw new CasebookError("OCR_FAILED", "no page");
  return page;
}

/** The mean confidence of OCR'd pages, weighted equally, or null when there are none. */
export function meanConfidence(pages: OcrPage[]): number | null {
  if (pages.length === 0) return null;
  const sum = pages.reduce((total, page) => total + page.confidence, 0);
  return Math.round((sum / pages.length) * 10) / 10;
}

/** One OCR_LOW_CONFIDENCE warning naming the pages under LOW_CONFIDENCE, or none. */
export function ocrWarnings(pages: OcrPage[]): Message[] {
  const low = pages.filter((page) => page.confidence < LOW_CONFIDENCE);
  if (low.length === 0) return [];
  const list = low.map((page) => `page ${page.page} (${page.confidence.toFixed(0)})`).join(", ");
  return [message("OCR_LOW_CONFIDENCE", "warning", `${list}; threshold ${LOW_CONFIDENCE}`)];
}
