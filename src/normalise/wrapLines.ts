/** Joins hard-wrapped lines back into paragraphs; letterhead, address and signature lines stay apart. */
import { isWrapped, wrapWidth } from "./wrapWidth.js";

const COPY_LIST = /^(?:cc|bcc|c\.c\.|copy to|copies to|copies|distribution)\s*:/iu;

/**
 * Within each paragraph, a line that was wrapped (it reaches the text's wrap width once the
 * next line's first word is added) is joined to the next line with a space. Short lines —
 * names, titles, addresses, "Yours sincerely," — are never wrapped lines, so they stay.
 */
export function wrapLines(text: string): string {
  const width = wrapWidth(text);
  if (!Number.isFinite(width)) return text;
  return text
    .split(/(\n\s*\n)/)
    .map((block, i) => {
      if (i % 2 === 1) return block;
      const lines = block.split("\n");
      // Note: a copy list (`cc: Ambassador of …, London` / `International Labour Organization, Geneva`)
      // has one addressee a line; its lines are never wrapped prose.
      if (COPY_LIST.test(lines[0] ?? "")) return block;
      let out = lines[0] ?? "";
      let current = out;
      for (const line of lines.slice(1)) {
        const joined = isWrapped(current, line, width);
        out += joined ? ` ${line}` : `\n${line}`;
        current = line;
      }
      return out;
    })
    .join("");
}
