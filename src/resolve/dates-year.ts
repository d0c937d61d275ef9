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
import { CALLED_ACTION, CASE_STAGES, DEADLINE, FRAMING_YEAR, GAPPED, INTERVAL, LIST_JOIN, NEAR_LETTER, NEW_ROUND, REQUEST, SCHEDULED_PRESENT, SEQUENCE, SET_BY_DECISION } from "./dates-cues.js";
import { dayNumber, isValidDay, type ReadDate } from "./dates-value.js";
import { ahead, announced, announcedAfter, nearLead, spanOf } from "./dates-announced.js";
import { PAST_WORDS } from "../extract/dates/language-month.js";
import { SAME_YEAR_CLOSING } from "../extract/dates/patterns.js";

/** A French or Spanish `last` kept at the end of a bare month's text (`novembre dernier`): see language-month. */
const PAST_WORD_CLOSING = new RegExp(`\\s(?:${PAST_WORDS})$`, "iu");

/** A Spanish `last` before a day (`el pasado 18 de junio`, `la pasada semana` aside) or English `this past`: the day is the latest before the letter. */
const PAST_WORD_BEFORE = /(?<!\p{L})(?:(?:el|la)\s+pasad[oa](?:\s+día)?|this\s+past)\s+$/iu;

/** A French or Spanish `next` right after a date (`le 21 mars prochain`, `el 3 de mayo próximo`): the date lies ahead. */
const NEXT_AFTER = /^\s+(?:prochaine?s?|próxim[oa]s?|venider[oa]s?)(?![\p{L}\p{N}])/iu;

/** Right before a date that opens a span running to the time of writing (`since 11 January`, `Since March 2022,`, `depuis le`, `desde el`). */
const SINCE_BEFORE = /(?<!\p{L})(?:since|ever\s+since|depuis(?:\s+le)?|desde(?:\s+el)?)\s+(?:the\s+)?$/iu;
const sinceBefore = (context: TextContext, date: ReadDate): boolean => SINCE_BEFORE.test(context.text.slice(Math.max(0, date.candidate.start - 20), date.candidate.start));

type Mode = "nearest" | "onOrBefore" | "onOrAfter";

/** How far back in its sentence a deadline's request is looked for, in characters. */
const DEADLINE_WINDOW = 300;

/** Days since 1970-01-01 of a month's last day. */
const lastDayNumber = (year: number, month: number): number => dayNumber(year, month + 1, 1) - 1;

