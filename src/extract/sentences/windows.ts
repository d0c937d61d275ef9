/**
 * The text windows penalty rules scan: the context's sentences (which already run on past
 * abbreviations such as `St. Petersburg` or `approx. 10 EUR`: see extract/context.ts).
 */
import type { Span } from "../../records.js";
import type { TextContext } from "../types.js";

/** The sentence spans the penalty rules and their linking work in. */
export function windowsOf(context: TextContext): readonly Span[] {
  return context.sentences;
}

/** The windows whose text matches `trigger` (a cheap pre-filter before the real rules). */
export function windowsWith(context: TextContext, trigger: RegExp): Span[] {
  return windowsOf(context).filter((w) => trigger.test(context.text.slice(w.start, w.end)));
}
