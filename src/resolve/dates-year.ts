/**
 * Gives year-less dates the year their context implies (GUIDELINES.md, Date): a list's year
 * distributes backwards (`18 Aug, 31 Aug, 1 Oct 2019`); else a full date earlier on the same
 * line or a framing year (`in 2019`) earlier in the same sentence; else the letter's date (a reported event on or before it, an announced one after);
 * else the nearest full date before, then after. A date a decision sets (`remanded until`) lies
 * near the letter, before or after it. An announced event in a dated letter goes
 * straight to the letter date; a reported one never lands after it. The same day written with its year elsewhere
 * in the letter (`May 7th` … `May 7, 2018`) gives that year first. A stated weekday settles the year where it can.
 */
import type { Span } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { dayNumber, isValidDay, type ReadDate } from "./dates-value.js";

type Mode = "nearest" | "onOrBefore" | "onOrAfter";

/** What joins the items of a list or range of dates: `[pattern, label, example]`. */
export const LIST_JOIN: readonly [RegExp, string, string] = [
  /^\s*(?:[-,;&–—]\s*(?:and\s*)?|(?:and|to|until|till|through)\s*)$/i,
  "list or range joiner",
  ", ",
];

/**
 * An announced event: a future marker shortly before the date. Note: not `next` ("the next day,
 * on 5 October" is narrative) nor `planned` ("police broke up the planned rally on 5 October").
 */
export const ANNOUNCED: readonly [RegExp, string, string] = [
  /\b(?:will|shall|planning|plans? to|scheduled|upcoming|due to|is to|are to|going to|(?:is|are) expected)\b/i,
  "future marker",
  "we are planning to hand the petition in on",
];

/**
 * A date a decision sets, right before the date: a hearing adjourned or postponed to it, set
 * or fixed for it, a detention extended or a remand until it. It lies a little after the
 * decision, which may be well before the letter: it takes its year from a dated decision in the
 * same sentence, else the year that puts it nearest the letter's date, before or after.
 */
export const SET_BY_DECISION: readonly [RegExp, string, string] = [
  /\b(?:adjourn(?:ed|s)?|postpone[ds]?|deferred|reschedul(?:ed|es?)|remand(?:ed|s)?|extended)\b[^.;]{1,50}?\b(?:to|until|till)\s+(?:the\s+)?$|\b(?:set|fixed)\s+(?:for|to)\s+(?:the\s+)?$/i,
  "a date set by a decision",
  "the magistrate denied them bail and remanded them in custody to ",
];

/**
 * A deadline the letter sets (`We ask you to release them before June 30`): `by`/`before` right
 * before the date, in a sentence that asks for something. Such a date lies ahead of the letter.
 */
export const DEADLINE: readonly [RegExp, RegExp, string] = [
  /\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$/i,
  /\b(?:we|I)\s+(?:\w+\s+)?(?:ask|urge|call\s+on|request|demand|expect|appeal\s+to|invite)\b/i,
  "We ask your government to drop the charges before ",
];

/** A stated interval that orders the date against the other one (`eight months after`). */
export const INTERVAL: readonly [RegExp, string, string] = [
  /\b\w+\s+(?:days?|weeks?|months?|years?)\s+(after|later|before|earlier)\b/i,
  "interval between two dates",
  "comes eight months after he was arrested",
];

/** A bare year that frames what follows in its sentence (`In 2019, he was arrested on 5 March`). */
export const FRAMING_YEAR: readonly [RegExp, string, string] = [
  /\b(?:in|during|since|throughout)\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/gi,
  "framing year",
  "In 2019, he was arrested on",
];

/** How far back in its sentence a deadline's request is looked for, in characters. */
const DEADLINE_WINDOW = 300;

/** Note: the future marker must be close to the date, not anywhere in a long sentence. */
const ANNOUNCE_WINDOW = 60;

/** The year among anchorYear ± 1 that places month/day as `mode` asks relative to `anchor`. */
export function chooseYear(date: ReadDate, anchor: ReadDate, mode: Mode): number {
  const y = anchor.year ?? 0;
  const at = dayNumber(y, anchor.month, anchor.day);
  const years = [y - 1, y, y + 1].filter((year) => date.day === null || isValidDay(date.month, date.day, year));
  const weekday = date.candidate.weekday;
  if (weekday !== null && date.day !== null) {
    const matching = years.filter((year) => new Date(Date.UTC(year, date.month - 1, date.day ?? 1)).getUTCDay() === weekday);
    if (matching.length === 1 && matching[0] !== undefined) return matching[0];
  }
  const distance = (year: number): number => dayNumber(year, date.month, date.day) - at;
  const allowed = years.filter((year) =>
    mode === "onOrBefore" ? distance(year) <= 0 : mode === "onOrAfter" ? distance(year) >= 0 : true,
  );
  const pool = allowed.length > 0 ? allowed : years;
  return pool.reduce((best, year) => (Math.abs(distance(year)) < Math.abs(distance(best)) ? year : best), pool[0] ?? y);
}

/** The span containing `at` among sorted, disjoint spans (binary search), else an empty one. */
function spanOf(spans: readonly Span[], at: number): Span {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid];
    if (!span) break;
    if (at < span.start) high = mid - 1;
    else if (at >= span.end) low = mid + 1;
    else return span;
  }
  return { start: at, end: at };
}

function fromList(context: TextContext, date: ReadDate, next: ReadDate | undefined): number | null {
  if (!next || next.year === null) return null;
  if (!LIST_JOIN[0].test(context.text.slice(date.candidate.end, next.candidate.start))) return null;
  return date.month > next.month ? next.year - 1 : next.year;
}

