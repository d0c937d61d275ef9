/**
 * The one ruling date a letter gives for all its terms (resolve/penalties-dates.ts step 7): the
 * date every dated ruling sentence shares, else the one date or day the letter's words make a
 * ruling's (`the convictions handed down on 14 November`, `the conviction on Tuesday of …`).
 */
import { PENALTY_PARTICIPLES, RULING_FINITE, words } from "../language/rulings.js";
import type { DateRecord, Span } from "../records.js";
import { inRelativeAside, OTHER_EVENT_BEFORE } from "./penalties-dates-claims.js";
import { APPEAL, CALL, earlierStep, full, inside, PAST_PERFECT_NEAR, RULING, RULING_OF, WEEKDAY_OF } from "./penalties-dates.js";
import { courtDay, DAY_OF_RULING, DAY_WORD, relativeDate, RULING_NOUN_DAY, RULING_ON_DAY, WEEKDAY_WORDS } from "./penalties-dates-relative.js";

/**
 * A ruling's verb before a date and its noun after it (`dictó el pasado martes 19 de agosto
 * sentencia contra …`, `a rendu le 4 mars son jugement`, `handed down on 4 March its verdict`): the
 * noun after the date says what was delivered that day (not `dictó el 3 de marzo prisión preventiva`).
 */
const RULING_VERB_BEFORE = new RegExp(`\\b(?:dictó|pronunció|emitió|a\\s+rendu|a\\s+prononcé|handed\\s+down|delivered|issued)\\s+(?:(?:el|le|on)\\s+)?(?:pasado\\s+)?(?:${WEEKDAY_WORDS})?$`, "iu");
const RULING_NOUN_AFTER = /^[\s,]*(?:(?:its|son|sa|su|la|el|une?|the)\s+)?(?:sentencias?|fallos?|condenas?|jugements?|verdicts?|décisions?|sentences?|rulings?|judge?ments?)\b/iu;

/** A date of another calendar and the bracket opening after it (`9 Mehr 1404 (`, `12 Rajab 1446 AH (`, `Jestha 5, 2082 BS (`). */
const OTHER_CALENDAR_BEFORE = /\s*(?:\d{1,2}\s+\p{L}+(?:[\s-]\p{L}+)?|\p{L}+\s+\d{1,2},?)\s+\d{3,4}(?:\s*(?:AH|SH|H|AP|BE|BS|EC|E\.C\.))?\s*\(\s*$/u;
/** A court before a date (`The Ilam District Court on `, `the magistrate, on `): the subject of the verb after it. */
const COURT_ON = /\b(?:court|tribunal|judge|magistrate|bench|cour|juge|juez|jueza|juzgado)\b[^.;:()]{0,40}?\s(?:on|le|el)\s+$/iu;
/** A ruling's verb right after a date, past a closing bracket or comma (`) convicted six people`, `, sentenced …`). */
const RULING_VERB_AFTER = new RegExp(String.raw`^[\s),]*(?:(?:${words(PENALTY_PARTICIPLES)}|${words(RULING_FINITE)}|a\s+condamné|found)(?!\p{L}))`, "iu");

/** Before a day, nothing but the sentence's opening preposition (`On 18 November 2024, …`, `Le 3 mars, …`, `El 5 de mayo, …`); not a month (`In February he was convicted`, an earlier case's). */
const DATE_OPENS = /^["“]?\s?(?:on|le|el)?$/iu;
/**
 * A court's verb that delivers its ruling, with its noun (`delivered its first-instance verdict`, `a rendu son
 * jugement`, `dictó sentencia`), or a conviction of the whole group (`convicted all five`, `sentenced the three`, `convicted five lawyers`),
 * told in the sentence a date opens. Not a penalty's own verb for one person (`On 3 June the court sentenced A to
 * …`): that date is A's, and a later penalty may come from another ruling.
 */
const RULING_DELIVERED =
  /^[^.;]*?\b(?:(?:delivered|handed\s+down|pronounced|issued|announced|read\s+out|passed|rendered)\s+(?:its|the|a|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:verdicts?|rulings?|judge?ments?|sentences?|decision)|a\s+rendu\s+son\s+(?:jugement|verdict|arrêt)|dictó\s+(?:su\s+)?(?:sentencia|fallo)|(?:convicted|sentenced|found\s+guilty)\s+(?:(?:all|both|the)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|defendants|accused)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+\p{L}+))\b/iu;

/** A term in a sentence (`15 years' imprisonment`, `trois mois`, `dos años`). */
const TERM =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|une|deux|trois|quatre|cinq|huit|dix|uno?|dos|tres|cuatro|cinco|seis|ocho|diez)\s+(?:years?|yrs?|months?|weeks?|days?|ans?|mois|semaines?|jours?|años?|meses|semanas?|días?)\b/iu;

/**
 * The dates the letter makes a ruling's by the words before them (`the decision delivered on Thursday 6
 * February 2025`, `On 22 April 2025 the court convicted five lawyers`), outside an appeal's sentence, in
 * text order.
 */
