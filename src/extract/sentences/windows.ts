/**
 * The text windows penalty rules scan: the context's sentences (which already run on past
 * abbreviations such as `St. Petersburg` or `approx. 10 EUR`: see extract/context.ts), a line that
 * breaks off mid-clause run on into the next line.
 */
import type { Span } from "../../records.js";
import type { TextContext } from "../types.js";

/** A line's end that closes a clause: terminal punctuation, perhaps before a closing quote or bracket. */
const CLOSED = /[.!?:;…]["'”’»)\]]*\s*$/u;

/** A line that opens a list item or a quotation block: its own line, whatever came before. */
const ITEM = /^\s*(?:[-–—•*▪◦>›→]|\d{1,2}[.)]\s|\([a-z\d]\)\s)/iu;

/**
 * The last word of a line that cannot end a clause: a comma, a preposition, article, possessive or
 * conjunction (English, French, Spanish), or a penalty verb still waiting for its object
 * (`… a condamné` ¶ `John Doe, …, à trois ans`).
 */
const OPEN_END =
  /(?:,|(?<!\p{L})(?:of|to|for|and|or|the|an|in|on|at|by|with|from|as|his|her|their|its|de|du|des|à|au|aux|le|la|les|l[’']|un|une|et|ou|en|par|pour|sur|avec|son|sa|ses|leur|leurs|del|al|el|los|las|una|[ayo]|por|para|con|su|sus|sentenced|jailed|fined|convicted|condemned|condamn\p{L}*|inflig\p{L}*|conden\p{L}*|sentenci\p{L}*|mult(?:ó|ad[oa]s?|aron)))\s*$/iu;

/** True when the line span `a` breaks off mid-clause and `b`, on the very next line, carries it on. */
function runsOn(text: string, a: Span, b: Span): boolean {
  const gap = text.slice(a.end, b.start);
  if (!/^[^\S\n]*\n[^\S\n]*$/u.test(gap)) return false;
  const line = text.slice(a.start, a.end);
  const next = text.slice(b.start, b.end);
  if (CLOSED.test(line) || line.includes("\t") || next.includes("\t") || ITEM.test(next)) return false;
  return OPEN_END.test(line) || /^\p{Ll}/u.test(next);
}

const cache = new WeakMap<TextContext, readonly Span[]>();

/** The sentence spans the penalty rules and their linking work in. */
export function windowsOf(context: TextContext): readonly Span[] {
  const known = cache.get(context);
  if (known) return known;
  const windows: Span[] = [];
  for (const sentence of context.sentences) {
    const last = windows[windows.length - 1];
    if (last && runsOn(context.text, last, sentence)) windows[windows.length - 1] = { start: last.start, end: sentence.end };
    else windows.push(sentence);
  }
  cache.set(context, windows);
  return windows;
}

/** The windows whose text matches `trigger` (a cheap pre-filter before the real rules). */
export function windowsWith(context: TextContext, trigger: RegExp): Span[] {
  return windowsOf(context).filter((w) => trigger.test(context.text.slice(w.start, w.end)));
}
