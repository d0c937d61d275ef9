/**
 * Days told relative to something: `today`, `on Monday`, `lundi dernier`, `el pasado martes`
 * against the letter's date (resolve/penalties-dates.ts); `two days later` is counted in
 * resolve/penalties-dates-later.ts.
 */

import { DELIVERED_PARTICIPLES, PENALTY_PARTICIPLES, RULING_FINITE, RULING_NOUNS, words } from "../language/rulings.js";

/** Weekdays in English, French and Spanish, as a regular expression's alternatives. */
export const WEEKDAY_NAMES = "sunday|monday|tuesday|wednesday|thursday|friday|saturday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo";
export const WEEKDAY_WORDS = `(?:${WEEKDAY_NAMES}),?\\s+`;
/**
 * A word every day the relative-day patterns read holds (`today`, `yesterday`, a weekday; French and Spanish
 * `hier`, `aujourd'hui`, `ayer`, `hoy` and weekdays): a window without one gives no day.
 */
// Note: a cheap gate, with the patterns' own flags (`iu`, so the same case folding); most windows have none of these words.
export const DAY_WORD = new RegExp(`today|yesterday|${WEEKDAY_NAMES}|hier|aujourd|ayer|hoy`, "iu");
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/**
 * A weekday's week named after it (`on Thursday last week`, `Thursday of last week`, `jeudi de la semaine
 * dernière`, `el jueves de la semana pasada`): that weekday in the calendar week before the letter's.
 */
