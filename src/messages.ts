/**
 * Every error and warning code casebook reports, with its wording, in one table.
 * Tests assert codes, never wording.
 */
import type { Message } from "./records.js";

export const MESSAGES = {
  EMPTY_FILE: "the file is empty",
  UNREADABLE: "the file cannot be read",
  UNKNOWN_FORMAT: "the file's format is not one casebook reads",
  PDF_ENCRYPTED: "the PDF is encrypted",
  PDF_CORRUPT: "the PDF is damaged or truncated",
  NO_TEXT_LAYER: "the PDF has no text layer (a scan); OCR it or supply its text",
  DOCX_CORRUPT: "the Word document is damaged or is not a .docx",
  BINARY_TEXT: "the text file holds binary data",
  NO_TEXT: "no text was found in the document",
  TOO_LARGE: "the file is larger than the size limit",
  TIMEOUT: "the document took longer than the time limit",
  WORKER_CRASHED: "the worker processing the document stopped unexpectedly",
  OUT_OF_MEMORY: "the document needed more memory than a worker may use",
  OCR_FAILED: "OCR of the document failed",
  OCR_LOW_CONFIDENCE: "OCR confidence is low on some pages; check the text",
  ENCODING_GUESSED: "the text was not UTF-8 and was decoded from a guessed encoding",
  LANGUAGE_UNSUPPORTED: "the document's language is not one casebook reads (English, French, Spanish): only what reads across languages (names, numeric and ISO dates, currency codes) is likely found",
  UNLISTABLE: "the folder cannot be listed (permissions, or it is not readable)",
  NOT_A_FILE: "the entry is not a regular file (a FIFO, socket or device) and is not read",
  BROKEN_LINK: "the symbolic link points to nothing",
  LINK_NOT_FOLLOWED: "the symbolic link points to a folder, which is not followed (it could loop)",
  BAD_NAME: "the file name is not valid UTF-8",
  PATH_TOO_LONG: "the path is longer than the system allows",
  VANISHED: "the file disappeared before it could be read",
  MARKDOWN_TOO_DEEP: "the Markdown is nested deeper than the limit",
  DOCX_TOO_DEEP: "the Word document's XML is nested deeper than the limit",
  DOCX_TOO_LARGE: "the Word document decompresses to more than the limit (a zip bomb?)",
  DOCX_TOO_MANY_ENTRIES: "the Word document's zip holds more entries than the limit",
  XML_ENTITIES: "the Word document declares a DTD or entities, which are never expanded",
  PDF_TOO_MANY_PAGES: "the PDF has more pages than the limit (--max-pages)",
  OCR_TOO_MANY_PAGES: "the PDF has more scanned pages than OCR may read (a limit of the reader)",
  LINE_TOO_LONG: "a line of the text is longer than the limit",
  TEXT_TOO_LONG: "the text is longer than the limit",
  INTERNAL: "casebook failed on this document (a bug: please report it)",
} as const;

export type MessageCode = keyof typeof MESSAGES;

/** An error that carries a stable code; readers and stages throw it for a known bad input. */
export class CasebookError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code], options);
    this.name = "CasebookError";
  }
}

/** Builds a message record for `code`. */
export function message(
  code: MessageCode,
  severity: Message["severity"] = "error",
  detail?: string,
): Message {
  return {
    code,
    severity,
    message: detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code],
  };
}

/** Turns anything thrown while processing a document into an error message. */
export function messageFromError(error: unknown): Message {
  if (error instanceof CasebookError) return message(error.code, "error", error.detail);
  const text = error instanceof Error ? error.message : String(error);
  return { ...message("INTERNAL", "error", text), cause: text };
}
