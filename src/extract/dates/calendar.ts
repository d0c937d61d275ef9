/**
 * The calendar-date rule: every reference with at least a month that chrono-node parses,
 * cleaned by `candidatesOf`. Years, day/month order and year-less dates are left to
 * resolve/dates.ts, which sees the whole document.
 */
import type { DateCandidate, Span } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { candidatesOf } from "./candidates.js";
import { chronoHits } from "./chrono.js";
import { FOREIGN_DATE } from "./foreign.js";

/**
 * Note: a list item can be found twice, by chrono alone and from its neighbour (`March` in
 * `between March and May 2020`); the one that knows its year is kept.
 */
function oncePerSpan(found: Unstamped<DateCandidate>[]): Unstamped<DateCandidate>[] {
  const bySpan = new Map<string, Unstamped<DateCandidate>>();
  for (const c of found) {
    const key = `${c.start}:${c.end}`;
    const seen = bySpan.get(key);
    if (!seen || (seen.year === null && c.year !== null)) bySpan.set(key, c);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start);
}

/**
 * What a paragraph needs for `candidatesOf` to keep anything chrono finds in it: a digit or, in
 * English, a month's first letters (`MONTH_WORD` without its word start, so any piece of the
 * paragraph that matches it is matched here too).
 */
// Note: a cheap gate before chrono, the extraction's costliest call (~7% of its CPU): 40% of the paragraphs (a fifth of
// the text: headings, salutations, closings) have neither, and their hits would all be dropped (docs/performance.md, session 18).
const MONTH_LETTERS = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/i;
export function mayHoldDate(text: string, span: Span, english: boolean): boolean {
  const slice = text.slice(span.start, span.end);
  return /\d/.test(slice) || (english && MONTH_LETTERS.test(slice));
}

export const calendarDates: Extractor<DateCandidate> = {
  id: "dates/calendar",
  type: "date",
  extract(context) {
    const all = context.paragraphs.length > 0 ? context.paragraphs : [{ start: 0, end: context.text.length }];
    const spans = all.filter((span) => mayHoldDate(context.text, span, context.language === "en"));
    const found = oncePerSpan(chronoHits(context.text, spans, context.language).flatMap((hit) => candidatesOf(context.text, hit, context.language)));
    if (context.language === "en") return found;
    // Note: chrono's French and Spanish parsers stop before `del 2003`; the foreign rule reads the whole date.
    const whole = [...context.text.matchAll(FOREIGN_DATE[0])].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return found.filter((c) => !whole.some((w) => w.start <= c.start && c.end <= w.end && w.end - w.start > c.end - c.start));
  },
};
