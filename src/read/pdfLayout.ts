/**
 * Page text from pdf.js text items, with a blank line where the vertical gap between two lines
 * is clearly larger than the page's usual line spacing (a paragraph break). pdf-parse's own
 * page text has no blank lines, so every paragraph of a PDF would otherwise run together.
 */

/** The fields of a pdf.js text item this module reads. */
export interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, x, y]: x and y are the baseline origin in PDF units (y grows upwards). */
  transform: number[];
  height: number;
}

/** One line of a PDF page and its baseline (PDF units, y grows upwards). */
export interface PdfLine {
  text: string;
  y: number;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/** The lines of one page, each with its baseline, from pdf.js text items. */
export function pageLines(items: readonly unknown[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5] ?? 0;
    const size = Math.max(item.height, 1);
    // Note: pdf.js marks line ends with hasEOL, but some producers omit it; a baseline jump of
    // more than half the font size starts a new line as well.
    if (current && item.str.trim() !== "" && Math.abs(current.y - y) > size / 2 && current.text.trim() !== "") {
      lines.push(current);
      current = null;
    }
    if (current === null) current = { text: "", y };
    else if (current.text.trim() === "" && item.str.trim() !== "") current.y = y;
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim() !== "");
}

/**
 * The document's usual distance between two lines of one paragraph: the 25th percentile of
 * all positive baseline gaps. Note: taken over the whole document, not per page, because a
 * page of short paragraphs (a signature block) has mostly paragraph gaps.
 */
export function lineSpacing(pages: readonly PdfLine[][]): number {
  const gaps = pages.flatMap((lines) => lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y)).filter((gap) => gap > 1);
  const sorted = gaps.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 4)] ?? 0;
}

/** Joins a page's lines, with a blank line at each paragraph gap. */
export function layoutPage(lines: readonly PdfLine[], spacing: number): string {
  let text = lines[0]?.text ?? "";
  lines.slice(1).forEach((line, i) => {
    const gap = (lines[i]?.y ?? 0) - line.y;
    // Note: a gap 1.4× the usual spacing is a paragraph break (Word's 8–12 pt "space after"
    // on 12–14 pt lines measures 1.6×); a negative gap is a new column or a text box.
    text += spacing > 0 && (gap > spacing * 1.4 || gap < 0) ? "\n\n" : "\n";
    text += line.text;
  });
  return text;
}
