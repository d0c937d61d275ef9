/**
 * Lines of a letter's text, for rules that read its layout (signature blocks, list items, a step's paragraph):
 * the line around an offset and the nearest line above that holds words.
 */
import type { Span } from "../records.js";

/** The line holding offset `at` (without its newline). */
export function lineAt(text: string, at: number): Span {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return { start, end: end < 0 ? text.length : end };
}

/** The line before `line` that holds words, past any blank lines, with how many it passed; undefined at the text's start. */
export function lineAbove(text: string, line: Span): { line: Span; blanks: number } | undefined {
  let at = line.start - 1;
  for (let blanks = 0; at > 0; blanks++) {
    const above = lineAt(text, at);
    if (text.slice(above.start, above.end).trim()) return { line: above, blanks };
    at = above.start - 1;
  }
  return undefined;
}
