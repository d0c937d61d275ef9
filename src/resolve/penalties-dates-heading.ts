/**
 * A chronology's date heading (`Wednesday, 12 March`, `19–21 February` on a line of its own): it dates what the
 * paragraph under it tells (resolve/penalties-dates.ts).
 */
import type { DateRecord, Span } from "../records.js";
import { WEEKDAY_NAMES } from "./penalties-dates-relative.js";

const inside = (d: Span, w: Span): boolean => d.start >= w.start && d.end <= w.end;

const HEADING_FILLER = new RegExp(`^(?:[\\s,.:;–—-]|and|to|${WEEKDAY_NAMES})*$`, "iu");

/**
 * True when a window is a date heading: a line of its own holding nothing but dates, weekdays and
 * dashes (`Wednesday, 12 March`, `19–21 February`), not the letter's own date.
 */
export function heading(text: string, w: Span, dates: readonly DateRecord[], letterDate: string | null): boolean {
  const within = dates.filter((d) => inside(d, w));
  if (within.length === 0 || within.some((d) => d.value === letterDate)) return false;
  const lineStart = text.lastIndexOf("\n", w.start - 1) + 1;
  const lineEnd = text.indexOf("\n", w.end);
  if (text.slice(lineStart, w.start).trim() !== "" || text.slice(w.end, lineEnd < 0 ? text.length : lineEnd).trim() !== "") return false;
  let rest = text.slice(w.start, w.end);
  for (const d of [...within].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start - w.start) + rest.slice(d.end - w.start);
  return HEADING_FILLER.test(rest);
}

/** A heading's date: a range of days (`19–21 February`) dates to its month. */
export function headingDate(w: Span, dates: readonly DateRecord[], date: string): string {
  const within = dates.filter((d) => inside(d, w));
  return within.length >= 2 && new Set(within.map((d) => d.value.slice(0, 7))).size === 1 ? date.slice(0, 7) : date;
}
