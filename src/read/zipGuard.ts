/**
 * Checks a .docx's zip before jszip and mammoth open it: entry count, the size it really
 * decompresses to (counted while inflating, since a zip bomb's headers lie), XML nesting
 * depth, and no DTD (a DTD's entities are how an XML bomb grows; Word never writes one).
 */
import { createInflateRaw } from "node:zlib";
import { CasebookError } from "../messages.js";
import { LIMITS } from "./limits.js";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  offset: number;
}

function corrupt(detail: string): CasebookError {
  return new CasebookError("DOCX_CORRUPT", detail);
}

/** The central directory's entries (walked record by record: the end record's count may lie). */
function entries(view: DataView, bytes: Uint8Array): Entry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt("no zip end record");
  let at = view.getUint32(end + 16, true);
  const list: Entry[] = [];
  const decoder = new TextDecoder();
  while (at + 46 <= bytes.length && view.getUint32(at, true) === CENTRAL) {
    if (list.length >= LIMITS.docxEntries) throw new CasebookError("DOCX_TOO_MANY_ENTRIES", `more than ${LIMITS.docxEntries}`);
    const nameLength = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 20, true);
    const offset = view.getUint32(at + 42, true);
    // Note: zip64 (sizes of 0xFFFFFFFF) is for archives past 4 GB, never a letter.
    if (compressed === 0xffffffff || offset === 0xffffffff) throw corrupt("zip64 archive");
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    list.push({ name, method: view.getUint16(at + 10, true), compressed, offset });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return list;
}

/** The compressed bytes of `entry`, found through its local header. */
function data(view: DataView, bytes: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > bytes.length) throw corrupt(`${entry.name} is truncated`);
  return bytes.subarray(start, start + entry.compressed);
}

const DOCTYPE = Buffer.from("<!DOCTYPE");
const ENTITY = Buffer.from("<!ENTITY");

/** The deepest element nesting of an XML text, scanned once (quotes inside tags honoured). */
export function xmlDepth(xml: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inTag = false;
  let quote = 0;
  for (let i = 0; i < xml.length; i++) {
    const b = xml[i] as number;
    if (inTag) {
      if (quote !== 0) {
        if (b === quote) quote = 0;
      } else if (b === 0x22 || b === 0x27) quote = b;
      else if (b === 0x3e) {
        inTag = false;
        if (xml[i - 1] === 0x2f) depth--; // "/>"
      }
    } else if (b === 0x3c) {
      const next = xml[i + 1];
      if (next === 0x2f) depth--;
      else if (next !== 0x3f && next !== 0x21) {
        depth++;
        if (depth > deepest) deepest = depth;
      }
      inTag = true;
    }
  }
  return deepest;
}

function tooLarge(): CasebookError {
  return new CasebookError("DOCX_TOO_LARGE", `more than ${LIMITS.docxBytes / 1048576} MB decompressed`);
}

/**
 * Inflates an entry, counting its bytes and stopping as soon as they pass `budget`; the bytes
 * are kept only when `keep` (the XML parts, which are checked). Note: streamed in 1 MB chunks:
 * inflateRawSync grows one output buffer and took 2 s for 64 MB of zeros, the stream 0.1 s.
 */
function inflate(entry: Entry, compressed: Uint8Array, budget: number, keep: boolean): Promise<{ size: number; content: Buffer | null }> {
  if (entry.method === 0) return Promise.resolve({ size: compressed.length, content: keep ? Buffer.from(compressed) : null });
  if (entry.method !== 8) return Promise.reject(corrupt(`${entry.name}: compression method ${entry.method}`));
  return new Promise((resolve, reject) => {
    const stream = createInflateRaw({ chunkSize: 1 << 20 });
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        stream.destroy();
        reject(tooLarge());
      } else if (keep) chunks.push(chunk);
    });
    stream.on("end", () => resolve({ size, content: keep ? Buffer.concat(chunks) : null }));
    stream.on("error", (error) => reject(corrupt(`${entry.name}: ${error.message}`)));
    stream.end(compressed);
  });
}

/** Throws a CasebookError when the .docx's zip breaks a limit; see the module comment. */
export async function guardZip(bytes: Uint8Array): Promise<void> {
  if (bytes.length < 22) throw corrupt("not a zip archive");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = LIMITS.docxBytes;
  for (const entry of entries(view, bytes)) {
    const xml = /\.(?:xml|rels)$/i.test(entry.name);
    const { size, content } = await inflate(entry, data(view, bytes, entry), budget, xml);
    budget -= size;
    if (budget < 0) throw tooLarge();
    if (content === null) continue;
    if (content.includes(DOCTYPE) || content.includes(ENTITY)) throw new CasebookError("XML_ENTITIES", entry.name);
    const depth = xmlDepth(content);
    if (depth > LIMITS.docxDepth) throw new CasebookError("DOCX_TOO_DEEP", `${entry.name}: ${depth} levels, limit ${LIMITS.docxDepth}`);
  }
}
