/**
 * Limits that stop a pathological document quickly, before a parser or the extractors spend
 * minutes on it. Each trips with its own code; the defaults are far above any letter
 * (docs/reading.md gives them and why).
 */
import { CasebookError } from "../messages.js";
import type { RawDocument } from "./types.js";

export const LIMITS = {
  /** Characters on one line of the text read. A paragraph of a letter is a few thousand. */
  lineChars: 100_000,
  /** Nesting of Markdown containers (block quotes, list items) on one line. */
  markdownDepth: 64,
  /** Nesting of XML elements in a part of a .docx (a letter's body is about 10 deep). */
  docxDepth: 256,
  /** Entries in a .docx's zip (a letter's has 10 to 40). */
  docxEntries: 1_000,
  /** Bytes a .docx's zip may decompress to, counted while inflating (headers may lie). */
  docxBytes: 128 * 1024 * 1024,
  /**
   * Pages of one PDF that may go to OCR (pages with marks but no text layer). OCR takes a few
   * seconds a page, so more would run into the per-document timeout; a scanned letter has 1-10.
   */
  ocrPages: 30,
} as const;

const LF = 10;
const FF = 12;
const CR = 13;

/** The length of the longest line of `text` (lines end at LF, CR, FF, U+2028 and U+2029). */
export function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR || c === FF || c === 0x2028 || c === 0x2029) {
      if (i - start > longest) longest = i - start;
      start = i + 1;
    }
  }
  return Math.max(longest, text.length - start);
}

/**
 * Checks a document's text as read against the per-document and per-line limits.
 * Note: the per-document limit is the size limit in characters: every format spends at least
 * one byte on a character, so only decompression (.docx) can give a longer text.
 */
export function checkTextLimits(raw: RawDocument, maxChars: number): void {
  const parts = [...raw.pages, raw.header, raw.footer];
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  if (total > maxChars) throw new CasebookError("TEXT_TOO_LONG", `${total} characters, limit ${maxChars}`);
  for (const part of parts) {
    const longest = longestLine(part);
    if (longest > LIMITS.lineChars) throw new CasebookError("LINE_TOO_LONG", `${longest} characters, limit ${LIMITS.lineChars}`);
  }
}

/** Columns of leading indentation: a tab counts 4. */
function markerDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " ") columns++;
    else if (c === "\t") columns += 4;
    else if (c === ">") depth++;
    else if ((c === "-" || c === "*" || c === "+") && (line[i + 1] === " " || line[i + 1] === "\t" || i + 1 === line.length)) depth++;
    else break;
    i++;
  }
  // Note: a list nested n deep is indented by about 2n columns, with one marker on its line.
  return depth + Math.floor(columns / 2);
}

/**
 * Fails a Markdown source whose containers nest deeper than the limit on some line. Note: the
 * Markdown parser's cost grows faster than the square of the nesting (a list 400 deep took
 * 5.6 s, 800 deep 95 s), and only the line's leading markers and indentation make it.
 */
export function checkMarkdownDepth(source: string): void {
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = source.length;
    // Note: a line is only scanned up to its first character that is not a marker or space.
    const depth = markerDepth(source.slice(start, Math.min(end, start + LIMITS.markdownDepth * 8 + 8)));
    if (depth > LIMITS.markdownDepth) throw new CasebookError("MARKDOWN_TOO_DEEP", `${depth} levels, limit ${LIMITS.markdownDepth}`);
    start = end + 1;
  }
}
