/**
 * A date record keeps only its first mention, so a later row of a table that repeats the same
 * ruling date (`| X | 2 years | 22.04.2025 |` over `| Y | 1 year | 22.04.2025 |`) showed the
 * penalty search no date at all. This gives every later occurrence of a full date's exact text
 * as a record of its own (same value), for the ruling-date search only.
 */
import type { DateRecord } from "../records.js";

/** A date spelled out to the day with digits (`22.04.2025`, `04-Aug-2024`, `5 March 2024`). */
const SPELLED_TO_DAY = /\d/u;
const WORD = /[\p{L}\p{N}]/u;

/** The dates with every later whole-word repeat of a full date's text added, in text order. */
export function withRepeats(text: string, dates: readonly DateRecord[]): DateRecord[] {
  const out = [...dates];
  const seen = new Set<string>();
  for (const date of dates) {
    // Note: only full day dates: a repeated `May` or `Monday` may be another day.
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(date.value) || !SPELLED_TO_DAY.test(date.text) || seen.has(date.text)) continue;
    seen.add(date.text);
    for (let at = text.indexOf(date.text, date.end); at >= 0; at = text.indexOf(date.text, at + date.text.length)) {
      const end = at + date.text.length;
      if (WORD.test(text[at - 1] ?? "") || WORD.test(text[end] ?? "")) continue;
      if (dates.some((d) => d.start <= at && d.end >= end)) continue;
      out.push({ ...date, start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
