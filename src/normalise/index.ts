/**
 * The normalise stage: an ordered list of small pure steps from a reader's raw parts to the
 * one text every offset points into. Order matters: characters, tables and whitespace first, then
 * page furniture (numbers, repeated headers/footers), then the pages are joined, then — for
 * formats whose line breaks may be soft wraps (PDF, plain text, OCR) — hyphenated words and
 * wrapped lines are re-joined, and finally paragraphs get exactly one blank line between them.
 */
import type { Format } from "../records.js";
import type { RawDocument } from "../read/types.js";
import { hyphenation } from "./hyphenation.js";
import { joinPages } from "./joinPages.js";
import { pageNumbers } from "./pageNumbers.js";
import { paragraphs } from "./paragraphs.js";
import { repeatedBlocks } from "./repeatedBlocks.js";
import { cellTabs, tables } from "./tables.js";
import { unicode } from "./unicode.js";
import { whitespace } from "./whitespace.js";
import { wrapLines } from "./wrapLines.js";

type TextStep = (text: string) => string;
type PagesStep = (pages: string[]) => string[];

// Note: tables are found before whitespace collapses the tabs and space runs that mark their columns.
const CHARACTER_STEPS: TextStep[] = [unicode, tables, whitespace, cellTabs];
const PAGE_STEPS: PagesStep[] = [pageNumbers, repeatedBlocks];
/** Only for formats whose line breaks may be soft wraps. */
const WRAP_STEPS: TextStep[] = [hyphenation, wrapLines];
const FINAL_STEPS: TextStep[] = [paragraphs];

/**
 * Markdown and Word keep paragraphs and line breaks explicitly; a line break there is meant.
 * PDF, plain text and OCR output may be hard-wrapped.
 */
export function isWrappedFormat(format: Format): boolean {
  return format === "pdf" || format === "text" || format === "image";
}

function run(text: string, steps: TextStep[]): string {
  return steps.reduce((value, step) => step(value), text);
}

/** The normalised text of a raw document: header, body pages, footer. */
export function normalise(raw: RawDocument): string {
  const wrapped = isWrappedFormat(raw.format);
  let pages = raw.pages.map((page) => run(page, CHARACTER_STEPS));
  pages = PAGE_STEPS.reduce((value, step) => step(value), pages);
  let body = joinPages(pages, wrapped);
  if (wrapped) body = run(body, WRAP_STEPS);
  const parts = [raw.header, body, raw.footer].map((part, i) => (i === 1 ? part : run(part, CHARACTER_STEPS)));
  return run(parts.filter((part) => part.trim() !== "").join("\n\n"), FINAL_STEPS);
}
