/**
 * The only place the stage order is written: read → normalise → extract → resolve → person keys.
 * (Writing is the batch's job: see batch/run.ts.) Processing a document never throws:
 * a failure becomes an error message on the document record.
 */
import { createHash } from "node:crypto";
import { analyseInPieces } from "./analyse-pieces.js";
import { createContext } from "./extract/context.js";
import { extract } from "./extract/index.js";
import type { AnalyseOptions } from "./extract/types.js";
import { detectLanguage } from "./language/detect.js";
import { isSupported } from "./language/vocabulary.js";
import { CasebookError, message, messageFromError } from "./messages.js";
import { normalise } from "./normalise/index.js";
import { keyRecords } from "./persons/key.js";
import { DEFAULT_OPTIONS, type ProcessOptions } from "./options.js";
import { readDocument } from "./read/index.js";
import { readInputFile } from "./read/open.js";
import type { DocumentResult } from "./records.js";
import { emptyDocument, emptyRecords } from "./records-plain.js";
import { resolve, type Resolved } from "./resolve/index.js";

export { DEFAULT_OPTIONS, type ProcessOptions } from "./options.js";

/** A processed document: its result and the normalised text every offset points into. */
export interface Processed {
  result: DocumentResult;
  text: string;
}

/** Extract and resolve records from an already normalised text. */
export function analyse(text: string, options: AnalyseOptions = DEFAULT_OPTIONS): Resolved {
  const context = createContext(text, options);
  return resolve(context, extract(context));
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}


/**
 * Processes one document whose bytes come from `load`; `source` (a path or file name)
 * helps choose the reader. Never throws.
 */
export async function processDocument(
  id: string,
  source: string,
  load: () => Promise<Uint8Array>,
  options: ProcessOptions = DEFAULT_OPTIONS,
): Promise<Processed> {
  const document = emptyDocument(id, source);
  let records = emptyRecords();
  let text = "";
  try {
    let bytes: Uint8Array;
    try {
      bytes = await load();
    } catch (error) {
      if (error instanceof CasebookError) throw error;
      throw new CasebookError("UNREADABLE", error instanceof Error ? error.message : String(error), { cause: error });
    }
    document.sha256 = createHash("sha256").update(bytes).digest("hex");
    const raw = await readDocument(bytes, source, options);
    document.format = raw.format;
    document.warnings.push(...raw.warnings);
    if (raw.ocr) {
      document.ocr = raw.ocr.pages.length > 0;
      document.ocr_pages = raw.ocr.pages;
      document.ocr_confidence = raw.ocr.confidence;
    }
    text = normalise(raw);
    document.characters = text.length;
    document.words = countWords(text);
    if (text.trim() === "") throw new CasebookError("NO_TEXT");
    const language = options.language ?? detectLanguage(text);
    document.language = language;
    if (language !== null && !isSupported(language)) document.warnings.push(message("LANGUAGE_UNSUPPORTED", "warning", language));
    const analysed = { ...options, language: language ?? "en" };
    // Note: a text longer than a piece (far longer than any letter) is analysed in pieces.
    const resolved = analyseInPieces(text, (piece) => analyse(piece, analysed));
    records = resolved.records;
    keyRecords(records, id);
    document.letter_date = resolved.letterDate;
    document.date_order = resolved.dateOrder;
    document.date_order_reason = resolved.dateOrderReason;
  } catch (error) {
    document.status = "failed";
    document.errors.push(messageFromError(error));
    records = emptyRecords();
  }
  return { result: { document, ...records }, text };
}

/** Reads a file and processes it; an unreadable file becomes a failed document. */
export function processFile(path: string, id: string, options: ProcessOptions = DEFAULT_OPTIONS): Promise<Processed> {
  return processDocument(
    id,
    path,
    () => readInputFile(path, options.maxBytes),
    options,
  );
}

/** Processes text already in hand: the library's quickest entry point. */
export function processText(text: string, id = "text.txt", options: ProcessOptions = DEFAULT_OPTIONS): Promise<Processed> {
  return processDocument(id, id, async () => new TextEncoder().encode(text), options);
}
