/**
 * The surface patterns the dates rules use around chrono-node's parse, as data rows
 * `[pattern, label, example]`; a test checks each example against its own pattern.
 */

/** One pattern row: the regular expression, what it recognises, and a text it must match. */
export type PatternRow = readonly [pattern: RegExp, label: string, example: string];

/** An all-numeric day-month-year date; groups: first field, second field, year. */
export const NUMERIC_DATE: PatternRow = [
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/,
  "numeric date with undecided order",
  "12/10/2020",
];

/** Words before a date that are not part of its surface (`on 5 October` → `5 October`). */
export const LEADING_NOISE: PatternRow = [
  /^(?:(?:at\s+)?(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?),?\s+)?(?:(?:on|in|of|the|from|since|by|until|till|during)\s+)+/i,
  "preposition or time before a date",
  "at 6 a.m. on ",
];

/** A clock time after a date (`16.05.2017 20:19 msk` → `16.05.2017`). */
export const TRAILING_TIME: PatternRow = [
  /(?:,?\s+(?:at\s+)?(?:\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:[a-z]{2,4}|[+-]\d{4}))?|,?\s+(?:at|in the)\s+(?:noon|midnight|morning|afternoon|evening|night)|,?\s+(?:à|a\s+las?)\s+\d{1,2}(?:\s*h(?:eures?)?(?:\s*\d{2})?)?|T\d{2}:\d{2}\S*)$/i,
  "clock time after a date",
  " 20:19 msk",
];

/**
 * Words that make a bare month relative rather than a calendar month (`every September`, `next
 * March`). Note: `last`/`previous` are read apart (PAST_BEFORE): the month named is the latest
 * before the letter.
 */
export const RELATIVE_BEFORE: PatternRow = [
  /\b(?:next|this|coming|every|each)\s+$/i,
  "relative word before a month",
  "arranged every ",
];

/** `last`/`previous` right before a bare month (`Last November, …`): kept in the date's text. */
export const PAST_BEFORE: PatternRow = [/\b(?:last|previous)\s+$/i, "past word before a month", "arrested last "];

/**
 * What must come before a bare month for it to be a date: a preposition of time
 * (`in March`, `since February`, `early May`). Note: bare `May`, `March` are also a verb
 * and a noun; without this, "March organisers said" and "May Day" would be dates.
 */
export const BARE_MONTH_BEFORE: PatternRow = [
  // Note: or after such a preposition and the months listed before it (`in February and `, `in January, February and `).
  /\b(?:in|since|until|till|by|from|during|through|throughout|between|early|mid|late|before|after|of|for)[\s-]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s*,\s*|\s+(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)){0,11}$/i,
  "time preposition before a bare month",
  "a protest in ",
];

/**
 * A relative year right after a year-less date, in English, French or Spanish (`July 31 last year`,
 * `March of last year`, `mars de cette année`, `20 de noviembre del año pasado`, `marzo de este año`);
 * the first group that matched says which (`relativeYearOffset`). Note: `de cette année-là` names the
 * year just told, not this one (SAME_YEAR_AFTER).
 */
export const RELATIVE_YEAR_AFTER: PatternRow = [
  /^\s+(?:(?:of\s+)?(last|this|next)\s+year\b|de\s+l['’]ann[ée]e\s+(derni[èe]re|pass[ée]e|en\s+cours|prochaine)|de\s+l['’]an\s+(dernier|passé|prochain)|de\s+(cette)\s+ann[ée]e(?![\s-]*l[àa])|de\s+(este)\s+año|del\s+(?:año\s+(pasado|en\s+curso|próximo|que\s+viene)|(presente|próximo)\s+año))(?![\p{L}\p{N}])/iu,
  "relative year after a date",
  " del año pasado",
];