const dayKey = (d: ReadDate): string => `${d.month}-${d.day ?? ""}`;

/** The years each day (or month) is written with in the letter, by `month-day` key. */
function writtenYears(dates: readonly ReadDate[]): Map<string, Set<number>> {
  const years = new Map<string, Set<number>>();
  for (const d of dates) {
    if (d.year === null) continue;
    const set = years.get(dayKey(d)) ?? new Set<number>();
    set.add(d.year);
    years.set(dayKey(d), set);
  }
  return years;
}

/** A reported event does not land after the letter's date: the year steps back until it fits. */
function notAfter(date: ReadDate, year: number, letter: ReadDate | null): number {
  if (!letter?.year || date.candidate.weekday !== null) return year;
  const limit = dayNumber(letter.year, letter.month, letter.day);
  let fitted = year;
  while (dayNumber(fitted, date.month, date.day) > limit && fitted > letter.year - 1) fitted--;
  return fitted;
}

/** What a year-less date can lean on: the dated neighbours and the letter's written days. */
interface Anchors {
  /** The last date before it with a year (written or already inferred). */
  previous: ReadDate | undefined;
  /** The first date after it with a written year. */
  next: ReadDate | undefined;
  written: Map<string, Set<number>>;
  /** The year this day (or bare month) had when the letter wrote it before without a year. */
  earlier: number | undefined;
  letter: ReadDate | null;
}

function inferOne(context: TextContext, date: ReadDate, anchors: Anchors): number | null {
  const { previous, next, written, earlier, letter } = anchors;
  const same = written.get(dayKey(date));
  // Note: the same day written with its year elsewhere (`May 7th` … `May 7, 2018`).
  if (same?.size === 1) return [...same][0] ?? null;
  // Note: a day or a bare month written again takes the year it had the first time (`scheduled
  // for 3 July` … `access to the courtroom on 3 July`; `adjourned to 14 May` … `the hearing in May`).
  if (earlier !== undefined) return earlier;
  const offset = date.candidate.yearOffset;
  if (offset !== null) return letter?.year != null ? letter.year + offset : null;
  const sentence = spanOf(context.sentences, date.candidate.start);
  // Note: a full date earlier on the same line (a paragraph, unless hard-wrapped) frames the
  // story told after it ("arrested on 20 December 2018. On 5 January he was freed").
  const line = spanOf(context.lines, date.candidate.start);
  // Note: only the date's own clause counts ("He will stay in prison; he was arrested on 5 May").
  const window = context.text
    .slice(Math.max(sentence.start, date.candidate.start - ANNOUNCE_WINDOW), date.candidate.start)
    .replace(/^.*[;,]/s, "");
  if (letter && ANNOUNCED[0].test(window)) return chooseYear(date, letter, "onOrAfter");
  // Note: bounded, so a sentence with thousands of dates stays linear.
  const lead = context.text.slice(Math.max(sentence.start, date.candidate.start - DEADLINE_WINDOW), date.candidate.start);
  if (letter && DEADLINE[0].test(lead.slice(-30)) && DEADLINE[1].test(lead)) return chooseYear(date, letter, "onOrAfter");
  if (letter && SET_BY_DECISION[0].test(lead.slice(-80))) {
    // Note: never pushed back before the letter (notAfter): the date set may lie ahead of it.
    const decided = previous && previous.candidate.start >= sentence.start ? previous : null;
    return decided ? chooseYear(date, decided, "onOrAfter") : chooseYear(date, letter, "nearest");
  }
  if (previous && previous.candidate.start >= Math.min(line.start, sentence.start)) {
    return notAfter(date, chooseYear(date, previous, "nearest"), letter);
  }
  const framing = [...context.text.slice(sentence.start, date.candidate.start).matchAll(FRAMING_YEAR[0])].at(-1);
  if (framing?.[1]) return Number(framing[1]);
  if (letter) return chooseYear(date, letter, "onOrBefore");
  const interval = INTERVAL[0].exec(context.text.slice(sentence.start, sentence.end))?.[1]?.toLowerCase();
  const mode: Mode = interval === "after" || interval === "later" ? "onOrAfter" : interval ? "onOrBefore" : "nearest";
  const anchor = previous ?? next;
  return anchor ? chooseYear(date, anchor, mode) : null;
}

/** Returns the dates (in offset order) with every implied year filled in. */
export function inferYears(context: TextContext, dates: readonly ReadDate[], letter: ReadDate | null): ReadDate[] {
  const out = dates.map((d) => ({ ...d }));
  const following: (ReadDate | undefined)[] = [];
  let next: ReadDate | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const date = out[i];
    if (!date) continue;
    if (date.year === null) date.year = fromList(context, date, out[i + 1]);
    following[i] = next;
    if (date.year !== null) next = date;
  }
  const written = writtenYears(out);
  // Note: the year each day, and each month, last had, for a day or bare month written again.
  const days = new Map<string, number>();
  const months = new Map<number, number>();
  let previous: ReadDate | undefined;
  out.forEach((date, i) => {
    if (date.year === null) {
      const earlier = date.day === null ? months.get(date.month) : days.get(dayKey(date));
      date.year = inferOne(context, date, { previous, next: following[i], written, earlier, letter });
    }
    if (date.year !== null) {
      previous = date;
      if (date.day !== null && !days.has(dayKey(date))) days.set(dayKey(date), date.year);
      months.set(date.month, date.year);
    }
  });
  return out;
}
