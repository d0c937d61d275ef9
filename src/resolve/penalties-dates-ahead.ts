/**
 * The date of a penalty whose people the letter names only after it (`"… they are each sentenced
 * to eighteen months." With these words, Judge X closed the trial on Tuesday 11 March 2025. ¶ The
 * two convicted workers are A and B.`; `… the labour members were each sentenced to 3 years. ¶ On
 * 14 December, the court … A, B and C were jailed.`): the ruling is told, and dated, on the way to
 * its people. The first sentence from the penalty's to the one naming them that states a date and
 * tells of a ruling dates it; a penalty whose people were named before is not read here.
 */
import type { DateRecord, Person, Span } from "../records.js";
import type { PersonMention } from "./penalties-antecedents.js";
import { RULING, stated } from "./penalties-dates.js";

/** Where a penalty lies and the sentences after it, nearest first. */
export interface AheadSite {
  window: Span;
  following: readonly Span[];
}

/** How many sentences on the people's own may be. */
const AHEAD_REACH = 3;

export function dateAhead(text: string, site: AheadSite, people: readonly Person[], mentions: readonly PersonMention[], dates: readonly DateRecord[], letterDate: string | null): string | null {
  const ids = new Set(people.map((p) => p.id));
  const theirs = mentions.filter((m) => ids.has(m.person.id));
  if (theirs.length === 0 || theirs.some((m) => m.start < site.window.end)) return null;
  const known = letterDate ? dates.filter((d) => d.value <= letterDate || letterDate.startsWith(d.value)) : dates;
  for (const w of site.following.slice(0, AHEAD_REACH)) {
    const date = stated(text, w, known, letterDate, w.start);
    if (date && RULING.test(text.slice(w.start, w.end))) return date;
    if (theirs.some((m) => m.start >= w.start && m.end <= w.end)) return null;
  }
  return null;
}
