/**
 * A day counted from an earlier event (resolve/penalties-dates.ts): `two days later`, `the next
 * day`, `a week later`, `deux jours plus tard`, `le lendemain`, `dos días después`, `al día
 * siguiente`, `la veille`, `a day earlier`, `deux jours plus tôt`, and the same counted from an event the phrase names (`three days after
 * the Medan verdict`, `ten days after his arrest`, `deux jours après le jugement`).
 *
 * Unnamed, the count starts at the story's last dated step before it: the nearest day-precise date
 * or weekday (`on Monday placed …`, against the letter's date) of its paragraph or the one before,
 * passing over a past perfect's date (`He had spoken at a rally on 2 June`: a step back in time,
 * not the story's last). Named, at the nearest earlier date whose sentence tells of that event.
 */
import type { DateRecord } from "../records.js";
import { namedToday, RELATIVE, relativeDate } from "./penalties-dates-relative.js";
import { lineAt } from "./text-lines.js";

/** Small counts in English, French and Spanish. */
const COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};
const COUNT = `(?<count>${Object.keys(COUNTS).join("|")}|\\d{1,2})`;
const UNIT = "(?<unit>days?|weeks?|jours?|semaines?|d[ií]as?|semanas?)";
/** What may stand between `after` and the event's noun: a determiner and a few words (`the Medan`, `his`). */
const NAMED = String.raw`(?:the|his|her|their|its|this|that|le|la|l['’]|les|son|sa|ses|leur|leurs|du|des|de\s+la|de\s+l['’]|el|los|las|su|sus|del)\s*(?:[\p{L}'’-]+\s+){0,3}?(?<noun>[\p{L}-]+)`;

