/** Decoding a text file's bytes: BOMs, strict UTF-8, else a detected encoding (chardet + iconv-lite). */
import chardet from "chardet";
import iconv from "iconv-lite";

/** Decoded text and, when it was not UTF-8, the encoding it was decoded from. */
export interface Decoded {
  text: string;
  /** The guessed encoding when the file was not valid UTF-8 (nor BOM-marked); else null. */
  guessed: string | null;
}

const C1_BYTES = /[\x80-\x9f]/;

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes `bytes`. A UTF-8 BOM is stripped; UTF-16 BOMs are honoured; valid UTF-8 is UTF-8.
 * Otherwise chardet guesses and iconv-lite decodes.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), "utf-16le"), guessed: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), "utf-16be"), guessed: null };
  const text = utf8(bytes);
  if (text !== null) return { text, guessed: null };
  let encoding = (chardet.detect(buffer) ?? "windows-1252").toLowerCase();
  // Note: chardet names ISO-8859-1 for Windows-1252 text; only 1252 gives 0x80–0x9F printable
  // characters (curly quotes, dashes), which Latin-1 would turn into C1 control codes.
  if ((encoding === "iso-8859-1" || encoding === "ascii") && C1_BYTES.test(buffer.toString("latin1"))) encoding = "windows-1252";
  if (encoding === "utf-8" || !iconv.encodingExists(encoding)) encoding = "windows-1252";
  return { text: iconv.decode(buffer, encoding), guessed: encoding };
}
