/**
 * A day of the month told against the letter's month (`on the 12th`, `the 12th of last month`, `the 17th of
 * this month`, `le 12 du mois dernier`, `le 12 courant`, `el 12 del mes pasado`, `el pasado día 3`): the
 * ruling's day, read against the letter's date (resolve/penalties-dates.ts). The extractor does not make such
 * phrases dates (they carry no month); a penalty's date needs them. A bare day told after a day-precise date of its
 * paragraph (`Their trial opened on 5 June 2023. On the 12th the judge sentenced …`, `presentado el 5 de octubre …
 * condenado el día 12`, `on the 21st of that month`) is a day of that date's month, not the letter's.
 */
import type { DateRecord } from "../records.js";
import { OTHER_EVENT_BEFORE } from "./penalties-dates-claims.js";

/** The month a phrase names, by its words: the letter's month before (`last month`), or the letter's own (`this month`, `courant`). */
const LAST = String.raw`(?:of\s+)?(?:last|the\s+previous)\s+month|du\s+mois\s+(?:dernier|passé|précédent)|del?\s+(?:mes\s+pasado|pasado\s+mes|mes\s+anterior)`;
/** The month of the date told before (`of that month`, `du même mois`, `del mismo mes`): read only against such a date. */
const THAT = String.raw`(?:of\s+)?(?:that|the\s+same)\s+month|du\s+même\s+mois|del?\s+(?:mismo|ese)\s+mes`;
const THIS = String.raw`(?:of\s+)?this\s+month|inst(?:ant)?\.?|courant|du\s+mois\s+en\s+cours|de\s+ce\s+mois|del?\s+(?:corriente|presente\s+mes|mes\s+en\s+curso|este\s+mes)`;
/**
 * A bare ordinal day after `on the` (`When the magistrate delivered sentence on the 12th, he …`), closed by a
 * punctuation mark or a word that starts a clause, not a noun (`on the 12th floor`, `on the 5th anniversary`).
 */
const BARE_CLOSE = String.raw`(?=\s*(?:[,.;:)–—]|$)|\s+(?:and|when|he|she|they|it|the|a|an|at|in|by|before|after|with|where|while|judge|justice|magistrate|court)\b)`;
/** A day of the month told against the letter's month, with the day in group 1 (or 3, 5, 6) and its month words in 2 (or 4). */
const MONTH_DAY = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    String.raw`(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+(${LAST}|${THIS}|${THAT})` +
    String.raw`|(?:le|el)\s+(?:pasado\s+)?(?:día\s+)?(\d{1,2})(?:er)?\s+(${LAST}|${THIS}|${THAT})` +
    String.raw`|on\s+the\s+(\d{1,2})(?:st|nd|rd|th)${BARE_CLOSE}` +
    String.raw`|el\s+(?:pasado\s+)?día\s+(\d{1,2})(?!\s+de\s+\p{L}|\s*\d)` +
    String.raw`)(?!\p{L})`,
  "iu",
);
const LAST_IN = new RegExp(`^(?:${LAST})$`, "iu");
const THAT_IN = new RegExp(`^(?:${THAT})$`, "iu");

/** The ISO day a MONTH_DAY match stands for, given the letter's date, or null (an impossible day, no day-precise letter date). */
function monthDayValue(m: RegExpExecArray, letterDate: string): string | null {
  const day = Number(m[1] ?? m[3] ?? m[5] ?? m[6]);
  const words = m[2] ?? m[4];
  let year = Number(letterDate.slice(0, 4));
  let month = Number(letterDate.slice(5, 7));
  // Note: a bare day (`on the 12th`) is the most recent such day on or before the letter's date.
  const back = words ? LAST_IN.test(words.trim()) : day > Number(letterDate.slice(8, 10));
  if (back) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** A court's step in the sentence of a date (`Their trial opened … on 5 June`, `On 11 December the court ordered`, `presentado el 5 de octubre ante un tribunal`). */
const COURT_STEP = /\b(?:court|trial|hearings?|judge|magistrate|tribunal|cour|procès|audiences?|juicio|juzgado|audiencia)\b/iu;

/**
 * True when `date` tells a court's step (COURT_STEP in its sentence), which the case's next days follow within
 * weeks; not a march or an arrest months before the ruling (`charged after a march on 1 May. … sentence on the 12th`).
 */
function courtStep(text: string, date: DateRecord): boolean {
  const from = Math.max(0, text.lastIndexOf(". ", date.start) + 1, text.lastIndexOf("\n", date.start) + 1);
  const stop = text.slice(date.end).search(/[.!?](?:\s|$)/u);
  const sentence = text.slice(from, stop < 0 ? text.length : date.end + stop);
  return COURT_STEP.test(sentence);
}

/**
 * A bare day's month from the last day-precise date before it in its paragraph (`on 5 June 2023. On the 12th`): that
 * month, or the next when the day is earlier than that date's (`opened on 28 June. On the 2nd` is 2 July).
 */
function fromParagraph(m: RegExpExecArray, at: number, text: string, dates: readonly DateRecord[]): string | null | undefined {
  const words = m[2] ?? m[4];
  if (words && !THAT_IN.test(words.trim())) return undefined;
  const before = dates.filter((d) => d.end <= at && /^\d{4}-\d{2}-\d{2}$/u.test(d.value)).at(-1);
  if (!before || text.slice(before.end, at).includes("\n") || !courtStep(text, before)) return words ? null : undefined;
  const day = Number(m[1] ?? m[3] ?? m[5] ?? m[6]);
  let year = Number(before.value.slice(0, 4));
  let month = Number(before.value.slice(5, 7));
  if (day < Number(before.value.slice(8, 10))) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const date = new Date(Date.UTC(year, month - 1, day));
  return day < 1 || date.getUTCMonth() !== month - 1 ? null : date.toISOString().slice(0, 10);
}

/**
 * The day of the month told against the letter's month (MONTH_DAY) in `text` from `start` to `end`, or null; not one
 * another event claims (`arrested on the 12th and sentenced …`). With `dates`, a bare day after a day-precise date of
 * its paragraph takes that date's month (fromParagraph).
 */
export function monthDay(text: string, start: number, end: number, letterDate: string | null, dates: readonly DateRecord[] = []): string | null {
  const m = MONTH_DAY.exec(text.slice(start, end));
  if (!m || OTHER_EVENT_BEFORE.test(text.slice(Math.max(start, start + m.index - 30), start + m.index))) return null;
  const inParagraph = fromParagraph(m, start + m.index, text, dates);
  if (inParagraph !== undefined) return inParagraph;
  if (!letterDate || !/^\d{4}-\d{2}-\d{2}$/u.test(letterDate)) return null;
  return monthDayValue(m, letterDate);
}
