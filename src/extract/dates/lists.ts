/**
 * Day lists that share one month: chrono reads only the day written with the month, so
 * `9 and 10 August 2020`, `between 13 and 28 September` and `August 9 and 10, 2020` give
 * the other days here (and `March` in `between March and May 2020`). Days must rise towards
 * (or away from) the written one.
 */
import type { DateCandidate } from "../../records.js";
import type { Unstamped } from "../types.js";
import { NUMBER_LABEL, type PatternRow } from "./patterns.js";

type Draft = Unstamped<DateCandidate>;

/** A day before a day-first date, with its joiner: `[pattern, label, example]`. */
export const DAY_BEFORE: PatternRow = [
  // Note: French and Spanish joiners too (`le 3 et le 4 avril`, `3 y el 4 de abril`, `del 3 al 5`).
  /(?<![\d.,/])(\d{1,2}(?:st|nd|rd|th|er)?)\s*(,\s*and|[-,&–]|and|or|to|until|till|et\s+le|et|au|y\s+el|y|al)\s*$/i,
  "day before a date in a list",
  "9 and ",
];

/** A day after a month-first date, with its joiner and an optional year. */
export const DAY_AFTER: PatternRow = [
  /^\s*(,\s*and|[-,&–]|and|or|to|until|till)\s*(\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+((?:19|20)\d{2}))?(?![\d%/:]|\.\d)(?!\s*(?:days?|weeks?|months?|years?|hours?|people|per)\b)/i,
  "day after a date in a list",
  " and 10, 2020",
];

/** A month before a month-only date (`between March and May 2020`). */
export const MONTH_BEFORE: PatternRow = [
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s*(?:and|to|until|till|through|[-–])\s*$/,
  "month before a month in a list",
  "March and ",
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Note: a list's days sit within a short stretch before or after the written date. */
const WINDOW = 40;

function day(hit: Draft, text: string, start: number, token: string, year: number | null): Draft {
  const end = start + token.length;
  return { ...hit, text: text.slice(start, end), start, end, day: Number.parseInt(token, 10), year, weekday: null };
}

/** The month named before a month-only date, as a month-only candidate. */
export function monthBefore(text: string, hit: Draft): Draft[] {
  if (hit.day !== null) return [];
  const before = text.slice(Math.max(0, hit.start - WINDOW), hit.start);
  const match = MONTH_BEFORE[0].exec(before);
  const month = MONTHS.indexOf(match?.[1] ?? "") + 1;
  if (!match || month === 0 || month === hit.month) return [];
  const start = hit.start - before.length + match.index;
  const end = start + match[0].replace(/\.?\s*(?:and|to|until|till|through|[-–])\s*$/, "").length;
  const year = hit.year === null ? null : hit.year - (month > hit.month ? 1 : 0);
  return [{ ...hit, text: text.slice(start, end), start, end, month, year, weekday: null }];
}

/** The days listed before a day-first date (`9, 10 and` before `11 August 2020`). */
export function daysBefore(text: string, hit: Draft): Draft[] {
  if (hit.day === null || !/^\d/.test(hit.text)) return [];
  const out: Draft[] = [];
  let cursor = hit.start;
  let last = hit.day;
  let commaNext = false;
  for (;;) {
    const before = text.slice(Math.max(0, cursor - WINDOW), cursor);
    const match = DAY_BEFORE[0].exec(before);
    const value = Number.parseInt(match?.[1] ?? "", 10);
    if (!match?.[1] || !(value >= 1 && value < last)) break;
    // Note: a number after a document's label is its number, not a day (`Ordinance No. 20-06 of`).
    if (NUMBER_LABEL[0].test(before.slice(0, match.index))) break;
    if (out.length === 0) commaNext = match[2] === ",";
    cursor = cursor - before.length + match.index;
    last = value;
    out.unshift(day(hit, text, cursor, match[1], hit.year));
  }
  // Note: "aged 3, 10 August" is no list: the day next to the date needs "and", "to" or a dash,
  // unless two or more rising days lead up to it by commas alone (`9, 10, 11 August 2020`).
  return commaNext && out.length < 2 ? [] : out;
}

/** The days listed after a month-first date (`and 10, 2020` after `August 9`). */
export function daysAfter(text: string, hit: Draft): Draft[] {
  if (hit.day === null || hit.year !== null || !/[A-Za-z.]\s+\d{1,2}(?:st|nd|rd|th)?$/.test(hit.text)) return [];
  const out: (Draft & { bareComma: boolean })[] = [];
  let cursor = hit.end;
  let last = hit.day;
  for (;;) {
    const match = DAY_AFTER[0].exec(text.slice(cursor, cursor + WINDOW));
    const value = Number.parseInt(match?.[2] ?? "", 10);
    if (!match?.[2] || !(value > last && value <= 31)) break;
    const start = cursor + match[0].indexOf(match[2], match[0].search(/\d/));
    const year = match[3] ? Number(match[3]) : null;
    const end = cursor + match[0].length;
    out.push({ ...day(hit, text, start, match[2], year), end, text: text.slice(start, end), bareComma: match[1] === "," && year === null });
    cursor = end;
    last = value;
    if (year !== null) break;
  }
  // Note: "October 5, 20 were hurt" is a count; a list ends with "and", "or", "to" or a year.
  while (out.at(-1)?.bareComma) out.pop();
  return out.map(({ bareComma: _, ...draft }) => draft);
}