/** The year offset the words RELATIVE_YEAR_AFTER matched name: -1, 0 or 1. */
export function relativeYearOffset(match: RegExpExecArray): number {
  const word = (match.slice(1).find((g) => g !== undefined) ?? "").toLowerCase();
  if (/^(?:last|derni|pass|pasado)/.test(word)) return -1;
  if (/^(?:next|prochain|próximo|que)/.test(word)) return 1;
  return 0;
}

/** The words of a year named just before (`of that year`, `of the same year`, `de la même année`, `del mismo año`, `de ese año`). */
const SAME_YEAR_WORDS = "(?:(?:of|in)\\s+)?(?:that|the\\s+same)\\s+(?:same\\s+)?year|de\\s+(?:la\\s+même|cette\\s+même)\\s+ann[ée]e|de\\s+cette\\s+ann[ée]e[\\s-]*l[àa]|del\\s+mismo\\s+año|de\\s+(?:ese|aquel)\\s+(?:mismo\\s+)?año";

/**
 * A year the text named just before, right after a year-less date (`confirmed on appeal in November
 * of that year`, `le 4 décembre de la même année`, `en julio del mismo año`): kept in the date's
 * text; dates-year gives the date that year (SAME_YEAR_CLOSING).
 */
export const SAME_YEAR_AFTER: PatternRow = [
  new RegExp(`^\\s+(?:${SAME_YEAR_WORDS})(?![\\p{L}\\p{N}])`, "iu"),
  "a year named before, after a date",
  " of the same year",
];

/** A date's text closing on SAME_YEAR_AFTER's words. */
export const SAME_YEAR_CLOSING = new RegExp(`\\s(?:${SAME_YEAR_WORDS})$`, "iu");

/**
 * The words right after a year-less date that say its year (`last year`, `de este año`, `of that
 * year`): their length, and the offset from the letter's year (null: the year named just before).
 */
export function yearWordsAfter(after: string): { length: number; offset: number | null } | null {
  const relative = RELATIVE_YEAR_AFTER[0].exec(after);
  if (relative) return { length: relative[0].length, offset: relativeYearOffset(relative) };
  const same = SAME_YEAR_AFTER[0].exec(after);
  return same ? { length: same[0].length, offset: null } : null;
}

/**
 * A two-digit year written with an apostrophe after a date in words (`Jan. 5, '18`, `May '19`);
 * group: the two digits. Note: the century is the nearest to 2000 (`'18` → 2018, `'98` → 1998).
 */
export const APOSTROPHE_YEAR: PatternRow = [/^,?[ \t]+['’‘](\d{2})(?![\d%'’])/, "two-digit year after an apostrophe", ", '18"];

/** A four-digit year glued to the next word (`2 May, 2013May Day`): a space goes between. */
export const GLUED_YEAR: PatternRow = [/\b(?:19|20)\d{2}(?=[A-Z][a-z])/g, "year glued to a word", "2013May"];

/**
 * A day and month glued to the word before (`… in the capital region4 March 2021`, a heading and
 * its date line run together): a space goes before the day. Note: only with a month name and a
 * year after it, so codes such as `B12 May` or `A4 paper` stay as they are. The letter before is
 * checked by the caller: a look-behind here makes the pattern ten times as slow.
 */
export const GLUED_DAY: PatternRow = [
  /\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b/g,
  "a day, month and year (glued when a lower-case letter comes right before)",
  "region4 March 2021",
];

/**
 * A comma before a two-digit number: chrono would read `August 9, 10 people` as 2010 and
 * `28 September, 13.09.2020` as 2013. The comma is hidden from chrono (same length).
 */
export const COMMA_TWO_DIGITS: PatternRow = [
  // Note: not after a weekday (`Wednesday, 10 July 2024`): there the comma joins the date.
  /(?<!\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?),(?=\s*\d{2}(?!\d))/gi,
  "comma before a two-digit number",
  "August 9, 10 people",
];

