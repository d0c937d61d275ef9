/** Format detection by content (magic bytes) first, then by file name. */
import type { Format } from "../records.js";

const TEXT_EXTENSIONS = /\.(?:txt|text|md|markdown|csv|eml|asc)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i;

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** True when `bytes` look like binary data rather than text: NUL bytes or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    // Note: tab, LF, FF, CR and ESC-free text only; 0x7F (DEL) counts as control too.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** True when the bytes start with a UTF-16 byte-order mark (whose text holds NUL bytes legitimately). */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

function isImage(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || // TIFF, little-endian
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) // TIFF, big-endian
  );
}

/**
 * The format to read `bytes` as, or null when casebook reads no such format.
 * Content decides first: `%PDF`, a zip (read as .docx; the reader rejects a zip without
 * `word/document.xml`), PNG/JPEG/TIFF; RTF is unknown. Then the name: `.pdf`/`.docx` that do
 * not carry their magic go to their reader, which reports them as damaged; `.md` is Markdown;
 * anything else that is not binary is text. A binary file with a text extension is text (its
 * reader reports BINARY_TEXT); with any other extension it is unknown.
 */
export function detectFormat(bytes: Uint8Array, name: string): Format | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "docx";
  if (isImage(bytes)) return "image";
  // Note: RTF is text on the surface, but its control words would reach the extractors as words.
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return null; // {\rtf
  if (/\.pdf$/i.test(name)) return "pdf";
  if (/\.docx$/i.test(name)) return "docx";
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) return TEXT_EXTENSIONS.test(name) ? "text" : null;
  return MARKDOWN_EXTENSIONS.test(name) ? "markdown" : "text";
}

