/**
 * Turns chrono findings into date candidates: trims the surface to the date itself, drops
 * what is not a calendar date (durations, relative and weekday-only references, bare years,
 * times), splits ranges into their two days and adds the other days of a day list.
 */
import type { DateCandidate } from "../../records.js";
import type { Unstamped } from "../types.js";
import { chronoAlone, type ChronoHit, type ChronoPart } from "./chrono.js";
import { daysAfter, daysBefore, monthBefore } from "./lists.js";
import { PAST_WORDS } from "./language-month.js";
import {
  APOSTROPHE_YEAR,
  BARE_MONTH_BEFORE,
  LEADING_NOISE,
  MONTH_WORD,
  NAME_AFTER,
  STREET_AFTER,
  NUMBER_LABEL,
  NUMERIC_DATE,
  RANGE_SEPARATOR,
  RELATIVE_BEFORE,
  PAST_BEFORE,
  yearWordsAfter,
  TRAILING_TIME,
  LEADING_DAY,
} from "./patterns.js";

type Draft = Unstamped<DateCandidate>;

const PART_OF_MONTH = /^(?:end|beginning|start|middle)\s+of\s+/i;

/** Note: 40 characters of left context are enough for every pattern tested before a date. */
const CONTEXT = 40;
const LINK_WINDOW = 200;

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let surface = text.slice(start, end);
  const lead = LEADING_NOISE[0].exec(surface);
  if (lead) {
    start += lead[0].length;
    surface = surface.slice(lead[0].length);
  }
  // Note: chrono reads `No. 17 of 14.03.2022` and `Ordinance No. 20-06 of 28 April 2020` as one
  // date; the number before `of` is a document's.
  const numbered = /^\d+\s+of\s+(?=\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}\b|(?:st|nd|rd|th)?\s+\p{L}))/u.exec(surface);
  if (numbered) {
    start += numbered[0].length;
    surface = surface.slice(numbered[0].length);
  }
  const tail = TRAILING_TIME[0].exec(surface);
  if (tail && tail.index > 0) end = start + tail.index;
  while (end > start && /[\s,;:–—-]/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** True when the span is part of a web address or file path (`www.x.org/2020/10/12/news`). */
function inLink(text: string, start: number, end: number): boolean {
  // Note: bounded windows; scanning the whole prefix per date made long texts quadratic.
  const left = /\S*$/.exec(text.slice(Math.max(0, start - LINK_WINDOW), start))?.[0] ?? "";
  const right = /^\S*/.exec(text.slice(end, end + LINK_WINDOW))?.[0] ?? "";
  return /\/|www\.|:\/\//i.test(left + right.replace(/^[.,;:!?)\]"'’”]+$/, ""));
}

/** True when an all-numeric date is part of a longer number or labelled as a document number. */
function partOfNumber(text: string, end: number, before: string): boolean {
  return /^[./-]\d/.test(text.slice(end, end + 2)) || /\d[./-]$/.test(before) || NUMBER_LABEL[0].test(before);
}

function candidate(text: string, start: number, end: number, found: ChronoPart, english = true): Draft | null {
  const surface = text.slice(start, end);
  if (found.month === null || !(/\d/.test(surface) || (english && MONTH_WORD[0].test(surface)))) return null;
  if (/^\d{1,4}[./-]\d{1,4}$/.test(surface)) return null;
  const monthWord = MONTH_WORD[0].exec(surface);
  // Note: lower-case `may`/`march` are a modal and a verb; with a year (`5 march 2020`) it is a date.
  // Note: French and Spanish write every month in lower case.
  if (english && monthWord && !/^[A-Z]/.test(monthWord[0]) && found.year === null) return null;
  if (inLink(text, start, end)) return null;
  if (found.year !== null && (found.year < 1900 || found.year > 2100)) return null;
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  if (found.year === null && STREET_AFTER[0].test(text.slice(end, end + CONTEXT))) return null;
  if (found.day === null && found.year === null) {
    if (!/^[A-Z]/.test(surface) || RELATIVE_BEFORE[0].test(before)) return null;
    // Note: `last November` names the latest November before the letter (dates-year reads the word kept in the text).
    const past = PAST_BEFORE[0].exec(before);
    if (past && !NAME_AFTER[0].test(text.slice(end, end + CONTEXT))) start -= past[0].length;
    else if (!BARE_MONTH_BEFORE[0].test(before) || NAME_AFTER[0].test(text.slice(end, end + CONTEXT))) return null;
  }
  const numericMatch = NUMERIC_DATE[0].exec(surface);
  const numeric = numericMatch ? { first: Number(numericMatch[1]), second: Number(numericMatch[3]) } : null;
  // Note: a bare day glued to a number before it is a reference code's tail (`12/03 – 5 May`).
  if (/^\d+$/.test(surface) && /\d[./]$/.test(before)) return null;
  if (/^\d+[./-][\d./-]*$/.test(surface) && partOfNumber(text, end, before)) return null;
  let yearOffset: number | null = null;
  let year = found.year;
  const apostrophe = year === null && monthWord ? APOSTROPHE_YEAR[0].exec(text.slice(end, end + 8)) : null;
  if (apostrophe) {
    const yy = Number(apostrophe[1]);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
    end += apostrophe[0].length;
  }
  if (year === null) {
    // Note: `of that year` keeps a null offset: the words stay in the text, dates-year reads them.
    const words = yearWordsAfter(text.slice(end, end + CONTEXT));
    if (words) {
      yearOffset = words.offset;
      end += words.length;
    }
  }
  return {
    type: "date",
    text: text.slice(start, end),
    start,
    end,
    year,
    month: found.month,
    day: found.day,
    numeric,
    weekday: found.weekday,
    yearOffset,
  };
}

/**
 * True when chrono ordered a range's ends by date rather than by text: read alone, the first
 * piece states another month than the range's start (`UA 07/2025 – 10 February 2025` comes back
 * as 10 February to July, so the second piece would get July).
 */
function swapped(text: string, hit: ChronoHit, first: { start: number; end: number }, language: string): boolean {
  const alone = chronoAlone(text, first, language)[0];
  return alone !== undefined && alone.start_.month !== null && alone.start_.month !== hit.start_.month;
}


/** French and Spanish weekdays, Sunday first as chrono numbers them. */
const WEEKDAYS = [["dimanche", "domingo"], ["lundi", "lunes"], ["mardi", "martes"], ["mercredi", "miércoles"], ["jeudi", "jueves"], ["vendredi", "viernes"], ["samedi", "sábado"]];
const ENGLISH_WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_BEFORE = new RegExp(`(${WEEKDAYS.flat().join("|")})\\s+$`, "iu");

/**
 * A weekday named right before a day, past a word for `last` and a comma, outside the date's text
 * (`vendredi dernier, 29 novembre`, `el viernes pasado, 29 de noviembre`, `last Friday, 29 November`):
 * its number (0 = Sunday), which settles the year as a weekday inside the date does; else null.
 */
const WEEKDAY_NAMED_BEFORE = new RegExp(`(?<!\\p{L})(${[...WEEKDAYS.flat(), ...ENGLISH_WEEKDAYS].join("|")})(?:\\s+(?:${PAST_WORDS}|last))?\\s*,\\s*(?:(?:le|el|on|the)\\s+)?$`, "iu");
function weekdayNamedBefore(text: string, start: number): number | null {
  const named = WEEKDAY_NAMED_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  if (!named) return null;
  const index = WEEKDAYS.findIndex((names) => names.includes(named));
  return index >= 0 ? index : ENGLISH_WEEKDAYS.indexOf(named);
}

/** The candidates of one chrono finding: none, one, or two for a range. */
export function candidatesOf(text: string, hit: ChronoHit, language = "en"): Draft[] {
  const english = language === "en";
  if (hit.tags.includes("result/relativeDate")) return [];
  const span = trimmed(text, hit.start, hit.end);
  if (hit.end_ && hit.end_.month !== null) {
    const surface = text.slice(span.start, span.end);
    const separator = new RegExp(RANGE_SEPARATOR[0].source, "i").exec(surface.slice(1));
    if (separator) {
      const cut = span.start + 1 + separator.index;
      // Note: then the two pieces are two dates (a reference code such as `No. 12/2024` drops out).
      if (swapped(text, hit, { start: span.start, end: cut }, language)) {
        const pieces = [
          { start: span.start, end: cut },
          { start: cut + separator[0].length, end: span.end },
        ];
        return pieces.flatMap((piece) => chronoAlone(text, piece, language).flatMap((h) => candidatesOf(text, h, language)));
      }
      const { year: endYear, month: endMonth } = hit.end_;
      // Note: a range over new year (28 December to 3 January 2021) starts the year before.
      const startYear = endYear === null ? null : endYear - ((hit.start_.month ?? 0) > endMonth ? 1 : 0);
      const first = candidate(text, span.start, cut, { ...hit.start_, year: hit.start_.year ?? startYear }, english);
      const second = candidate(text, cut + separator[0].length, span.end, hit.end_, english);
      return [first, second].filter((c): c is Draft => c !== null);
    }
  }
  // Note: chrono's French and Spanish parsers read `10 au vendredi 21 février` as one date, the
  // second: the first day is a date of its own, in the same month and year.
  const leading = LEADING_DAY[0].exec(text.slice(span.start, span.end));
  if (leading && hit.start_.day !== null && Number(leading[1]) < hit.start_.day) {
    const first = candidate(text, span.start, span.start + (leading[1] as string).length, { ...hit.start_, day: Number(leading[1]) }, english);
    span.start += leading[0].length;
    const rest = candidatesOf(text, { ...hit, start: span.start, end: span.end }, language);
    // Note: the weekday written before the first day (`du mardi 11 au jeudi 13 mars`) dates it as the second's does.
    const named = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, first?.start ?? 0) - 12, first?.start ?? 0))?.[1]?.toLowerCase() ?? "";
    const weekday = WEEKDAYS.findIndex((names) => names.includes(named));
    return first ? [{ ...first, weekday: weekday >= 0 ? weekday : null }, ...rest] : rest;
  }
  // Note: chrono reads "the end of May 2020" as 31 May; the text states only the month.
  const part = PART_OF_MONTH.exec(text.slice(span.start, span.end));
  if (part) span.start += part[0].length;
  const single = candidate(text, span.start, span.end, part ? { ...hit.start_, day: null } : hit.start_, english);
  if (!single) return [];
  const dated = single.weekday === null && single.day !== null ? { ...single, weekday: weekdayNamedBefore(text, single.start) } : single;
  return [...monthBefore(text, dated), ...daysBefore(text, dated), dated, ...daysAfter(text, dated)];
}
