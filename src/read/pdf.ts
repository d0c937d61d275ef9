/** PDF reader: pdf-parse v2 per page, paragraph gaps from pdf.js geometry, OCR for empty pages. */
import type { PDFParse as Parser } from "pdf-parse";
import { CasebookError } from "../messages.js";
import { meanConfidence, ocrPdfPages, ocrWarnings } from "./ocr.js";
import { layoutPage, lineSpacing, pageLines, type PdfLine } from "./pdfLayout.js";
import type { RawDocument, ReadOptions, Reader } from "./types.js";

const DEFAULT_MAX_PAGES = 2000;

/** The part of pdf.js's document proxy read here. */
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
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
async function pageTexts(parser: Parser, maxPages: number): Promise<string[]> {
  const total = (await parser.getInfo()).total;
  if (total > maxPages) throw new CasebookError("PDF_TOO_MANY_PAGES", `${total} pages, limit ${maxPages}`);
  const doc = (parser as unknown as { doc?: PdfDocument }).doc;
  if (!doc || typeof doc.getPage !== "function") {
    return (await parser.getText({ pageJoiner: "" })).pages.map((page) => page.text);
  }
  const lines: PdfLine[][] = [];
  for (let n = 1; n <= total; n++) {
    const page = await doc.getPage(n);
    lines.push(pageLines((await page.getTextContent()).items));
    page.cleanup();
  }
  const spacing = lineSpacing(lines);
  return lines.map((page) => layoutPage(page, spacing));
}

/** OCRs the pages without a text layer, in place; returns the OCR summary and its warnings. */
async function ocrEmptyPages(bytes: Uint8Array, pages: string[], options: ReadOptions): Promise<Pick<RawDocument, "ocr" | "warnings">> {
  const empty = pages.flatMap((text, i) => (text.trim() === "" ? [i + 1] : []));
  if (empty.length === 0) return { ocr: null, warnings: [] };
  if (!options.ocr) throw new CasebookError("NO_TEXT_LAYER", `pages ${empty.join(", ")}`);
  const results = await ocrPdfPages(bytes, empty, options.ocrDpi);
  for (const result of results) pages[result.page - 1] = result.text;
  return { ocr: { pages: results.map((r) => r.page), confidence: meanConfidence(results) }, warnings: ocrWarnings(results) };
}

export const pdfReader: Reader = {
  format: "pdf",
  async read(bytes, options) {
    // Note: pdf.js may transfer (detach) the buffer it is given; it gets a copy.
    const { PDFParse } = await import("pdf-parse");
    const parser = new PDFParse({ data: bytes.slice() });
    let pages: string[];
    try {
      pages = await pageTexts(parser, options.maxPages ?? DEFAULT_MAX_PAGES);
    } catch (error) {
      throw pdfError(error);
    } finally {
      await parser.destroy().catch(() => undefined);
    }
    const { ocr, warnings } = await ocrEmptyPages(bytes, pages, options);
    return { format: "pdf", pages, header: "", footer: "", ocr, warnings };
  },
};
