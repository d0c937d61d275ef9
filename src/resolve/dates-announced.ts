/**
 * Whether a year-less date is one the text announces (`will be heard on`, `is expected on`, `May 20, when the appeal
 * is due to be heard`) or a decision set (`adjourned to`): such a date may lie after the letter (dates-year.ts).
 * Also `spanOf`, the sentence or line holding an offset.
 */
import type { Span } from "../records.js";
import type { TextContext } from "../extract/types.js";
import { ANNOUNCED, ANNOUNCED_AFTER, FUTURE_MAIN_CLAUSE, FUTURE_TENSE, RECALL, SET_BY_DECISION } from "./dates-cues.js";
import type { ReadDate } from "./dates-value.js";

/** Note: the future marker must be close to the date, not anywhere in a long sentence. */
const ANNOUNCE_WINDOW = 60;

/** The span containing `at` among sorted, disjoint spans (binary search), else an empty one. */
export function spanOf(spans: readonly Span[], at: number): Span {
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

/**
 * True when the date is one the text announces or a decision set (`will examine it on`, `next
 * hearing is scheduled for`): it may lie after the letter was written.
 */
export function ahead(context: TextContext, date: ReadDate): boolean {
  const sentence = spanOf(context.sentences, date.candidate.start);
  return announced(context, date, sentence) || SET_BY_DECISION[0].test(nearLead(context, date, sentence));
}

/**
 * A future marker in the date's own clause: close to the date (`will be heard on`), or further
 * back when no verb in the past comes between (`will consider a further donation at its meeting
 * on 5 April`, but not `will stay in prison after being arrested on 5 May`). A `will` of the
 * reader's memory (RECALL) is no marker.
 */
/** Right before a future marker: the plan it tells was changed (`initially scheduled for`, `initialement fixée au`, `inicialmente prevista para`). */
const SUPERSEDED = /\b(?:initially|originally|first|initialement|d'abord|au\s+départ|inicialmente|originalmente|en\s+un\s+principio)\s+$/iu;

export function announced(context: TextContext, date: ReadDate, sentence: Span): boolean {
  const wide = ownClause(context.text.slice(Math.max(sentence.start, date.candidate.start - FAR_ANNOUNCE_WINDOW), date.candidate.start)).replace(RECALL[0], "");
  // Note: a French or Spanish verb in the future tense, in the date's own clause, in a letter of that language.
  const tense = FUTURE_TENSE[context.language];
  if (tense?.test(wide)) return true;
  const marker = [...wide.matchAll(FUTURE_MARKERS)].at(-1);
  if (!marker) return false;
  // Note: a plan told as superseded is past (`initialement fixée au 11 février, a été reportée au 25 février 2025`).
  if (SUPERSEDED.test(wide.slice(Math.max(0, marker.index - 25), marker.index))) return false;
  const after = wide.slice(marker.index + marker[0].length);
  return wide.length - marker.index <= ANNOUNCE_WINDOW || !PAST_VERB.test(after);
}

/** A clause right after the date that says what will happen on it (`May 20, when the appeal is due to be heard`). */
export function announcedAfter(context: TextContext, date: ReadDate, sentence: Span): boolean {
  const after = context.text.slice(date.candidate.end, Math.min(sentence.end, date.candidate.end + 100));
  if (ANNOUNCED_AFTER[0].test(after)) return true;
  // Note: only a day the main clause is about (`on his release on 23 September, he is likely to`),
  // not a past one in a background phrase (`held since her arrest in March, she is expected to`).
  const lead = context.text.slice(Math.max(sentence.start, date.candidate.start - 60), date.candidate.start);
  return FRONTED_DAY.test(lead) && FUTURE_MAIN_CLAUSE[0].test(after);
}
/** Right before a day a fronted phrase names, with no `since` before it in the clause. */
const FRONTED_DAY = /^(?:(?!\b(?:since|depuis|desde)\b)[^,;])*\b(?:on|upon|le|el)\s+$/iu;

const FUTURE_MARKERS = new RegExp(ANNOUNCED[0].source, "gi");
/** A verb in the past between a distant future marker and the date: the date is another event's. */
const PAST_VERB = /\b(?:\p{L}{2,}ed|was|were|had|did|held|kept|taken|seen|made)\b/iu;
/** How far before the date a future marker may stand when no past verb comes between. */
const FAR_ANNOUNCE_WINDOW = 100;

/** The words of the date's sentence just before it (a future marker must be close to the date). */
export function nearLead(context: TextContext, date: ReadDate, sentence: Span): string {
  return context.text.slice(Math.max(sentence.start, date.candidate.start - ANNOUNCE_WINDOW), date.candidate.start);
}

/** Only the date's own clause counts ("He will stay in prison; he was arrested on 5 May"). */
const ownClause = (lead: string): string => lead.replace(/^.*[;,]/s, "");
