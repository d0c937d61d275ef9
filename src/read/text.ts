/** Placeholder plain-text reader (UTF-8 only) until the read stage lands. */
import type { Reader } from "./types.js";

export const textReader: Reader = {
  format: "text",
  async read(bytes) {
    return { format: "text", pages: [new TextDecoder().decode(bytes)], header: "", footer: "", ocr: null, warnings: [] };
  },
};
