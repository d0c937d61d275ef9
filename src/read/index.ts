/** Chooses a reader by the file's content (magic bytes), then by its extension. */
import { CasebookError } from "../messages.js";
import type { Format } from "../records.js";
import { detectFormat } from "./detect.js";
import type { RawDocument, ReadOptions, Reader } from "./types.js";

export { detectFormat } from "./detect.js";

// Note: each reader is loaded when a document first needs it, so that a worker reading only
// text never loads pdf.js, mammoth or tesseract (a thread starts ~0.2 s sooner, and smaller).
const READERS: Record<Format, () => Promise<Reader>> = {
  pdf: async () => (await import("./pdf.js")).pdfReader,
  docx: async () => (await import("./docx.js")).docxReader,
  markdown: async () => (await import("./markdown.js")).markdownReader,
  text: async () => (await import("./text.js")).textReader,
  image: async () => (await import("./image.js")).imageReader,
};

/** Reads a document's bytes into raw text parts; throws CasebookError with a stable code on bad input. */
export async function readDocument(bytes: Uint8Array, name: string, options: ReadOptions): Promise<RawDocument> {
  if (bytes.length === 0) throw new CasebookError("EMPTY_FILE");
  const format = detectFormat(bytes, name);
  if (!format) throw new CasebookError("UNKNOWN_FORMAT", name);
  return (await READERS[format]()).read(bytes, options);
}
