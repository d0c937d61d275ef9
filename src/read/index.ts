/** Chooses a reader by the file's content (magic bytes), then by its extension. */
import { CasebookError } from "../messages.js";
import type { Format } from "../records.js";
import { detectFormat } from "./detect.js";
import { docxReader } from "./docx.js";
import { checkTextLimits } from "./limits.js";
import { imageReader } from "./image.js";
import { markdownReader } from "./markdown.js";
import { pdfReader } from "./pdf.js";
import { textReader } from "./text.js";
import type { RawDocument, ReadOptions, Reader } from "./types.js";

export { detectFormat } from "./detect.js";

const READERS: Record<Format, Reader> = {
  pdf: pdfReader,
  docx: docxReader,
  markdown: markdownReader,
  text: textReader,
  image: imageReader,
};

/** Reads a document's bytes into raw text parts; throws CasebookError with a stable code on bad input. */
export async function readDocument(bytes: Uint8Array, name: string, options: ReadOptions): Promise<RawDocument> {
  if (bytes.length === 0) throw new CasebookError("EMPTY_FILE");
  const format = detectFormat(bytes, name);
  if (!format) throw new CasebookError("UNKNOWN_FORMAT", name);
  const raw = await READERS[format].read(bytes, options);
  checkTextLimits(raw, options.maxBytes ?? Infinity);
  return raw;
}
