/**
 * The first term of a changed penalty (`the appeal court reduced X's sentence from one year to six months`): the
 * term it started from is the first ruling's, dated by it, not by the appeal (resolve/penalties-dates.ts).
 */
import type { DateRecord, Span } from "../records.js";
import { OTHER_EVENT_BEFORE } from "./penalties-dates-claims.js";

/** A term right after `from` that a change of penalty opens (`reduced his sentence from `, `increased … from `). */
const FROM_TERM = /\b(?:reduc\w*|cut|increas\w*|rais\w*|commut\w*|lower\w*|extend\w*|chang\w*|amend\w*)\b[^.;!?]{1,100}?\bfrom\s+$/iu;
/** A sentence telling of a first ruling: a conviction or a sentence, in English, French or Spanish. */
const FIRST_RULING = /\b(?:convicted|sentenced|fined|jailed|found\s+guilty|first\s+instance|condamnée?s?|condenad[oa]s?|première\s+instance|primera\s+instancia)(?!\p{L})/iu;
/** A sentence telling of a later ruling on it: an appeal or a review. */
const LATER_RULING = /\b(?:appeal\w*|appell\w*|upheld|uphold\w*|reduc\w*|cassation|overturn\w*|quash\w*|confirm\w*|increas\w*|commut\w*|appel|apelaci\w*|casaci\w*)(?!\p{L})/iu;
/** How far before a term its change's verb may be. */
const REACH = 160;

/** True when the term at `term` is the one a change of penalty starts from (`reduced … from one year`). */
export const fromTerm = (text: string, window: Span, term: Span): boolean => FROM_TERM.test(text.slice(Math.max(window.start, term.start - REACH), term.start));

/** The sentence around `at`: from the last stop or line end before it to the next. */
function sentenceOf(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)) + 1;
  const stop = /[.!?](?:\s|$)|\n/u.exec(text.slice(at));
  return text.slice(start, stop ? at + stop.index : text.length);
}

/**
 * The date of the first ruling a changed term comes from: the full date nearest the term whose sentence tells of a
 * conviction or sentence and of no appeal (`convicted on December 9 by the Criminal Court`), or null (no date is
 * better than the appeal's).
 */
export function firstRulingDate(text: string, term: Span, dates: readonly DateRecord[]): string | null {
  const first = dates
    // Note: not a date another event claims in that sentence (`arrested on 3 October 2024 and convicted on December 9`).
    .filter((d) => /^\d{4}-\d{2}(?:-\d{2})?$/u.test(d.value) && !OTHER_EVENT_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)))
    .filter((d) => {
      const sentence = sentenceOf(text, d.start);
      return FIRST_RULING.test(sentence) && !LATER_RULING.test(sentence);
    })
    .sort((a, b) => Math.abs(a.start - term.start) - Math.abs(b.start - term.start));
  return first[0]?.value ?? null;
}