/** `[pattern, label, example]`: the phrases, each with its count (default 1, or −1 before). */
export const DAYS_LATER_PATTERNS: readonly (readonly [RegExp, string, string])[] = [
  [new RegExp(`(?<!\\p{L})${COUNT}\\s+${UNIT}\\s+(?:after|après|despu[eé]s\\s+de)\\s+${NAMED}`, "iu"), "counted from a named event", "three days after the Medan verdict"],
  [new RegExp(`(?<!\\p{L})(?:the\\s+day\\s+after|le\\s+lendemain|al\\s+d[ií]a\\s+siguiente\\s+de)\\s+${NAMED}`, "iu"), "the day after a named event", "le lendemain du jugement"],
  [new RegExp(`(?<!\\p{L})${COUNT}\\s+${UNIT}\\s+(?:later|plus\\s+tard|despu[eé]s|m[aá]s\\s+tarde)(?!\\p{L})`, "iu"), "counted", "deux jours plus tard"],
  [new RegExp(`(?<!\\p{L})${COUNT}\\s+${UNIT}\\s+(?<earlier>earlier|before|plus\\s+tôt|auparavant|antes)(?!\\p{L}|\\s+(?:the|his|her|their|its|le|la|les|du|de|del|el)\\b)`, "iu"), "counted back", "a day earlier"],
  [/\b(?:the\s+(?:next|following)\s+(?:(?<unit>day|week)|morning|afternoon|evening)|the\s+day\s+after(?!\s+(?:the|his|her|their|its|a|an|this|that|our|your)\b))\b/iu, "the next day", "the next morning"],
  [/(?<!\p{L})(?:le\s+lendemain|la\s+(?<unit>semaine)\s+suivante|al\s+d[ií]a\s+siguiente|(?:a\s+)?la\s+(?:mañana|tarde|noche)\s+siguiente|a\s+la\s+(?<unit2>semana)\s+siguiente)(?!\p{L})/iu, "the next day (fr, es)", "al día siguiente"],
  [
    /(?<!\p{L})(?:the\s+(?:following|next)\s+(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|le\s+(?<weekday2>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+suivant|el\s+(?<weekday3>lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+siguiente)(?!\p{L})/iu,
    "the next weekday",
    "the following Wednesday",
  ],
  [/(?<!\p{L})(?<before>the\s+(?:previous|day\s+before)(?:\s+day)?|la\s+veille|el\s+d[ií]a\s+anterior)(?!\s+(?:the|his|her|their|its|du|de|del)\b)(?!\p{L})/iu, "the day before", "la veille"],
];

/** The family of words a named event's sentence must hold: rulings, arrests, else the noun itself. */
const RULINGS = /\b(?:verdicts?|rulings?|judge?ments?|convict\w*|guilty|coupables?|culpables?|sentenc\w*|jugements?|condamn\w*|fallos?|condena\w*)/iu;
const FAMILIES: readonly RegExp[] = [
  RULINGS,
  /\b(?:arrest\w*|detain\w*|detention|interpell\w*|detenci\w*|detenid\w*)/iu,
];
const family = (noun: string): RegExp =>
  FAMILIES.find((f) => f.test(noun)) ?? new RegExp(`(?<!\\p{L})${noun.slice(0, Math.max(4, noun.length - 2)).replace(/[^\p{L}-]/gu, "")}`, "iu");

/** A word every pattern holds: a cheap test before the patterns are tried. */
const CUE = /later|after|tard|après|despu|lendemain|siguiente|suivant|next|following|veille|before|anterior|previous|earlier|tôt|auparavant|antes/iu;
/** A weekday's place in the week (Sunday 0), in English, French and Spanish. */
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6,
};
/** How far back, in characters, the step an unnamed count starts from may be. */
const DAYS_LATER_REACH = 600;
/** How far back a named event's date may be. */
const NAMED_REACH = 4000;
/** A past perfect in a sentence before a date: the date is a step back in time (`He had spoken … on 2 June`). */
const PAST_PERFECT = /\b(?:had|avai(?:t|ent)|hab[ií]an?)\s+\p{L}+/iu;
const RELATIVE_ALL = new RegExp(RELATIVE.source, "giu");

interface Step {
  end: number;
  value: string;
}

/** The sentence around `at`: from the last sentence end before it to the next after it. */
function sentenceAround(text: string, at: number, reach = 400): [number, number] {
  const before = text.slice(Math.max(0, at - reach), at);
  // Note: a stop and its space, or a line's end alone (one character: the sentence opens right after it).
  const stop = [...before.matchAll(/[.!?]\s|\n/gu)].pop();
  const start = Math.max(0, at - reach) + (stop ? stop.index + stop[0].length : 0);
  const after = /[.!?](?:\s|$)|\n/u.exec(text.slice(at));
  return [start, after ? at + after.index : text.length];
}

/** An event's noun right after a date (`the May 7 rally`, `his 3 June arrest`): the date names the event. */
const EVENT_NAMED_AFTER = /^,?\s*(?:arrests?|detentions?|releases?|protests?|rall(?:y|ies)|strikes?|demonstrations?|marches?|raids?|elections?)\b/iu;


/** The dated steps in `text[low, at)`, nearest first: day-precise dates and relative days. */
function steps(text: string, dates: readonly DateRecord[], low: number, at: number, letterDate: string | null): Step[] {
  // Note: only a day-precise date can be counted from (`in February last year` cannot).
  // Note: nor does a date that names an event by its day (`during the May 7 rally`): it is not a step of the story.
  const out: Step[] = dates
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.value) && d.end <= at && d.start >= low && !EVENT_NAMED_AFTER.test(text.slice(d.end, d.end + 30)))
    .map((d) => ({ end: d.end, value: d.value }));
  const slice = text.slice(low, at);
  for (const m of slice.matchAll(RELATIVE_ALL)) {
    if (namedToday(slice, m)) continue;
    const value = relativeDate(m[1] ?? "", letterDate);
    if (value) out.push({ end: low + m.index + m[0].length, value });
  }
  return out.sort((a, b) => b.end - a.end);
}

/**
 * The step a count starts from: of the steps in the nearest step's sentence, the latest in time. A date told back in it
 * (`On Tuesday the court sentenced them … when police detained them on 4 October`) is a flashback, not the story's time.
 */
// Note: the sentence may open before the count's reach (a long sentence): its steps are read from its start.
function latestOfSentence(text: string, nearest: Step | undefined, sentenceSteps: (start: number, end: number) => Step[], letterDate: string | null): Step | undefined {
  if (!nearest) return undefined;
  const [start] = sentenceAround(text, nearest.end - 1, 1000);
  // Note: not a dateline's date opening the sentence (`MOSCOW, 16 October 2025 — On Tuesday, …`): the letter's, no step.
  return sentenceSteps(start, nearest.end).reduce((best, s) => (s.value > best.value && s.value !== letterDate ? s : best), nearest);
}

