/**
 * The ruling's date across a told back-story (resolve/penalties-dates.ts, last step): a letter dates
 * the ruling once (`convicted … on 12 November`, `el pasado lunes 8 de septiembre … condenó`), then
 * goes back in time (the arrest on 2 September, the hearing of 29 October, the strike in April) before
 * it gives the terms with no date of their own. Sentences whose dates all lie on or before the
 * ruling's tell earlier steps of the same story: the terms keep the ruling's date.
 */
import type { DateRecord, Span } from "../records.js";
import type { DateSite } from "./penalties-dates.js";
import { DAY_WORD } from "./penalties-dates-relative.js";

/** The tests the date step shares with this one. */
export interface StoryTests {
  /** A sentence telling of a court's ruling. */
  ruling: (slice: string) => boolean;
  /** A dated sentence telling of an appeal or another case, which the penalty's own sentence does not: a ruling that did not impose it. */
  otherRuling: (dated: string, sentence: string) => boolean;
  /** The ruling date a sentence states (full, or a day relative to the letter's date), or null. */
  stated: (w: Span) => string | null;
  /** The day relative to the letter's a sentence gives its ruling (`on Thursday convicted`, `the conviction … on Thursday last week`), or null. */
  rulingDay: (w: Span) => string | null;
  /** True for a date that dates the letter (its dateline), not an event. */
  dateline: (d: DateRecord) => boolean;
  /** True for a date the words before it make a ruling's (`la décision rendue le 6 février`, `the verdict of 3 May`). */
  ruledOn: (d: DateRecord) => boolean;
}

/** A ruling told by what the judge delivered (`Judge X delivered the following penalties`, `handed down its sentences`). */
export const DELIVERED_PENALTIES =
  /\b(?:delivered|handed\s+down|imposed|pronounced|passed|announced|issued)\s+(?:(?:the|its|his|her|their)\s+)?(?:following\s+)?(?:penalt(?:y|ies)|sentences?|verdicts?|rulings?|judge?ments?)\b/iu;

/**
 * A sentence whose subject points back at the ruling (`It`, `The verdict`, `Le jugement`, `La sentencia`) and tells how it
 * reached the parties: notified, served, communicated, sent, published.
 */
const NOTIFIED =
  /^[\s"“]*(?:it|this|(?:the|its|their)\s+(?:written\s+)?(?:verdict|ruling|judge?ment|decision|sentences?)|il|elle|(?:le|ce)\s+(?:jugement|verdict)|(?:la|cette)\s+(?:décision|condamnation)|l['’]arrêt|(?:la|esta)\s+(?:sentencia|decisión)|el\s+fallo)\s+(?:was|were|has\s+been|had\s+been|a\s+été|ont\s+été|fue|ha\s+sido)\s+(?:only\s+|formally\s+|finally\s+)?(?:notified|served|communicated|sent|published|notifiée?s?|signifiée?s?|communiquée?s?|notificad[oa]s?|comunicad[oa]s?)(?!\p{L})/iu;

const full = (d: DateRecord): boolean => /^\d{4}-\d{2}(?:-\d{2})?$/u.test(d.value);
const inside = (d: Span, w: Span): boolean => d.start >= w.start && d.end <= w.end;

/**
 * The date of the nearest earlier sentence telling a ruling without a term, when every dated sentence
 * between it and the penalty (and every other date of its own) tells an earlier step: none later than
 * the ruling's date. A dated penalty between (another ruling, maybe) or an appeal stops the search.
 */
export function storyDate(text: string, site: DateSite, dates: readonly DateRecord[], tests: StoryTests): string | null {
  const sentence = text.slice(site.window.start, site.window.end);
  let latest = "";
  for (const w of [...site.earlier].reverse()) {
    const within = dates.filter((d) => full(d) && inside(d, w) && !tests.dateline(d));
    const slice = text.slice(w.start, w.end);
    // Note: a ruling dated by a day relative to the letter's (`the conviction of three leaders by the court on
    // Thursday last week`, `la condamnation, mardi, de …`) dates the story as a full date would; not a day another
    // verb of the sentence tells (`the judgment, which was made available to the defence last Friday`).
    if (within.length === 0) {
      const day = DAY_WORD.test(slice) && !site.penaltyWindows.has(w.start) && tests.ruling(slice) && !tests.otherRuling(slice, sentence) ? tests.rulingDay(w) : null;
      if (day && latest <= day) return day;
      continue;
    }
    if (site.penaltyWindows.has(w.start) || tests.otherRuling(slice, sentence)) return null;
    // Note: so is a sentence dating a ruling by its noun (`sa préoccupation suite à la décision rendue le jeudi 6 février
    // 2025 par la Cour …`), whatever else it tells.
    if (tests.ruling(slice) || DELIVERED_PENALTIES.test(slice) || within.some(tests.ruledOn)) {
      const date = tests.stated(w);
      const others = within.filter((d) => d.value !== date).map((d) => d.value);
      // Note: a ruling told without a date of its own (`… nos trois confrères ont été reconnus coupables`, whose only
      // date is a law's, `loi n° 2017-20 du 20 avril 2018`) is a step of the story: the search goes on to the dated one.
      if (date) return [latest, ...others].every((v) => v <= date || date.startsWith(v)) ? date : null;
    }
    // Note: the ruling's aftermath pointing back at it (`It was notified to their lawyers on 11 February`, `Le jugement a
    // été signifié le 3 mars`, `La sentencia fue notificada el 5 de mayo`) tells of the same ruling, not a later one.
    if (NOTIFIED.test(slice)) continue;
    for (const d of within) if (d.value > latest) latest = d.value;
  }
  return null;
}
