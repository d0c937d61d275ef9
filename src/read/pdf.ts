/** PDF reader: pdf-parse v2 per page, paragraph gaps from pdf.js geometry, OCR for empty pages. */
import type { PDFParse as Parser } from "pdf-parse";
import { CasebookError } from "../messages.js";
import { LIMITS } from "./limits.js";
import { meanConfidence, ocrPdfPages, ocrWarnings } from "./ocr.js";
import { layoutPage, lineSpacing, pageLines, type PdfLine } from "./pdfLayout.js";
import type { RawDocument, ReadOptions, Reader } from "./types.js";

const DEFAULT_MAX_PAGES = 2000;

/** The part of pdf.js's document proxy read here. */
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getTextContent(): Promise<{ items: unknown[] }>;
    getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
    cleanup(): void;
  }>;
}

/** A PDF's page texts, and for each whether it draws anything (an image, a path, glyphs). */
interface PageTexts {
  texts: string[];
  marked: boolean[];
}

// Note: pdf.js's OPS numbers (pdfjs-dist 5): stroke/fill 20-27, showText 44-47, shadingFill 62,
// image painting 83-90, rawFillPath 94; constructPath (91) paints with the operator it carries.
const PAINT = new Set([20, 21, 22, 23, 24, 25, 26, 27, 44, 45, 46, 47, 62, 83, 84, 85, 86, 87, 88, 89, 90, 94]);
const CONSTRUCT_PATH = 91;

/** Whether an operator list paints anything: a page without text that paints nothing is blank, and needs no OCR. */
export function paints(list: { fnArray: number[]; argsArray: unknown[] }): boolean {
  return list.fnArray.some((op, i) => PAINT.has(op) || (op === CONSTRUCT_PATH && PAINT.has((list.argsArray[i] as unknown[] | null)?.[0] as number)));
}

function pdfError(error: unknown): CasebookError {
  if (error instanceof CasebookError) return error;
  const name = error instanceof Error ? error.name : "";
  const detail = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return new CasebookError("PDF_ENCRYPTED", detail, { cause: error });
  return new CasebookError("PDF_CORRUPT", detail, { cause: error });
}

/**
 * Page texts. Note: pdf-parse keeps its pdf.js document in a private field; when it is there
 * the text is laid out from the items' positions (paragraph gaps), otherwise pdf-parse's own
 * page text is used (no `-- n of N --` markers: pages are taken one by one).
 */
async function pageTexts(parser: Parser, options: ReadOptions): Promise<PageTexts> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const total = (await parser.getInfo()).total;
  if (total > maxPages) throw new CasebookError("PDF_TOO_MANY_PAGES", `${total} pages, limit ${maxPages}`);
  const doc = (parser as unknown as { doc?: PdfDocument }).doc;
  if (!doc || typeof doc.getPage !== "function") {
    const texts = (await parser.getText({ pageJoiner: "" })).pages.map((page) => page.text);
    return { texts, marked: texts.map(() => true) };
  }
  const lines: PdfLine[][] = [];
  for (let n = 1; n <= total; n++) {
    const page = await doc.getPage(n);
    lines.push(pageLines((await page.getTextContent()).items));
    page.cleanup();
  }
  const spacing = lineSpacing(lines);
  const texts = lines.map((page) => layoutPage(page, spacing));
  return { texts, marked: options.ocr ? await markedPages(doc, texts, options.maxOcrPages ?? LIMITS.ocrPages) : texts.map(() => true) };
}

/**
 * Which pages paint something, read only when more pages lack text than OCR may read. Note:
 * pdf.js decodes a page's images to list its operators (0.5-1.4 s a scanned page), so a letter
 * with a few scanned pages is not checked, and the check stops once the limit is passed; a
 * blank page's list is read in about 0.1 ms.
 */
async function markedPages(doc: PdfDocument, texts: string[], limit: number): Promise<boolean[]> {
  const marked = texts.map(() => true);
  const empty = texts.flatMap((text, i) => (text.trim() === "" ? [i] : []));
  if (empty.length <= limit) return marked;
  let painted = 0;
  for (const i of empty) {
    const page = await doc.getPage(i + 1);
    marked[i] = paints(await page.getOperatorList());
    page.cleanup();
    if (marked[i] && ++painted > limit) throw new CasebookError("OCR_TOO_MANY_PAGES", `more than ${limit} pages to OCR`);
  }
  return marked;
}

/** Page numbers for a message: the first ten, and how many more. */
function pageList(pages: number[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join(", ")} and ${pages.length - 10} more` : pages.join(", ");
}

/** OCRs the pages without a text layer, in place; returns the OCR summary and its warnings. */
async function ocrEmptyPages(bytes: Uint8Array, { texts: pages, marked }: PageTexts, options: ReadOptions): Promise<Pick<RawDocument, "ocr" | "warnings">> {
  const empty = pages.flatMap((text, i) => (text.trim() === "" ? [i + 1] : []));
  if (empty.length === 0) return { ocr: null, warnings: [] };
  if (!options.ocr) throw new CasebookError("NO_TEXT_LAYER", `pages ${pageList(empty)}`);
  // Note: blank pages (nothing painted) are left empty; a PDF that is all blank has no text layer.
  const scanned = empty.filter((n) => marked[n - 1] !== false);
  if (empty.length === pages.length && scanned.length === 0) throw new CasebookError("NO_TEXT_LAYER", `${empty.length} blank pages`);
  const limit = options.maxOcrPages ?? LIMITS.ocrPages;
  if (scanned.length > limit) throw new CasebookError("OCR_TOO_MANY_PAGES", `${scanned.length} pages to OCR, limit ${limit}`);
  const results = await ocrPdfPages(bytes, scanned, options.ocrDpi);
  for (const result of results) pages[result.page - 1] = result.text;
  return { ocr: { pages: results.map((r) => r.page), confidence: meanConfidence(results) }, warnings: ocrWarnings(results) };
}

export const pdfReader: Reader = {
  format: "pdf",
  async read(bytes, options) {
    // Note: pdf.js may transfer (detach) the buffer it is given; it gets a copy.
    const { PDFParse } = await import("pdf-parse");
    const parser = new PDFParse({ data: bytes.slice() });
    let pages: PageTexts;
    try {
      pages = await pageTexts(parser, options);
    } catch (error) {
      throw pdfError(error);
    } finally {
      await parser.destroy().catch(() => undefined);
    }
    const { ocr, warnings } = await ocrEmptyPages(bytes, pages, options);
    return { format: "pdf", pages: pages.texts, header: "", footer: "", ocr, warnings };
  },
};
