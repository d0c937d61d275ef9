/**
 * Page text from tesseract's lines and their baselines, with a blank line only where the gap
 * between two lines is clearly larger than the usual line spacing: the same rule as the PDF
 * reader's (pdfLayout.ts), so a scan and its text PDF give the same paragraphs.
 */
import type { Page } from "tesseract.js";

/** One OCR'd line and its baseline in pixels (y grows downwards). */
export interface OcrLine {
  text: string;
  y: number;
}

/** The lines of one recognised page, in tesseract's reading order. */
export function ocrLines(page: Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.replace(/\n+$/u, "");
        if (text.trim() !== "") lines.push({ text, y: (line.baseline.y0 + line.baseline.y1) / 2 });
      }
    }
  }
  return lines;
}

/**
 * The usual distance between two lines of one paragraph: the 25th percentile of the positive
 * baseline gaps over all pages given (a page of short paragraphs has mostly paragraph gaps).
 */
export function ocrLineSpacing(pages: readonly OcrLine[][]): number {
  const gaps = pages.flatMap((lines) => lines.slice(1).map((line, i) => line.y - (lines[i]?.y ?? 0)));
  const sorted = gaps.filter((gap) => gap > 1).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)] ?? 0;
}

/** Joins a page's lines, with a blank line at each paragraph gap (or a jump back up the page). */
export function layoutOcrLines(lines: readonly OcrLine[], spacing: number): string {
  let text = lines[0]?.text ?? "";
  lines.slice(1).forEach((line, i) => {
    const gap = line.y - (lines[i]?.y ?? 0);
    // Note: 1.4× as in pdfLayout.ts; on the seed scan lines are 23 px apart and paragraphs 38.
    text += gap > spacing * 1.4 || gap < 0 ? "\n\n" : "\n";
    text += line.text;
  });
  return text;
}