/**
 * A line break right after a number: chrono joins a number closing one line to a date on the
 * next (`No. 47/KLC-23` over `14.11.2023` reads as one date, or none). The break is hidden from
 * chrono (same length), so a date never starts on the line before. Note: paragraphs are unwrapped
 * before this, so a day cut from its month by a line break is rare.
 */
export const NUMBER_LINE_END: PatternRow = [/(?<=\d)\n/g, "line break after a number", "No. 47/KLC-23\n14.11.2023"];

/** The English months' abbreviations, each the opening letters of its full name (`Sept` too), as alternatives. */
/** Before a month word that is a date, not a given name: a day, a time preposition or a determiner (`5 June`, `in May`). */
export const DATE_BEFORE_MONTH = /(?:\d(?:st|nd|rd|th)?|\b(?:in|on|of|since|until|till|by|from|early|late|mid|during|between|through|last|next|this|before|after|each|every))[\s-]*$/iu;

export const MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

/**
 * `the` between a month and an ordinal day (`May the 9th, 2025`, `June the 2nd`), which chrono
 * does not read: hidden from it (spaces, same length) so the month and day join. Note: an
 * ordinal suffix is required, so `in May the 12 delegates met` stays no date.
 */
export const MONTH_THE_DAY: PatternRow = [
  /(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)the(?=\s+\d{1,2}(?:st|nd|rd|th)\b)/gi,
  "`the` between a month and an ordinal day",
  "May the 9th",
];

/** The separator of a range (`13 to 28 September`, `13-28 September`). */
export const RANGE_SEPARATOR: PatternRow = [
  /\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*/i,
  "range separator",
  " to ",
];

/** A range's first day before the separator and a weekday, in French or Spanish (`10 au vendredi `, `10 al viernes `). */
export const LEADING_DAY: PatternRow = [
  /^(\d{1,2})(?:er)?\s+(?:au|al)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+(?=\d)/iu,
  "first day of a range before a weekday",
  "10 au vendredi 21",
];

/** A month's name or abbreviation: with a digit, what a calendar date's surface must hold. */
export const MONTH_WORD: PatternRow = [
  new RegExp(`\\b(?:${MONTH_ABBREVIATIONS})`, "i"),
  "month name",
  "Jan. 13",
];

/** A capitalised word after a bare month makes it part of a name (`October Square`). */
export const NAME_AFTER: PatternRow = [/^[ \t]+[A-Z][a-z]/, "name word after a month", " Square"];

/**
 * A street's name and its kind after a day and month (`14 Jan Smuts Avenue`, `9 Mai Road`): the day is
 * the house number and the month opens the street's name.
 */
export const STREET_AFTER: PatternRow = [
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Square|Crescent|Close|Terrace|Highway)\b/u,
  "a street's name after a day and month",
  " Smuts Avenue",
];

/** A label that makes a numeric date a document number (`Law No. 3/2/19`, `Decree 12/10/2020`). */
export const NUMBER_LABEL: PatternRow = [
  /\b(?:No|Nr|Nos|Ref|Art|Article|Case|Decree|Resolution|Law|Order|File|Index|Decision)\.?\s*$/i,
  "document-number label",
  "Law No. ",
];

/** Every row, for the example test. */
export const PATTERN_ROWS: readonly PatternRow[] = [
  NUMERIC_DATE,
  LEADING_NOISE,
  TRAILING_TIME,
  RELATIVE_BEFORE,
  PAST_BEFORE,
  BARE_MONTH_BEFORE,
  RELATIVE_YEAR_AFTER,
  SAME_YEAR_AFTER,
  APOSTROPHE_YEAR,
  GLUED_YEAR,
  GLUED_DAY,
  COMMA_TWO_DIGITS,
  NUMBER_LINE_END,
  MONTH_THE_DAY,
  RANGE_SEPARATOR,
  LEADING_DAY,
  MONTH_WORD,
  NAME_AFTER,
  STREET_AFTER,
  NUMBER_LABEL,
];
