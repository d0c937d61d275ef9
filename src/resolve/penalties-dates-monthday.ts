/**
 * A day of the month told against the letter's month (`on the 12th`, `the 12th of last month`, `the 17th of
 * this month`, `le 12 du mois dernier`, `le 12 courant`, `el 12 del mes pasado`, `el pasado día 3`): the
 * ruling's day, read against the letter's date (resolve/penalties-dates.ts). The extractor does not make such
 * phrases dates (they carry no month); a penalty's date needs them.
 */
import { OTHER_EVENT_BEFORE } from "./penalties-dates-claims.js";

/** The month a phrase names, by its words: the letter's month before (`last month`), or the letter's own (`this month`, `courant`). */
const LAST = String.raw`(?:of\s+)?(?:last|the\s+previous)\s+month|du\s+mois\s+(?:dernier|passé|précédent)|del?\s+(?:mes\s+pasado|pasado\s+mes|mes\s+anterior)`;
const THIS = String.raw`(?:of\s+)?this\s+month|inst(?:ant)?\.?|courant|du\s+mois\s+en\s+cours|de\s+ce\s+mois|del?\s+(?:corriente|presente\s+mes|mes\s+en\s+curso|este\s+mes)`;
/**
 * A bare ordinal day after `on the` (`When the magistrate delivered sentence on the 12th, he …`), closed by a
 * punctuation mark or a word that starts a clause, not a noun (`on the 12th floor`, `on the 5th anniversary`).
 */
const BARE_CLOSE = String.raw`(?=\s*(?:[,.;:)–—]|$)|\s+(?:and|when|he|she|they|it|the|a|an|at|in|by|before|after|with|where|while)\b)`;
/** A day of the month told against the letter's month, with the day in group 1 (or 3, 5, 6) and its month words in 2 (or 4). */
const MONTH_DAY = new RegExp(
  String.raw`(?<!\p{L})(?:` +
    String.raw`(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+(${LAST}|${THIS})` +
    String.raw`|(?:le|el)\s+(?:pasado\s+)?(?:día\s+)?(\d{1,2})(?:er)?\s+(${LAST}|${THIS})` +
    String.raw`|on\s+the\s+(\d{1,2})(?:st|nd|rd|th)${BARE_CLOSE}` +
    String.raw`|el\s+pasado\s+día\s+(\d{1,2})(?!\s+de\s+\p{L}|\s*\d)` +
    String.raw`)(?!\p{L})`,
  "iu",
);
const LAST_IN = new RegExp(`^(?:${LAST})$`, "iu");

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

/**
 * The day of the month told against the letter's month (MONTH_DAY) in `text` from `start` to `end`, or null; not one
 * another event claims (`arrested on the 12th and sentenced …`).
 */
export function monthDay(text: string, start: number, end: number, letterDate: string | null): string | null {
  if (!letterDate || !/^\d{4}-\d{2}-\d{2}$/u.test(letterDate)) return null;
  const m = MONTH_DAY.exec(text.slice(start, end));
  if (!m || OTHER_EVENT_BEFORE.test(text.slice(Math.max(start, start + m.index - 30), start + m.index))) return null;
  return monthDayValue(m, letterDate);
}