/** The date `text[from, to)`'s count of days stands for, or null. */
export function daysLater(text: string, from: number, to: number, dates: readonly DateRecord[], floor: number, letterDate: string | null): string | null {
  const slice = text.slice(from, to);
  if (!CUE.test(slice)) return null;
  const found = DAYS_LATER_PATTERNS.map(([p]) => p.exec(slice)).find((m) => m !== null);
  if (!found) return null;
  const at = from + found.index;
  const g = found.groups ?? {};
  const unit = (g["unit"] ?? g["unit2"] ?? "day").toLowerCase();
  const count = (g["before"] ? -1 : g["count"] ? (COUNTS[g["count"].toLowerCase()] ?? Number(g["count"])) : 1) * (g["earlier"] ? -1 : 1);
  const weekday = g["weekday"] ?? g["weekday2"] ?? g["weekday3"];
  const noun = g["noun"];
  const fits = (s: Step): boolean => {
    const [start, end] = sentenceAround(text, s.end - 1);
    if (noun) return family(noun).test(text.slice(start, end));
    return !PAST_PERFECT.test(text.slice(start, s.end));
  };
  const near = noun ? Math.max(0, at - NAMED_REACH) : Math.max(floor, at - DAYS_LATER_REACH);
  // Note: an unnamed count with no step near it (`Two days later, …` opening a new section or a paragraph after
  // others that date nothing) counts from the last ruling dated further back (`Trois jours plus tard, le tribunal de
  // Dschang a condamné …` under a new heading), not from a law's date or the letter's own.
  // Note: the step's paragraph (its line) tells of a ruling even where `M.` cuts its sentence short.
  const ruling = (s: Step): boolean => {
    const line = lineAt(text, s.end - 1);
    return s.value !== letterDate && fits(s) && RULINGS.test(text.slice(line.start, line.end));
  };
  // Only a count that opens its sentence sets the story's time so (`… was arrested the following evening` dates that arrest).
  const opens = /^[\s"“'‘(]*$/u.test(slice.slice(0, found.index));
  const nearSteps = steps(text, dates, near, at, letterDate);
  const anchor = latestOfSentence(text, nearSteps.find(fits), (start, end) => steps(text, dates, start, end, letterDate).filter(fits), letterDate) ?? (noun || !opens ? undefined : steps(text, dates, Math.max(0, at - NAMED_REACH), at, letterDate).find(ruling));
  if (!anchor) return null;
  const start = new Date(`${anchor.value}T00:00:00Z`);
  // Note: `the following Wednesday` is the first Wednesday after the step (`On 16 August … Sentencing was postponed to the following Wednesday`).
  const days = weekday ? ((WEEKDAY_NUMBER[weekday.toLowerCase()] ?? 0) - start.getUTCDay() + 7) % 7 || 7 : /^(?:week|semaine|semana)/u.test(unit) ? count * 7 : count;
  return new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The patterns that count forward from an unnamed step. */
const FORWARD = new Set(["counted", "the next day", "the next day (fr, es)", "the next weekday"]);
/** Another event than a ruling, told in a count's clause (`and released two days later`). */
const OTHER_STEP = /\b(?:released|freed|arrested|detained|summoned|charged|transferred|libérée?s?|arrêtée?s?|liberad[oa]s?|detenid[oa]s?)\b/iu;
/** What opens a clause: a conjunction or a stop (`… on 1 Sep 2025 and sentence was passed the next day`). */
const CLAUSE_OPENS = /(?:[,;]|\b(?:and|but|then|et|puis|y|luego))\s[^,;]*$/iu;

/**
 * The day a count after a date in its sentence gives, when the count's clause tells the ruling (`Mitigation was heard
 * on 1 Sep 2025 and sentence was passed the next day`, `… et le jugement a été rendu deux jours plus tard`), counted
 * from that date; null for a count of another event (`sentenced on 3 May and released two days later`).
 */
export function countedAfter(text: string, date: DateRecord, end: number, letterDate: string | null): string | null {
  const slice = text.slice(date.end, end);
  if (!CUE.test(slice)) return null;
  // Note: only a count forward, unnamed (`the previous November` after a date names a month, not a day back).
  const found = DAYS_LATER_PATTERNS.filter(([, label]) => FORWARD.has(label)).map(([p]) => p.exec(slice)).find((m) => m !== null);
  if (!found || found.groups?.["earlier"]) return null;
  const opens = CLAUSE_OPENS.exec(slice.slice(0, found.index));
  if (!opens) return null;
  const close = /[,;.]/u.exec(slice.slice(found.index + found[0].length));
  const clause = slice.slice(opens.index, found.index + found[0].length + (close?.index ?? slice.length));
  if (!RULINGS.test(clause) || OTHER_STEP.test(clause)) return null;
  return daysLater(text, date.end, end, [date], date.start, letterDate);
}
