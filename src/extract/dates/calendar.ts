/**
 * The calendar-date rule: every reference with at least a month that chrono-node parses,
 * cleaned by `candidatesOf`. Years, day/month order and year-less dates are left to
 * resolve/dates.ts, which sees the whole document.
 */
import type { DateCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { candidatesOf } from "./candidates.js";
import { chronoHits } from "./chrono.js";

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

export const calendarDates: Extractor<DateCandidate> = {
  id: "dates/calendar",
  type: "date",
  extract(context) {
    const spans = context.paragraphs.length > 0 ? context.paragraphs : [{ start: 0, end: context.text.length }];
    return oncePerSpan(chronoHits(context.text, spans).flatMap((hit) => candidatesOf(context.text, hit)));
  },
};
