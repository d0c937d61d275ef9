/** Placeholder normaliser until the normalise stage lands: joins pages, NFC. */
import type { RawDocument } from "../read/types.js";

export function normalise(raw: RawDocument): string {
  return [raw.header, ...raw.pages, raw.footer].filter(Boolean).join("\n\n").normalize("NFC");
}
