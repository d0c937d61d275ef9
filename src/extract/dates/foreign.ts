/**
 * Full dates written in another language than English (`10 de fevereiro de 2009`, `16 Ara 2022`,
 * `le 3 mai 2021`, `12. März 2020`, `5 февраля 2021 г.`): web pages keep their site's language in
 * datelines and bylines even when the article is in English. chrono's casual parser reads English
 * only, and running its other locales on every paragraph would cost a parse per language; one
 * pattern over a month table does the job. Only day + month + year counts: a foreign month
 * without a year is too often an ordinary word (`mai`, `Mart`, `Mac`).
 */
import type { DateCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";

/**
 * Month names and abbreviations by language, January first: `[language, months]`, each month
 * a `|`-joined list. Note: spellings that are also English month names (`April`, `August`…) and
 * the Turkish `Mar`/`May` are left to chrono, so that one date is never found by two rules.
 */
export const FOREIGN_MONTHS: readonly (readonly [language: string, months: readonly string[]])[] = [
  ["French", ["janvier|janv", "février|fevrier|févr|fevr", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre|déc"]],
  ["Spanish", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre"]],
  ["Portuguese", ["janeiro", "fevereiro", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]],
  ["Italian", ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]],
  ["German", ["januar|jänner", "februar", "märz|maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]],
  ["Dutch", ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]],
  ["Turkish", ["ocak|oca", "şubat|şub", "mart", "nisan|nis", "mayıs", "haziran|haz", "temmuz|tem", "ağustos|ağu", "eylül|eyl", "ekim|eki", "kasım|kas", "aralık|ara"]],
  ["Indonesian and Malay", ["januari", "februari", "maret|mac", "april", "mei", "juni", "juli|julai", "agustus|ogos", "september", "oktober", "november|nopember", "desember|disember"]],
  ["Russian", ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]],
  ["Ukrainian", ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]],
  ["Polish", ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]],
];

const ENGLISH = new Set(["april", "august", "september", "november", "december", "mar", "may"]);

/** Each foreign spelling (lower case) with its month number. */
const MONTH_OF: ReadonlyMap<string, number> = new Map(
  FOREIGN_MONTHS.flatMap(([, months]) =>
    months.flatMap((names, i) => names.split("|").filter((n) => !ENGLISH.has(n)).map((n): [string, number] => [n, i + 1])),
  ),
);

const NAMES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join("|");

/**
 * A day, a foreign month and a year, with the joiners of each language (`de`, `del`, `.`, `er`)
 * and an optional abbreviation dot or Russian `г.`; groups: day, month, year. Example:
 * `10 de fevereiro de 2009`.
 */
export const FOREIGN_DATE: readonly [RegExp, string, string] = [
  new RegExp(
    `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|er)?\\s+(?:de\\s+|del\\s+)?(${NAMES})\\.?(?:\\s+de|\\s+del|,)?\\s+((?:19|20)\\d{2})(?![\\p{N}])`,
    "giu",
  ),
  "day, month in another language, year",
  "10 de fevereiro de 2009",
];

/**
 * Weekday names before a foreign dateline's date (`terça-feira, 10 de fevereiro de 2009`), with the
 * article some languages put before the day (`le`, `el`, `den`): a regular-expression source for
 * the letter-date rule, which accepts them before a date as it accepts `Wednesday`.
 */
export const FOREIGN_WEEKDAY =
  "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda|ter[çc]a|quarta|quinta|sexta|(?:segunda|ter[çc]a|quarta|quinta|sexta)-feira|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar|senin|selasa|rabu|kamis|jumat|sabtu|minggu|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\\s+)?(?:(?:le|el|den|am)\\s+)?";

/** Every foreign full date in the text, as a candidate with its three fields. */
function foreignDates(text: string): Unstamped<DateCandidate>[] {
  const out: Unstamped<DateCandidate>[] = [];
  for (const match of text.matchAll(FOREIGN_DATE[0])) {
    const month = MONTH_OF.get((match[2] ?? "").toLowerCase());
    const day = Number(match[1]);
    if (month === undefined || day < 1 || day > 31) continue;
    const start = match.index;
    const end = start + match[0].length;
    out.push({
      type: "date",
      text: text.slice(start, end),
      start,
      end,
      year: Number(match[3]),
      month,
      day,
      numeric: null,
      weekday: null,
      yearOffset: null,
    });
  }
  return out;
}

export const foreignCalendarDates: Extractor<DateCandidate> = {
  id: "dates/foreign",
  type: "date",
  extract(context) {
    return foreignDates(context.text);
  },
};