/** The year among anchorYear ± 1 that places month/day as `mode` asks relative to `anchor`. */
export function chooseYear(date: ReadDate, anchor: ReadDate, mode: Mode): number {
  const y = anchor.year ?? 0;
  // Note: an anchor of a month only (a bulletin dated `April 2025`) ends on its last day for what lies on or before it.
  const at = mode === "onOrBefore" && anchor.day === null ? lastDayNumber(y, anchor.month) : dayNumber(y, anchor.month, anchor.day);
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

/** How far after the letter a called action may lie: a union calls a march weeks ahead, not a year. */
const SOON_DAYS = 92;

/** Within SOON_DAYS after the letter, else on or before it (`called a strike on 5 November` in June is past). */
function soonAfter(date: ReadDate, letter: ReadDate): number {
  const after = chooseYear(date, letter, "onOrAfter");
  const gap = dayNumber(after, date.month, date.day) - dayNumber(letter.year ?? after, letter.month, letter.day);
  return gap <= SOON_DAYS ? after : chooseYear(date, letter, "onOrBefore");
}

/** A reported event does not land after the letter's date: the year steps back until it fits. */
function notAfter(date: ReadDate, year: number, letter: ReadDate | null): number {
  if (!letter?.year || date.candidate.weekday !== null) return year;
  const limit = letter.day === null ? lastDayNumber(letter.year, letter.month) : dayNumber(letter.year, letter.month, letter.day);
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
  /** The latest date the letter writes with its year: an undated letter is written on or after it. */
  latest: ReadDate | undefined;
  /** The latest year known so far (written, or inferred for an earlier date). */
  latestYear: number | undefined;
  /** Whether `previous` had its year placed against the letter date alone (byLetter). */
  previousFromLetter: boolean;
  /** The date right before it in the text, whatever its role as an anchor. */
  adjacent: ReadDate | undefined;
  /** Set by inferOne when this date's year is placed against the letter date alone. */
  fromLetter?: boolean;
}

/** How far from a date its event's word is looked for, in its sentence, in characters. */
const STAGE_WINDOW = 120;

/**
 * The case stage of the event a date belongs to: the stage word nearest it in its sentence.
 * Note: none for a repeated round (`sentenced again`, `re-arrested`), which starts the stages over.
 */
function stageOf(context: TextContext, date: ReadDate): number | null {
  const sentence = spanOf(context.sentences, date.candidate.start);
  const from = Math.max(sentence.start, date.candidate.start - STAGE_WINDOW);
  const text = context.text.slice(from, Math.min(sentence.end, date.candidate.end + STAGE_WINDOW));
  if (NEW_ROUND[0].test(text)) return null;
  let best: { stage: number; distance: number } | null = null;
  for (const [pattern, stage] of CASE_STAGES) {
    for (const match of text.matchAll(pattern)) {
      const at = from + match.index;
      const distance = at < date.candidate.start ? date.candidate.start - at - match[0].length : at - date.candidate.end;
      if (!best || distance < best.distance) best = { stage, distance };
    }
  }
  return best?.stage ?? null;
}

/**
 * Without a letter date. A stated interval orders the date against its neighbour; else the stages
 * of the two events do (`The sentencing took place on February 6` before `convicted on 10 December
 * 2018` in the text: the February after); else the date takes the year nearest its neighbour, the
 * last dated event before it (but a reported event never lands in a later year than the latest
 * date the letter writes, on or after which it is written), or the first after it.
 */
function undated(context: TextContext, date: ReadDate, sentence: Span, anchors: Anchors): number | null {
  const { previous, next, latest } = anchors;
  const anchor = previous ?? next;
  if (!anchor) return null;
  const interval = INTERVAL[0].exec(context.text.slice(sentence.start, sentence.end))?.[1]?.toLowerCase();
  if (interval) return chooseYear(date, anchor, interval === "after" || interval === "later" ? "onOrAfter" : "onOrBefore");
  // Note: a date announced ahead (`next hearing scheduled for`) is no stage of the story told.
  const mode = ahead(context, anchor) ? "nearest" : byStages(context, date, anchor);
  if (mode !== "nearest") return chooseYear(date, anchor, mode);
  const year = chooseYear(date, anchor, "nearest");
  if (anchor === previous && latest?.year && year > latest.year) return chooseYear(date, latest, "onOrBefore");
  return year;
}

/** Right before a date that ends a period: `between 29 November and `, `from 1 to `, `until `. */
const RANGE_END = /(?:\bbetween\b[^.;]{1,30}\band|\bfrom\b[^.;]{1,30}\b(?:to|till|until)|\b(?:until|till|through))\s+$/iu;

/** How two events' case stages order them: before or after the other, else nearest to it. */
function byStages(context: TextContext, date: ReadDate, other: ReadDate): Mode {
  // Note: a period's end (`detained between 29 November and 7 December`) holds the events told
  // after it (`sentenced on 1 December`): it orders nothing by stage.
  if (RANGE_END.test(context.text.slice(Math.max(0, other.candidate.start - 40), other.candidate.start))) return "nearest";
  const own = stageOf(context, date);
  const theirs = stageOf(context, other);
  if (own === null || theirs === null || own === theirs) return "nearest";
  return own < theirs ? "onOrBefore" : "onOrAfter";
}

/**
 * A full date earlier on the same line or in the same sentence: the first on or after it when
 * the sentence narrates in sequence (`tried on November 16, 2020, and informed of his sentence on
 * August 3`) or the case stages say so (`arrested on 5 March 2020 and his trial opened on
 * 3 November`), the last before it when the stages say so, else the year nearest to it; a
 * reported event still never lands after the letter.
 */
function fromPrevious(context: TextContext, date: ReadDate, previous: ReadDate, sentence: Span, letter: ReadDate | null): number {
  const between = context.text.slice(previous.candidate.end, date.candidate.start);
  const inSequence = previous.candidate.start >= sentence.start && SEQUENCE[0].test(between) && !SEQUENCE[1].test(between);
  // Note: told after it on the line, an event of an earlier stage is a new round as often as a
  // flashback (`released on 28 September. He was sentenced again on 5 October`): only a later
  // stage moves it, to after the full date.
  const staged = byStages(context, date, previous);
  return notAfter(date, chooseYear(date, previous, inSequence || staged === "onOrAfter" ? "onOrAfter" : "nearest"), letter);
}

/** A clause that sets a background to the present rather than telling the story on. */
const BACKGROUND = /\b(?:since|ha(?:ve|s)\s+been\s+(?:held|detained|kept|in\s+custody|behind\s+bars|jailed|imprisoned)|for\s+(?:taking\s+part|participating|organi[sz]ing|staging|leading|attending|joining)\b)/iu;

/** The text of the sentence a date stands in. */
function sentenceText(context: TextContext, date: ReadDate): string {
  const span = spanOf(context.sentences, date.candidate.start);
  return context.text.slice(span.start, span.end);
}

/** A year placed as the latest on or before the letter date, marked so it frames no later date. */
function byLetter(anchors: Anchors, year: number): number {
  anchors.fromLetter = true;
  return year;
}

function inferOne(context: TextContext, date: ReadDate, anchors: Anchors): number | null {
  const { previous, written, earlier, letter, latestYear } = anchors;
  const offset = date.candidate.yearOffset;
  // Note: without a letter date, `last year` counts from the latest year the letter gives so far.
  if (offset !== null) {
    const now = letter?.year ?? latestYear;
    return now != null ? now + offset : null;
  }
  // Note: words after the date say its year (`in November of that year`, `marzo de este año`), whatever else the letter writes.
  if (SAME_YEAR_CLOSING.test(date.candidate.text)) return yearNamedBefore(context, date) ?? previous?.year ?? null;
  // Note: a year told before never holds a date announced after the letter when it lies before
  // the letter's year (`newsletters distributed between June 2021 and March 2022` … `whose trial
  // is set to open in March`).
  const told = (year: number): boolean => !(letter?.year && year < letter.year && announced(context, date, spanOf(context.sentences, date.candidate.start)));
  const same = [...(written.get(dayKey(date)) ?? [])];
  // Note: the same day written with its year elsewhere (`May 7th` … `May 7, 2018`). A bare month
  // is no such tie: `released on bail in August` after a background `August 2019` is the story's
  // August (seven letters of five sets went wrong this way, six right that the rules below also get).
  if (date.day !== null && same.length === 1 && told(same[0] as number)) return same[0] ?? null;
  // Note: a day or a bare month written again takes the year it had the first time (`scheduled
  // for 3 July` … `access to the courtroom on 3 July`; `adjourned to 14 May` … `the hearing in May`).
  if (earlier !== undefined && told(earlier)) return earlier;
  // Note: `last November` (`novembre dernier`, `noviembre pasado`, `el pasado 18 de junio`) is the latest November before the letter, whatever story frames it.
  if (letter && (/^(?:last|previous)\s/i.test(date.candidate.text) || PAST_WORD_CLOSING.test(date.candidate.text) || PAST_WORD_BEFORE.test(context.text.slice(Math.max(0, date.candidate.start - 20), date.candidate.start)))) {
    return byLetter(anchors, chooseYear(date, letter, "onOrBefore"));
  }
  // Note: `le 21 mars prochain` lies ahead of the letter (undated: of the latest date it writes), whatever story frames it.
  const reference = letter ?? anchors.latest;
  if (reference && NEXT_AFTER.test(context.text.slice(date.candidate.end, date.candidate.end + 16))) return chooseYear(date, reference, "onOrAfter");
  const sentence = spanOf(context.sentences, date.candidate.start);
  // Note: a gapped list told in order (`Ho is expected to be released in October, Kwok in December and Leung in February
  // 2026`): the date shares its clause's verb with the date before it and follows it.
  const adjacent = anchors.adjacent;
  if (adjacent?.year && adjacent.candidate.start >= sentence.start && GAPPED[0].test(context.text.slice(adjacent.candidate.end, date.candidate.start))) {
    return chooseYear(date, adjacent, "onOrAfter");
  }
  // Note: a full date earlier on the same line (a paragraph, unless hard-wrapped) frames the
  // story told after it ("arrested on 20 December 2018. On 5 January he was freed").
  const line = spanOf(context.lines, date.candidate.start);
  // Note: undated, an announced event lies on or after the latest date the letter writes.
  const now = letter ?? anchors.latest;
  if (now && (announced(context, date, sentence) || announcedAfter(context, date, sentence))) return chooseYear(date, now, "onOrAfter");
  if (letter && CALLED_ACTION[0].test(context.text.slice(Math.max(sentence.start, date.candidate.start - 220), date.candidate.start))) return soonAfter(date, letter);
  if (letter && SCHEDULED_PRESENT[0].test(nearLead(context, date, sentence))) return chooseYear(date, letter, "nearest");
  // Note: bounded, so a sentence with thousands of dates stays linear.
  const lead = context.text.slice(Math.max(sentence.start, date.candidate.start - DEADLINE_WINDOW), date.candidate.start);
  if (letter && DEADLINE[0].test(lead.slice(-30)) && DEADLINE[1].test(lead)) return chooseYear(date, letter, "onOrAfter");
  if (letter && SET_BY_DECISION[0].test(lead.slice(-80))) {
    // Note: never pushed back before the letter (notAfter): the date set may lie ahead of it.
    const decided = previous && previous.candidate.start >= sentence.start ? previous : null;
    return decided ? chooseYear(date, decided, "onOrAfter") : chooseYear(date, letter, "nearest");
  }
  // Note: a requested action lies near the letter, whatever dated story comes before it.
  if (letter && REQUEST[0].test(lead) && !REQUEST[1].test(lead.slice(-60))) return chooseYear(date, letter, "nearest");
  // Note: a bare month told in a later sentence is framed by a full date before it only when that
  // date tells the story (`The strike began on 5 July 2022 … charged in August`); a date in a
  // background clause (BACKGROUND: `held since her arrest on May 9, 2023`, `fined for taking part in
  // a rally in July 2020`) frames nothing: in a dated letter the month is the latest on or before it.
  // Undated, the latest date the letter writes bounds it.
  const bound = letter ?? anchors.latest ?? null;
  const vagueMonth =
    bound !== null && date.day === null && previous !== undefined && previous.candidate.start < sentence.start &&
    BACKGROUND.test(sentenceText(context, previous));
  // Note: a date whose own year came from the letter (`la grève du 11 avril dernier`) frames
  // nothing: the next year-less date is placed against the letter as it was (`tombé vendredi
  // dernier, 29 novembre` in a December letter is that November, not the one nearest April).
  // Note: in a dated letter a span its sentence opens and runs to the time of writing frames no date told within it
  // (`Since March 2022, our monitors have been refused entry …, most recently on 6 August`): the date lies up to the
  // letter. A `since` date of an earlier sentence still frames (`arrested on 5 March 2024. Held since 10 March, he was
  // tried on 20 June`: the story's year).
  const spanToNow = letter !== null && previous !== undefined && previous.candidate.start >= sentence.start && sinceBefore(context, previous);
  if (previous && !vagueMonth && !spanToNow && !(letter && anchors.previousFromLetter) && previous.candidate.start >= Math.min(line.start, sentence.start)) {
    return fromPrevious(context, date, previous, sentence, letter);
  }
  const framingLead = context.text.slice(sentence.start, date.candidate.start);
  const framing = [...framingLead.matchAll(FRAMING_YEAR[0])].at(-1);
  if (framing?.[1] && !inClosedRelative(framingLead, framing.index)) return Number(framing[1]);
  if (letter && NEAR_LETTER[0].test(lead.slice(-40))) return chooseYear(date, letter, "nearest");
  if (vagueMonth && bound) return chooseYear(date, bound, "onOrBefore");
  if (letter) return byLetter(anchors, chooseYear(date, letter, "onOrBefore"));
  return undated(context, date, sentence, anchors);
}

/** A year written as four digits, not inside a longer number or a reference (`N° 004/2026`). */
const YEAR_TOKEN = /(?<![\p{N}/.-])(?:19|20)\d{2}(?![\p{N}/])/gu;
/** How far back on its line the year a date's `of that year` names is looked for, in characters. */
const NAMED_YEAR_WINDOW = 600;

/** The last year written before the date on its line (`In June 2018, … in November of that year`), else null. */
function yearNamedBefore(context: TextContext, date: ReadDate): number | null {
  const line = spanOf(context.lines, date.candidate.start);
  const lead = context.text.slice(Math.max(line.start, date.candidate.start - NAMED_YEAR_WINDOW), date.candidate.start);
  const last = [...lead.matchAll(YEAR_TOKEN)].at(-1);
  return last ? Number(last[0]) : null;
}

/**
 * True when the year at `at` sits in a relative clause closed before the date (`Ana, who moved
 * to the city in 2011, was arrested on 3 March`, `B, a cook who joined in 2016, was elected in March`): the clause tells the person's past, not the
 * main event's year.
 */
function inClosedRelative(lead: string, at: number): boolean {
  return CLOSED_RELATIVE.test(lead.slice(0, at)) && lead.indexOf(",", at) !== -1;
}
/** A relative clause opened after a comma, perhaps inside an apposition (`Ana, a cook who joined the hotel in`). */
const CLOSED_RELATIVE = /,\s*(?:(?:an?|the|his|her|their)\s+[^,;]{0,40}?\s)?(?:who|which|whose|where)\b[^,;]*$/iu;


/**
 * The latest date written with its year (a month-only date counts as its last day), leaving out
 * dates announced ahead (`next hearing scheduled for 21/03/2024`): an undated letter is written on
 * or after the events it reports, not after those it announces.
 */
function latestWritten(context: TextContext, dates: readonly ReadDate[]): ReadDate | undefined {
  const end = (d: ReadDate): number => dayNumber(d.year ?? 0, d.month, d.day ?? 31);
  const written = dates.filter((d) => d.candidate.year !== null);
  const reported = written.filter((d) => !ahead(context, d));
  return (reported.length > 0 ? reported : written).reduce<ReadDate | undefined>((best, d) => (!best || end(d) > end(best) ? d : best), undefined);
}

/**
 * A stated weekday the inferred year does not fit (`were sentenced on Friday, 7 March` in a sentence that
 * a relative clause's `September 2021` framed) yields to the year near the letter's that fits it, when one does.
 * Without a letter date, near the latest date the letter writes (an undated report's `On Monday 8 December`
 * after a back-story of 2023, its story ending in January 2026: the Monday of 2025).
 */
function weekdayYear(date: ReadDate, year: number | null, letter: ReadDate | null | undefined): number | null {
  const weekday = date.candidate.weekday;
  const day = date.day;
  if (year === null || weekday === null || day === null || !letter?.year) return year;
  const fits = (y: number): boolean => new Date(Date.UTC(y, date.month - 1, day)).getUTCDay() === weekday;
  if (fits(year)) return year;
  const near = chooseYear(date, letter, "onOrBefore");
  return fits(near) ? near : year;
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
  const latest = latestWritten(context, out);
  let latestYear = latest?.year ?? undefined;
  // Note: the year each day, and each month, last had, for a day or bare month written again.
  const days = new Map<string, number>();
  const months = new Map<number, number>();
  let previous: ReadDate | undefined;
  let previousFromLetter = false;
  out.forEach((date, i) => {
    let fromLetter = false;
    if (date.year === null) {
      const earlier = date.day === null ? months.get(date.month) : days.get(dayKey(date));
      const anchors: Anchors = { previous, next: following[i], written, earlier, letter, latest, latestYear, previousFromLetter, adjacent: out[i - 1] };
      date.year = weekdayYear(date, inferOne(context, date, anchors), letter ?? latest);
      fromLetter = anchors.fromLetter === true;
    }
    if (date.year !== null) {
      // Note: a bare month whose year was itself inferred in a background clause (`not paid since
      // August`) anchors nothing: the full date before it still frames what follows (`arrested on
      // 19 October 2024 … since August … moved on 9 March`).
      if (date.candidate.year !== null || date.day !== null || !BACKGROUND.test(sentenceText(context, date))) {
        previous = date;
        previousFromLetter = fromLetter;
      }
      latestYear = Math.max(latestYear ?? date.year, date.year);
      if (date.day !== null && !days.has(dayKey(date))) days.set(dayKey(date), date.year);
      // Note: only a month whose year was inferred: a month written with its year (`In September 2022`)
      // gives a later bare `September` no year, as a day does not (above).
      if (date.candidate.year === null) months.set(date.month, date.year);
    }
  });
  return out;
}
