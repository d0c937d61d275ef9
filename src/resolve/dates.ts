/**
 * The dates stage: decides the document's numeric date order, reads every candidate, finds
 * the letter's date, fills in implied years and returns date records in offset order.
 */
import type { DateCandidate, DateRecord } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { findLetterDate } from "./dates-letter.js";
import { decideDateOrder, type DateOrder } from "./dates-order.js";
import { isValidDay, iso, type ReadDate } from "./dates-value.js";
import { inferYears } from "./dates-year.js";

/** The dates of a document, its letter date and how its numeric dates were read. */
export interface DatedDocument {
  /** One record per distinct date (wording and value), at its first mention. */
  dates: DateRecord[];
  /** Every mention in offset order, repeats included, each with its record's id. */
  mentions: DateRecord[];
  letterDate: string | null;
  dateOrder: "dmy" | "mdy" | null;
  reason: string | null;
}

/** Note: a field above 12 settles one date whatever the document's order says. */
function read(candidate: DateCandidate, order: DateOrder | null): ReadDate | null {
  let { month, day } = candidate;
  if (candidate.numeric) {
    const { first, second } = candidate.numeric;
    const dayFirst = first > 12 || (second <= 12 && order !== "mdy");
    [day, month] = dayFirst ? [first, second] : [second, first];
  }
  if (day !== null && !isValidDay(month, day, candidate.year)) return null;
  return { candidate, year: candidate.year, month, day };
}

/**
 * One candidate per span, carrying the ids of every rule that found it. Note: a date inside a
 * longer one that says the same day (`18 juin 2025` in chrono's `mercredi 18 juin 2025`) is the
 * same mention, found by two rules.
 */
function merged(found: DateCandidate[]): { candidate: DateCandidate; rules: string[] }[] {
  const bySpan = new Map<string, { candidate: DateCandidate; rules: string[] }>();
  let outer: { candidate: DateCandidate; rules: string[] } | undefined;
  for (const candidate of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const key = `${candidate.start}:${candidate.end}`;
    const seen = bySpan.get(key) ?? (outer && sameDayInside(candidate, outer.candidate) ? outer : undefined);
    if (seen) {
      if (!seen.rules.includes(candidate.rule)) seen.rules.push(candidate.rule);
    } else {
      const entry = { candidate, rules: [candidate.rule] };
      bySpan.set(key, entry);
      if (!outer || candidate.end > outer.candidate.end) outer = entry;
    }
  }
  return [...bySpan.values()];
}

/** True when `inner` lies within `outer` and states the same day, month and year. */
function sameDayInside(inner: DateCandidate, outer: DateCandidate): boolean {
  return (
    inner.start >= outer.start && inner.end <= outer.end && inner.numeric === null && outer.numeric === null &&
    inner.day === outer.day && inner.month === outer.month && inner.year === outer.year
  );
}

/**
 * Note: a date repeated with the same wording and value is one record (the first mention),
 * as the gold files list them; the same day in other words (`31 Aug`, `31 August 2019`) stays.
 * Every mention keeps the id of its record, for stages that date events by position.
 */
function records(dates: ReadDate[], rules: Map<DateCandidate, string[]>): { dates: DateRecord[]; mentions: DateRecord[] } {
  const ids = new Map<string, string>();
  const out: DateRecord[] = [];
  const mentions = dates.map((d): DateRecord => {
    const key = `${d.candidate.text.replace(/\s+/g, " ").toLowerCase()}|${iso(d)}`;
    const seen = ids.get(key);
    const record: DateRecord = {
      id: seen ?? `date-${out.length + 1}`,
      start: d.candidate.start,
      end: d.candidate.end,
      rules: rules.get(d.candidate) ?? [d.candidate.rule],
      text: d.candidate.text,
      value: iso(d),
    };
    if (!seen) {
      ids.set(key, record.id);
      out.push(record);
    }
    return record;
  });
  return { dates: out, mentions };
}

/** Resolves the date candidates of one document into records, letter date and date order. */
export function resolveDates(context: TextContext, found: DateCandidate[]): DatedDocument {
  const unique = merged(found);
  const decision = decideDateOrder(context, unique.map((u) => u.candidate));
  const rules = new Map(unique.map((u) => [u.candidate, u.rules]));
  const readDates = unique
    .map((u) => read(u.candidate, decision.order))
    .filter((d): d is ReadDate => d !== null);
  const letter = findLetterDate(context, readDates);
  const { dates, mentions } = records(inferYears(context, readDates, letter), rules);
  return {
    dates,
    mentions,
    letterDate: letter ? iso(letter) : null,
    dateOrder: decision.order,
    reason: decision.reason,
  };
}
