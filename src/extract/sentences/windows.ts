/**
 * The text windows penalty rules scan: the context's sentences, re-joined where the
 * sentence splitter cut after an abbreviation (`St. Petersburg`, `approx. 10 EUR`, `Mr. Ales`).
 */
import type { Span } from "../../records.js";
import type { TextContext } from "../types.js";

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:St|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|No|Nos|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|vs|Art|art|para|Ltd|Inc|Co|Jr|Sr|[A-Z])\.$/u;

const cache = new WeakMap<TextContext, readonly Span[]>();

/** The context's sentence spans with abbreviation splits undone; computed once per context. */
export function windowsOf(context: TextContext): readonly Span[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const windows: Span[] = [];
  for (const sentence of context.sentences) {
    const last = windows[windows.length - 1];
    const gap = last ? context.text.slice(last.end, sentence.start) : "\n";
    if (last && !gap.includes("\n") && ABBREVIATION.test(context.text.slice(Math.max(last.start, last.end - 12), last.end))) {
      last.end = sentence.end;
    } else {
      windows.push({ start: sentence.start, end: sentence.end });
    }
  }
  cache.set(context, windows);
  return windows;
}

/** The windows whose text matches `trigger` (a cheap pre-filter before the real rules). */
export function windowsWith(context: TextContext, trigger: RegExp): Span[] {
  return windowsOf(context).filter((w) => trigger.test(context.text.slice(w.start, w.end)));
}