export function namedRulingDates(text: string, windows: readonly Span[], dates: readonly DateRecord[]): DateRecord[] {
  const out: DateRecord[] = [];
  for (const d of dates) {
    // Note: a date in brackets after the same date in another calendar (`a verdict dated 9 Mehr 1404 (1 October 2025)`)
    // is read with the words before that one.
    const lead = text.slice(Math.max(0, d.start - 90), d.start).replace(OTHER_CALENDAR_BEFORE, " ");
    // Note: `The accused had been convicted on 17 July`: an earlier step than the ruling the letter tells.
    const verbAndNoun = RULING_VERB_BEFORE.test(lead) && RULING_NOUN_AFTER.test(text.slice(d.end, d.end + 30));
    const w = windows.find((x) => inside(d, x));
    // Note: a date opening a sentence whose verb delivers a ruling (`On 18 November 2024, the Basic Court … delivered its verdict`).
    const opening = w !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(d.value) && DATE_OPENS.test(text.slice(w.start, d.start).trim()) && RULING_DELIVERED.test(text.slice(d.end, w.end));
    // Note: a date between the court and its ruling's verb (`The Ilam District Court on 19 May 2025 convicted six people`).
    // Not a penalty's own verb for one person (`A court on 7 July sentenced A to …`), as for `opening`.
    const courtOn = w !== undefined && COURT_ON.test(lead) && RULING_VERB_AFTER.test(text.slice(d.end, d.end + 40)) && RULING_DELIVERED.test(text.slice(d.end, w.end));
    if (!full(d) || !(RULING_OF.test(lead) || verbAndNoun || opening || courtOn) || PAST_PERFECT_NEAR.test(lead)) continue;
    if (w && APPEAL.test(text.slice(w.start, w.end))) continue;
    out.push(d);
  }
  return out;
}

/** A ruling's noun and a day relative to the letter's date (penalties-dates-relative.ts), kept here for its tests' import. */
export { RULING_NOUN_DAY };


/** The day gate of ruling days (penalties-dates-relative.ts), kept here for its tests' import. */
export { DAY_WORD };

/** The days the letter's words make a ruling's, relative to its date, outside an appeal's sentence. */
function rulingDays(text: string, windows: readonly Span[], letterDate: string | null): string[] {
  if (!letterDate) return [];
  return windows.flatMap((w) => {
    const slice = text.slice(w.start, w.end);
    if (!DAY_WORD.test(slice) || APPEAL.test(slice.replace(CALL, ""))) return [];
    // Note: so is a day told with the ruling's verb (`Two union leaders were jailed on Thursday`, `A court on Wednesday sentenced …`).
    const m = RULING_NOUN_DAY.exec(slice) ?? WEEKDAY_OF.exec(slice) ?? courtDay(slice) ?? RULING_ON_DAY.exec(slice) ?? DAY_OF_RULING.exec(slice);
    const day = m ? relativeDate(m[1] ?? "", letterDate) : null;
    return day ? [day] : [];
  });
}

/**
 * The one date every dated ruling sentence of the letter gives, when at least two give it; else
 * the one date the letter's words make a ruling's (`the convictions handed down on 14 November`),
 * when the letter names one ruling date only: the letter tells of one ruling, whose terms it gives
 * in later paragraphs without repeating the date.
 */
export function sharedRulingDate(text: string, windows: readonly Span[], dates: readonly DateRecord[], letterDate: string | null = null, penaltyWindows?: ReadonlySet<number>): string | null {
  const values = windows.flatMap((w) => {
    if (!RULING.test(text.slice(w.start, w.end))) return [];
    const dated = dates.filter((d) => full(d) && inside(d, w));
    return dated.length > 0 ? [dated.map((d) => d.value)] : [];
  });
  const all = new Set(values.flat());
  if (values.length >= 2 && all.size === 1) return [...all][0] ?? null;
  const ruled = new Set(namedRulingDates(text, windows, dates).map((d) => d.value));
  for (const day of rulingDays(text, windows, letterDate)) ruled.add(day);
  // Note: a letter that dates other terms too (an annex of cases, each with its date) tells of more than one ruling;
  // not the letter's own date (`PHNOM PENH, March 6, 2025 – A union leader was sentenced on Wednesday to 18 months`).
  // Note: terms the letter gives as penalties, where they are known: not a charge's maximum (`an offence that carries
  // a maximum of seven years' imprisonment`, told with the day of a plea).
  const others = windows.flatMap((w) =>
    TERM.test(text.slice(w.start, w.end)) && (penaltyWindows?.has(w.start) ?? true)
      ? dates.filter((d) => full(d) && inside(d, w) && !ruled.has(d.value) && d.value !== letterDate && !OTHER_EVENT_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) && !earlierStep(text, d) && !inRelativeAside(text, d, w))
      : [],
  );
  return ruled.size === 1 && others.length === 0 ? ([...ruled][0] ?? null) : null;
}
