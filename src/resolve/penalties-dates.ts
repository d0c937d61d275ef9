/**
 * The date of a ruling: a date in the penalty's own sentence that no other event claims
 * (`arrested on 4 August … and sentenced … in November 2011` → November), `today` or
 * `on Monday` against the letter's date, a dated ruling sentence just before
 * (`On April 14, sentencing was pronounced.`) or a dated verdict just after (`The
 * February 22 verdict`), else the one date every ruling in the letter shares.
 */
import type { DateRecord, Span } from "../records.js";

/** A date right after one of these belongs to another event. */
export const OTHER_EVENT_BEFORE =
  /\b(?:arrested|detained|released|freed|charged|born|died|held|apprehended|abducted|summoned|searched|raided|since|following|until|till)\s+(?:on\s+|in\s+|at\s+|from\s+)?$/iu;
/** A date followed by one of these belongs to another event (`his August 20, 2016, arrest`). */
export const OTHER_EVENT_AFTER = /^,?\s*(?:arrest|detention|release|protest|rally)\b/iu;
/**
 * Between the penalty and a date, another event (`on September 28 X was freed after serving`,
 * `… sentence due to a report published by the daily on Jan. 13, 2022`).
 */
const EVENT_BETWEEN =
  /\b(?:freed|released|arrested|detained\s+(?:on|in)|charged|published|posted|written|wrote|reported|said|made|held|organi[sz]ed|announced|filed|submitted|took\s+place|broke\s+out)\b/iu;
/** A sentence about a ruling. */
export const RULING = /\b(?:verdicts?|rulings?|ruled|sentenc\w*|convict\w*|fine[sd]?|judge?ments?|trials?|courts?)\b/iu;
/** A date attached to a ruling noun (`The February 22 verdict`). */
const ATTACHED_AFTER = /^\s*(?:verdict|ruling|judge?ment|sentencing|sentence)\b/iu;

/** A sentence that says when the ruling was given (`The verdict was delivered on …`). */
export const DELIVERED = /\b(?:verdict|ruling|judge?ment|sentence|decision)\s+(?:was|were)\s+(?:handed\s+down|delivered|announced|pronounced|issued|passed|read\s+out)\b/iu;

const CLAUSE_BREAK = /[>•;|]/gu;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const RELATIVE = /\b(today|yesterday|(?:on|last)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/iu;

const full = (d: DateRecord): boolean => /^\d{4}-\d{2}(?:-\d{2})?$/u.test(d.value);
const inside = (d: Span, w: Span): boolean => d.start >= w.start && d.end <= w.end;

/** The date `today`, `yesterday` or `on Monday` stands for, given the letter's date. */
export function relativeDate(phrase: string, letterDate: string | null): string | null {
  if (!letterDate || !/^\d{4}-\d{2}-\d{2}$/u.test(letterDate)) return null;
  const base = new Date(`${letterDate}T00:00:00Z`);
  const word = phrase.toLowerCase().split(/\s+/u).pop() ?? "";
  let back = 0;
  if (word === "yesterday") back = 1;
  else if (WEEKDAYS.includes(word)) back = (base.getUTCDay() - WEEKDAYS.indexOf(word) + 7) % 7;
  else if (word !== "today") return null;
  return new Date(base.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

function claimedElsewhere(text: string, date: DateRecord, site: Span): boolean {
  if (OTHER_EVENT_BEFORE.test(text.slice(Math.max(0, date.start - 30), date.start))) return true;
  if (OTHER_EVENT_AFTER.test(text.slice(date.end, date.end + 20))) return true;
  if (date.end <= site.start) return EVENT_BETWEEN.test(text.slice(date.end, site.start));
  return date.start >= site.end && EVENT_BETWEEN.test(text.slice(site.end, date.start));
}

/** The ruling date stated in one window for a penalty at `site`, or null. */
function dateInWindow(text: string, window: Span, site: Span, dates: readonly DateRecord[], letterDate: string | null): string | null {
  // Note: a list item's heading (`• Obstructing an officer on 1 Jan 2021 > Sentenced to …`)
  // dates the offence, not the ruling; only the penalty's own clause counts.
  const lead = text.slice(window.start, site.start);
  const clauseStart = window.start + (([...lead.matchAll(CLAUSE_BREAK)].pop()?.index ?? -1) + 1);
  const own = dates
    .filter((d) => full(d) && inside(d, window) && d.start >= clauseStart && !claimedElsewhere(text, d, site))
    .sort((a, b) => distance(a, site) - distance(b, site));
  if (own[0]) return own[0].value;
  const relative = RELATIVE.exec(text.slice(window.start, window.end));
  return relative ? relativeDate(relative[1] ?? "", letterDate) : null;
}

function distance(d: Span, site: Span): number {
  if (d.end <= site.start) return site.start - d.end;
  if (d.start >= site.end) return d.start - site.end;
  return 0;
}

/** Where a penalty sits: its span, its window, the windows of its paragraph, and those holding penalties. */
export interface DateSite extends Span {
  window: Span;
  before: readonly Span[];
  after: Span | null;
  penaltyWindows: ReadonlySet<number>;
}

/** The date of the ruling a penalty comes from, or null when the letter does not tie one. */
export function rulingDate(text: string, site: DateSite, all: readonly DateRecord[], letterDate: string | null, shared: string | null): string | null {
  // Note: a ruling the letter reports cannot come after the letter (`a ruling he will appeal by 20 June`).
  const dates = letterDate ? all.filter((d) => d.value <= letterDate || letterDate.startsWith(d.value)) : all;
  const own = dateInWindow(text, site.window, site, dates, letterDate);
  if (own) return own;
  for (const w of [...site.before].reverse()) {
    const dated = dates.filter((d) => full(d) && inside(d, w));
    if (dated.length === 0) continue;
    const ruling = RULING.test(text.slice(w.start, w.end)) && !site.penaltyWindows.has(w.start);
    return ruling ? (dated[0]?.value ?? null) : shared;
  }
  const after = site.after;
  if (after && !site.penaltyWindows.has(after.start)) {
    const attached = dates.find((d) => full(d) && inside(d, after) && ATTACHED_AFTER.test(text.slice(d.end, d.end + 20)));
    if (attached) return attached.value;
    // Note: `The ruling was handed down on 3 May 2022.` right after the penalty dates it.
    const delivered = DELIVERED.test(text.slice(after.start, after.end)) ? dates.find((d) => full(d) && inside(d, after)) : undefined;
    if (delivered) return delivered.value;
  }
  return shared;
}

/** The one date every dated ruling sentence of the letter gives, when at least two give it. */
export function sharedRulingDate(text: string, windows: readonly Span[], dates: readonly DateRecord[]): string | null {
  const values = windows.flatMap((w) => {
    if (!RULING.test(text.slice(w.start, w.end))) return [];
    const dated = dates.filter((d) => full(d) && inside(d, w));
    return dated.length > 0 ? [dated.map((d) => d.value)] : [];
  });
  const all = new Set(values.flat());
  return values.length >= 2 && all.size === 1 ? ([...all][0] ?? null) : null;
}
