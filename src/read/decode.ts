/** Decoding a text file's bytes: BOMs, strict UTF-8, else a detected encoding (chardet + iconv-lite). */
import { createRequire } from "node:module";
import type chardetType from "chardet";
import type iconvType from "iconv-lite";

// Note: loaded on the first file that is not plain UTF-8 (most letters are), so that a worker
// thread does not pay ~60 ms of CPU for them at start (docs/performance.md, issue 19).
const require = createRequire(import.meta.url);
let libraries: { chardet: typeof chardetType; iconv: typeof iconvType } | null = null;
const encodings = (): { chardet: typeof chardetType; iconv: typeof iconvType } =>
  (libraries ??= { chardet: require("chardet") as typeof chardetType, iconv: require("iconv-lite") as typeof iconvType });

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

/** Length of the valid UTF-8 sequence starting at `i` (a byte ≥ 0x80), or 0 if there is none. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * Text that is UTF-8 except for some stray single bytes (pasted from a Windows-1252 source):
 * valid sequences are decoded as UTF-8, the stray bytes as Windows-1252. Null when the bytes
 * hold no valid multi-byte UTF-8 sequence at all (then the whole file is in another encoding).
 */
function mixedUtf8(bytes: Uint8Array): string | null {
  const parts: string[] = [];
  let start = 0;
  let sequences = 0;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0x80) continue;
    const length = utf8Sequence(bytes, i);
    if (length > 0) {
      sequences++;
      i += length - 1;
      continue;
    }
    parts.push(decoder.decode(bytes.subarray(start, i)), encodings().iconv.decode(Buffer.from([bytes[i] ?? 0]), "windows-1252"));
    start = i + 1;
  }
  parts.push(decoder.decode(bytes.subarray(start)));
  return sequences > 0 ? parts.join("") : null;
}

/**
 * Decodes `bytes`. A UTF-8 BOM is stripped; UTF-16 BOMs are honoured; valid UTF-8 is UTF-8;
 * UTF-8 with stray bytes is decoded piecewise. Otherwise chardet guesses and iconv-lite decodes.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: encodings().iconv.decode(buffer.subarray(2), "utf-16le"), guessed: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: encodings().iconv.decode(buffer.subarray(2), "utf-16be"), guessed: null };
  const text = utf8(bytes);
  if (text !== null) return { text, guessed: null };
  // Note: chardet calls mostly-UTF-8 text with a few stray bytes Windows-1252, which would turn
  // every accented letter of it into mojibake ("PrÃ¤sident").
  const mixed = mixedUtf8(bytes);
  if (mixed !== null) return { text: mixed, guessed: "utf-8 with windows-1252 bytes" };
  const { chardet, iconv } = encodings();
  let encoding = (chardet.detect(buffer) ?? "windows-1252").toLowerCase();
  // Note: chardet names ISO-8859-1 for Windows-1252 text; only 1252 gives 0x80–0x9F printable
  // characters (curly quotes, dashes), which Latin-1 would turn into C1 control codes.
  if ((encoding === "iso-8859-1" || encoding === "ascii") && C1_BYTES.test(buffer.toString("latin1"))) encoding = "windows-1252";
  if (encoding === "utf-8" || !iconv.encodingExists(encoding)) encoding = "windows-1252";
  return { text: iconv.decode(buffer, encoding), guessed: encoding };
}
