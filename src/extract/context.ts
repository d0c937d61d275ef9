/** Builds the TextContext: paragraph, line and sentence spans of a normalised text. */
import type { Span } from "../records.js";
import type { AnalyseOptions, TextContext } from "./types.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Spans of the non-blank runs between matches of `separator`. */
function splitSpans(text: string, separator: RegExp, base = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) spans.push({ start: base + s, end: base + e });
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

/** Sentence spans within one paragraph, each line of a line-structured block kept apart. */
function sentencesOf(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  for (const line of splitSpans(text.slice(paragraph.start, paragraph.end), /\n/g, paragraph.start)) {
    for (const segment of segmenter.segment(text.slice(line.start, line.end))) {
      const s = splitSpans(segment.segment, /$^/g, line.start + segment.index);
      spans.push(...s);
    }
  }
  return spans;
}

export function createContext(text: string, options: AnalyseOptions): TextContext {
  const paragraphs = splitSpans(text, /\n\s*\n/g);
  const lines = splitSpans(text, /\n/g);
  const sentences = paragraphs.flatMap((p) => sentencesOf(text, p));
  return { text, paragraphs, lines, sentences, options };
}
