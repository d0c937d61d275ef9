/**
 * Days told relative to something: `today`, `on Monday`, `lundi dernier`, `el pasado martes`
 * against the letter's date, and `two days later` against an earlier dated event
 * (resolve/penalties-dates.ts).
 */
import type { DateRecord } from "../records.js";

/** Weekdays in English, French and Spanish, as a regular expression's alternatives. */
export const WEEKDAY_NAMES = "sunday|monday|tuesday|wednesday|thursday|friday|saturday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo";
export const WEEKDAY_WORDS = `(?:${WEEKDAY_NAMES}),?\\s+`;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
// Note: French and Spanish too (`a rendu hier son jugement`, `el fallo de ayer`, `lundi dernier`, `el pasado lunes`);
// a weekday followed by a day number is a full date, read as such.
export const RELATIVE =
  /(?<!\p{L})(today|yesterday|(?:on|last)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)|hier|aujourd['’]hui|ayer|hoy|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+dernier|(?:el\s+)?pasado\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))(?!\p{L}|\s*\d)/iu;
/** French and Spanish weekdays by their English name's place in WEEKDAYS. */
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6,
};
/** The phrase's word that names the day: `hier`, `ayer`, `lunes` in `el pasado lunes`, `lundi` in `lundi dernier`. */
const dayWord = (phrase: string): string => {
  const words = phrase.toLowerCase().split(/\s+/u);
  return (words.at(-1) === "dernier" ? words.at(-2) : words.at(-1)) ?? "";
};

/** The date `today`, `yesterday` or `on Monday` stands for, given the letter's date. */
export function relativeDate(phrase: string, letterDate: string | null): string | null {
  if (!letterDate || !/^\d{4}-\d{2}-\d{2}$/u.test(letterDate)) return null;
  const base = new Date(`${letterDate}T00:00:00Z`);
  const word = dayWord(phrase);
  const weekday = WEEKDAYS.includes(word) ? WEEKDAYS.indexOf(word) : WEEKDAY_INDEX[word];
  let back = 0;
  if (word === "yesterday" || word === "hier" || word === "ayer") back = 1;
  else if (weekday !== undefined) back = (base.getUTCDay() - weekday + 7) % 7;
  else if (word !== "today" && word !== "hoy" && !/^aujourd['’]hui$/u.test(word)) return null;
  return new Date(base.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A day counted from an earlier dated event (`convicted on March 19 … two days later they were
 * given …`, `the next day`, `a week later`): how many days, or null.
 */
const DAYS_LATER =
  /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+later|the\s+(?:next|following)\s+(day|week)|the\s+day\s+after)\b/iu;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** How far back, in characters, the dated event a `two days later` counts from may be. */
const DAYS_LATER_REACH = 400;

/** The date a `two days later` in `text[from, to)` stands for: the nearest earlier day-precise date plus that many days. */
export function daysLater(text: string, from: number, to: number, dates: readonly DateRecord[], floor: number): string | null {
  const m = DAYS_LATER.exec(text.slice(from, to));
  if (!m) return null;
  const at = from + m.index;
  const unit = (m[2] ?? m[3] ?? "day").toLowerCase();
  const count = m[1] ? (COUNTS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const days = unit.startsWith("week") ? count * 7 : count;
  // Note: only a day-precise date can be counted from (`in February last year` cannot).
  const anchor = dates
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.value) && d.end <= at && d.start >= Math.max(floor, at - DAYS_LATER_REACH))
    .sort((a, b) => b.end - a.end)[0];
  if (!anchor) return null;
  const base = new Date(`${anchor.value}T00:00:00Z`);
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

