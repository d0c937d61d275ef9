/** Plain-text reader: encoding detection and decoding, binary content rejected. */
import { CasebookError, message } from "../messages.js";
import { decodeText } from "./decode.js";
import { hasUtf16Bom, looksBinary } from "./detect.js";
import type { RawDocument, Reader } from "./types.js";

/** Decodes a text file into a one-page raw document, rejecting binary content (BINARY_TEXT). */
export function readText(bytes: Uint8Array, format: RawDocument["format"]): RawDocument {
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) throw new CasebookError("BINARY_TEXT");
  const { text, guessed } = decodeText(bytes);
  const warnings = guessed ? [message("ENCODING_GUESSED", "warning", guessed)] : [];
  return { format, pages: [text], header: "", footer: "", ocr: null, warnings };
}

export const textReader: Reader = {
  format: "text",
  async read(bytes) {
    return readText(bytes, "text");
  },
};
