/**
 * Where a date stands against a penalty: the last day of the range or list it opens (a ruling closes its hearing's
 * days), and its distance from the penalty (resolve/penalties-dates.ts).
 */
import type { DateRecord, Span } from "../records.js";

const full = (d: DateRecord): boolean => /^\d{4}-\d{2}(?:-\d{2})?$/u.test(d.value);

/** What joins the days of a range or list (`9–10 March`, `from 3 to 7 March`, `9 and 10 March`). */
const RANGE_JOIN = /^\s*(?:[-–—]|to|until|till|and|through)\s*$/iu;

/**
 * The last day of the range or list a date opens (`The trial took place on 9–10 March`, `a trial that
 * lasted from 3 to 7 March`): a ruling closes the days of its hearing, so it falls on the last.
 */
export function rangeEnd(text: string, date: DateRecord, dates: readonly DateRecord[]): DateRecord {
  let last = date;
  for (;;) {
    const next = dates.find((d) => d.start >= last.end && d.start - last.end <= 12 && full(d));
    if (!next || next.value <= last.value || !RANGE_JOIN.test(text.slice(last.end, next.start))) return last;
    last = next;
  }
}

/** Characters between a date and a penalty (0 when inside it). */
export function distance(d: Span, site: Span): number {
  if (d.end <= site.start) return site.start - d.end;
  if (d.start >= site.end) return d.start - site.end;
  return 0;
}