// Note: alternatives without a group of their own: each use wraps them (`(?:${LAST_WEEK})?`).
export const LAST_WEEK = String.raw`\s+(?:of\s+)?last\s+week|\s+de\s+la\s+semaine\s+(?:dernière|passée)|\s+de\s+la\s+semana\s+pasada`;
const LAST_WEEK_IN = new RegExp(`(?:${LAST_WEEK})$`, "iu");
// Note: French and Spanish too (`a rendu hier son jugement`, `el fallo de ayer`, `lundi dernier`, `el pasado lunes`);
// a weekday followed by a day number is a full date, read as such.
export const RELATIVE = new RegExp(
  String.raw`(?<!\p{L})(today|yesterday|(?:on|last)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:${LAST_WEEK})?|hier|aujourd['’]hui|ayer|hoy|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+dernier|${LAST_WEEK})|(?:el\s+)?(?:pasado\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:${LAST_WEEK})))(?!\p{L}|\s*\d)`,
  "iu",
);
const RELATIVE_ALL = new RegExp(RELATIVE.source, "giu");
/** `Today` capitalised after a capitalised word ends a name (`USA Today`, `the outlet Kumayri Today`), no day. */
// Note: case-sensitive, apart from RELATIVE's `iu`: only the written capitals tell a name from `today`.
const NAME_TODAY = /\p{Lu}[\p{L}'’-]*\s+$/u;

/** The first relative day RELATIVE finds in `slice` that is no name's last word (`Prachakhon Today`), or null. */
export function relativeDay(slice: string): RegExpExecArray | null {
  for (const m of slice.matchAll(RELATIVE_ALL)) if (!namedToday(slice, m)) return m as RegExpExecArray;
  return null;
}

/** True when a RELATIVE match is `Today` ending a name (`Kumayri Today`). */
export const namedToday = (slice: string, m: RegExpMatchArray): boolean => m[0].startsWith("Today") && NAME_TODAY.test(slice.slice(Math.max(0, (m.index ?? 0) - 40), m.index));

/** French and Spanish weekdays by their English name's place in WEEKDAYS. */
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6,
};
/** The phrase's word that names the day: `hier`, `ayer`, `lunes` in `el pasado lunes`, `lundi` in `lundi dernier`. */
const dayWord = (phrase: string): string => {
  const words = phrase.toLowerCase().replace(LAST_WEEK_IN, "").split(/\s+/u);
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
  // Note: weeks run from Monday: `Thursday last week` in a letter of Tuesday 10 September is 5 September, of Thursday 5 September 29 August.
  else if (weekday !== undefined && LAST_WEEK_IN.test(phrase)) back = ((base.getUTCDay() + 6) % 7) + 7 - ((weekday + 6) % 7);
  // Note: `mardi dernier`, `last Tuesday`, `el pasado martes` in a letter written on a Tuesday are a week back, not that day.
  else if (weekday !== undefined) back = (base.getUTCDay() - weekday + 7) % 7 || (/\b(?:last|dernier|pasado)\b/iu.test(phrase) ? 7 : 0);
  else if (word !== "today" && word !== "hoy" && !/^aujourd['’]hui$/u.test(word)) return null;
  return new Date(base.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A French or Spanish ruling's participle and a bare weekday (`les condamnations prononcées mardi par le
 * tribunal`, `la sentencia dictada el martes`): the last such day on or before the letter's date.
 */
const FR_ES_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo";
// Note: or the ruling's noun, the weekday set off by commas (`la condamnation, mardi, de deux journalistes`, `la condena, el lunes, de`).
const RULING_BARE_DAY = new RegExp(String.raw`(?<!\p{L})(?:(?:${words(DELIVERED_PARTICIPLES, "fr", "es")})[\s,]+|(?:${words(RULING_NOUNS, "fr", "es")}),\s*)(?:le\s+|el\s+)?(${FR_ES_WEEKDAYS}(?:${LAST_WEEK})?)(?!\p{L}|\s*\d)`, "iu");
/**
 * A court named with a weekday in a sentence that tells its penalties (`were fined and handed suspended
 * terms by the Walvis Bay Magistrate's Court on Thursday`, `… last Thursday`): the court's day.
 */
const COURT_ON_DAY = new RegExp(String.raw`\b(?:court|tribunal|judge|magistrate)\b[^.;!?]{1,60}?\b(?:on\s+|(?=last\s))((?:last\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:${LAST_WEEK})?)(?![\s,]*\d|\s+in\s+\d)\b`, "iu");
const PENALTY_VERB = /\b(?:sentenced|fined|jailed|convicted|imprisoned|handed|imposed|convictions?|sentencing)\b/iu;

/** A court named with a weekday in a sentence telling penalties (COURT_ON_DAY), or a French or Spanish ruling with a bare weekday (RULING_BARE_DAY). */
export const courtDay = (slice: string): RegExpExecArray | null => RULING_BARE_DAY.exec(slice) ?? (PENALTY_VERB.test(slice) ? COURT_ON_DAY.exec(slice) : null);

/**
 * A French or Spanish ruling's verb with its day after it (`a condamné, lundi, M. X`, `ont été condamnés hier`,
 * `condenó este lunes a`, `fueron condenados el pasado martes`): the ruling's day. Not a weekday opening a full
 * date (`condamné le lundi 3 mars`), read as such.
 */
export const DAY_AFTER_VERB = new RegExp(
  String.raw`(?<!\p{L})(?:${words(PENALTY_PARTICIPLES, "fr", "es")}|${words(RULING_FINITE, "fr", "es")})[\s,]+((?:(?:ce|este|el|le)\s+)?(?:pasado\s+)?(?:${FR_ES_WEEKDAYS}|hier|ayer|aujourd['’]hui|hoy)(?:\s+dernier|${LAST_WEEK})?)(?!\p{L}|[\s,]*\d)`,
  "iu",
);

/** The month before the letter's: `last month`, `le mois dernier`, `el mes pasado` (`A court sentenced X last month`). */
const LAST_MONTH = /(?<!\p{L})(?:last\s+month|the\s+previous\s+month|le\s+mois\s+dernier|el\s+(?:pasado\s+mes|mes\s+pasado))(?!\p{L})/iu;

/** The month `last month` in `slice` stands for, given the letter's date (`2024-10-05` → `2024-09`), or null. */
export function lastMonth(slice: string, letterDate: string | null): string | null {
  if (!letterDate || !/^\d{4}-\d{2}/u.test(letterDate) || !LAST_MONTH.test(slice)) return null;
  const [year, month] = [Number(letterDate.slice(0, 4)), Number(letterDate.slice(5, 7))];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** `Today`, `on Tuesday` right before the ruling's verb (`A court in X on Tuesday convicted …`): the ruling's day. */
const DAY_BEFORE_VERB = new RegExp(
  String.raw`\b(today|yesterday|(?:on|last)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:${LAST_WEEK})?)\s+(?:(?:also|formally)\s+)?(?:convicted|sentenced|jailed|fined|imposed|found|ruled|tried|handed|gave|passed)\b`,
  "iu",
);
/** A ruling's day told with its verb: before it in English (DAY_BEFORE_VERB), after it in French and Spanish (DAY_AFTER_VERB). */
export const DAY_OF_RULING = {
  exec: (slice: string): RegExpExecArray | null => DAY_BEFORE_VERB.exec(slice) ?? DAY_AFTER_VERB.exec(slice),
  test: (slice: string): boolean => DAY_BEFORE_VERB.test(slice) || DAY_AFTER_VERB.test(slice),
};

/**
 * A relative day told with the ruling's noun or verb before it (`the verdict issued on Tuesday by …`,
 * `the sentences handed down yesterday`, `convicted on Monday`, `handed down last Thursday`): the ruling's day, whatever month its
 * later words give another event (`… over a strike in August`). Not a weekday that opens a full date.
 */
export const RULING_ON_DAY =
new RegExp(
  String.raw`\b(?:${words(RULING_NOUNS, "en")}|sentence(?=\s+(?:was\s+)?(?:${words(DELIVERED_PARTICIPLES, "en")}|imposed)\b)|(?:was|were)\s+(?:\p{L}+\s+)?(?:${words(RULING_FINITE, "en")}))\s+(?:(?:was|were)\s+)?(?:(?:${words(DELIVERED_PARTICIPLES, "en")}|given)\s+)?(today|yesterday|(?:on|last)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:${LAST_WEEK})?)(?![\s,]*\d)\b`,
  "iu",
);

/**
 * A ruling's noun and a day told relative to the letter's date (`the conviction on Tuesday of …`,
 * `the verdict delivered on Friday by …`, `la condamnation, mardi dernier, de …`, `la sentencia del
 * pasado miércoles`, `Monday's verdict`).
 */
export const RULING_NOUN_DAY = new RegExp(
  String.raw`\b(?:${words(RULING_NOUNS)})[\s,]+(?:(?:${words(DELIVERED_PARTICIPLES)})[\s,]+)?(?:del?\s+|du\s+)?${RELATIVE.source}`,
  "iu",
);

