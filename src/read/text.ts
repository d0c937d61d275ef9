/** Plain-text reader: encoding detection and decoding, binary content rejected. */
import { CasebookError, message } from "../messages.js";
import { decodeText } from "./decode.js";
import { hasUtf16Bom, looksBinary } from "./detect.js";
import type { RawDocument, Reader } from "./types.js";

/**
 * Decodes a text file into a raw document, rejecting binary content (BINARY_TEXT). Plain text
 * is split into pages at form feeds (as `pdftotext` and printers' text write them), so that
 * page numbers and running headers can be dropped; Markdown stays one page.
 */
export function readText(bytes: Uint8Array, format: RawDocument["format"]): RawDocument {
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) throw new CasebookError("BINARY_TEXT");
  const { text, guessed } = decodeText(bytes);
  const warnings = guessed ? [message("ENCODING_GUESSED", "warning", guessed)] : [];
  const pages = format === "text" ? text.split("\f").filter((page, i, all) => i < all.length - 1 || page.trim() !== "" || all.length === 1) : [text];
  return { format, pages, header: "", footer: "", ocr: null, warnings };
}

export const textReader: Reader = {
  format: "text",
  async read(bytes) {
    return readText(bytes, "text");
  },
};
