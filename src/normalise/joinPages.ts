/** Joins pages into one text, keeping a paragraph that runs across a page break whole. */
import { isWrapped, wrapWidth } from "./wrapWidth.js";

/**
 * Joins `pages`: with a single line break where the last line of a page was wrapped (the
 * paragraph continues on the next page; the line-joining step then merges it), else with a
 * blank line. A page that starts with a blank line always starts a new paragraph. Structured
 * formats (`wrapped` false) always get a blank line.
 */
export function joinPages(pages: string[], wrapped: boolean): string {
  const parts = pages
    .map((page) => ({ breakBefore: /^\s*\n/.test(page), text: page.replace(/^\s*\n|\n\s*$/g, "") }))
    .filter((part) => part.text.trim() !== "");
  const width = wrapped ? wrapWidth(parts.map((part) => part.text).join("\n\n")) : Infinity;
  let text = "";
  for (const part of parts) {
    if (text !== "") {
      const last = text.slice(text.lastIndexOf("\n") + 1);
      const first = part.text.split("\n", 1)[0] ?? "";
      text += !part.breakBefore && isWrapped(last, first, width) ? "\n" : "\n\n";
    }
    text += part.text;
  }
  return text;
}
