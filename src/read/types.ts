/** What a reader gives back: the document's text in parts, before normalisation. */
import type { Format, Message } from "../records.js";

export interface RawDocument {
  format: Format;
  /**
   * The text in reading order. For paged formats each page is one entry, so that the
   * normaliser can drop page numbers and repeated headers/footers.
   */
  pages: string[];
  /** Text of a Word document's page headers and footers (letterheads, contact blocks). */
  header: string;
  footer: string;
  /** Pages whose text came from OCR (1-based) and their mean confidence (0–100). */
  ocr: { pages: number[]; confidence: number | null } | null;
  warnings: Message[];
}

export interface ReadOptions {
  ocr: boolean;
  ocrDpi: number;
  /** A PDF with more pages fails with PDF_TOO_MANY_PAGES before any page is read (default 2,000). */
  maxPages?: number;
  /** A PDF with more pages to OCR fails with OCR_TOO_MANY_PAGES before any is OCR'd (default LIMITS.ocrPages). */
  maxOcrPages?: number;
  /**
   * The size limit in bytes; a text read (say, decompressed from a .docx) longer than this in
   * characters fails with TEXT_TOO_LONG (no limit when absent; the batch's default is 25 MB).
   */
  maxBytes?: number;
}

export interface Reader {
  readonly format: Format;
  read(bytes: Uint8Array, options: ReadOptions): Promise<RawDocument>;
}
