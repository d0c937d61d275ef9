/** Chooses a reader by the file's content (magic bytes), then by its extension. */
import { CasebookError } from "../messages.js";
import type { Format } from "../records.js";
import type { RawDocument, ReadOptions, Reader } from "./types.js";
import { textReader } from "./text.js";

const READERS: Partial<Record<Format, Reader>> = { text: textReader };

export function detectFormat(bytes: Uint8Array, name: string): Format | null {
  if (/\.(?:txt|md)$/i.test(name)) return "text";
  return null;
}

export async function readDocument(bytes: Uint8Array, name: string, options: ReadOptions): Promise<RawDocument> {
  if (bytes.length === 0) throw new CasebookError("EMPTY_FILE");
  const format = detectFormat(bytes, name);
  const reader = format ? READERS[format] : undefined;
  if (!reader) throw new CasebookError("UNKNOWN_FORMAT", name);
  return reader.read(bytes, options);
}
