/**
 * Rule `sentences/noun-term`: a term that a penalty noun follows or precedes, without a
 * penalty verb before it: `an 18-month restricted freedom term`, `6 months suspended
 * sentence`, `three years of restricted freedom`, `a prison term of five years`.
 */
import type { SentenceCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { guard } from "./guards.js";
import { SUSPENDED_AFTER, kindOf } from "./kinds.js";
import { SUSPENDED_PART_AFTER, SUSPENDED_PART_BEFORE } from "./suspended-part.js";
import { termsInContext, type TermInContext } from "./terms.js";
import { verbTerms } from "./verb-term.js";

/**
 * A penalty noun just before the term: `a prison term of`, `imprisonment for`, `restrictions on
 * her freedom of movement for`.
 * Note: bare `detention for` is left out; it is mostly custody (`extended his detention for`).
 * Note: and the post-Soviet codes' names (`living under a restriction of freedom for 18 months`, `deprivation of liberty
 * for two years`, session 22).
 */
export const NOUN_BEFORE =
  /\b(?:(?:(?:prison|jail|suspended|custodial)\s+)?sentences?|(?:prison|jail|suspended|custodial)\s+terms?|imprisonment|probation(?:ary)?(?:\s+period)?|restricted\s+freedom|house\s+arrest|home\s+(?:imprisonment|detention|confinement)|administrative\s+(?:arrest|detention)|correct(?:ive|ional)\s+labou?r|(?:police|judicial|administrative|court)\s+(?:surveillance|supervision)|internal\s+exile|good[\s-]+behaviou?r\s+bond|(?:restriction|limitation|restraint|deprivation)\s+of\s+(?:freedom|liberty)|restrictions?\s+on\s+(?:(?:his|her|their|the)\s+)?(?:freedom|liberty)(?:\s+of\s+movement)?)\s+(?:of|for)\s+$/iu;

/**
 * A judge's verb that suspends the term right after it (`She suspended 60 days of jail time for X`,
 * `suspending a further three months`): a suspended term, when the words after it name custody.
 */
const SUSPENDED_VERB = /\bsuspend(?:ed|ing|s)?\s+(?:(?:a|an|the|another|a\s+further|further)\s+)?$/iu;

/**
 * After a bare `term`: imposed on someone, so a penalty (`the 54-month term imposed on her at first
 * instance`, `the term that the trial court had imposed on X`), unlike `his five-year term as
 * president`; `handed to`/`given to` alone may pass on an office (`the board's two-year term handed to X`).
 */
const IMPOSED_AFTER =
  /^\s*(?:(?:that|which)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:had\s+|has\s+)?|(?:was|had\s+been|has\s+been)\s+)?(?:imposed\s+(?:on|upon)|handed\s+down\s+to|meted\s+out\s+to)\b/iu;

/**
 * A dash right before the term, and a ruling's verb before it in the term's left context. Note: not a colon, after which
 * the terms go each to a name (`…: 30 days for A, 20 for B`: sentences/chain).
 */
const AFTER_DASH = /\s[–—-]\s+$/u;
const RULING_BEFORE_DASH = /\b(?:handed\s+down|sentenced|imposed|gave|given|meted\s+out|ordered)\b/iu;

/** A ruling in the sentence: supervision counts only as a court's order. */
const RULING = /\b(?:sentenc|court|judge|convict|ordered|verdict|ruling)/iu;
/**
 * `placed under police supervision` states the order itself (as `placed under house arrest`), with or
 * without the court in its sentence (`were also placed under police supervision for one year after serving
 * their terms`); not when another agent did the placing (`… by the security service`), nor police who
 * `kept him under surveillance`.
 */
const PLACED_UNDER = /\bplaced\s+under\s+(?:police|judicial|administrative|court)\s+(?:surveillance|supervision)\b(?![^.;]+\bby\s+(?:the\s+)?(?!court|judge|tribunal|magistrate)\p{L})/iu;
/** `two years' exile to Zabol`: exile to a place, not years spent `in exile` abroad. */
const EXILE_TO = /^\s*to\s+\p{Lu}/u;

/**
 * Readings already made: the noun-term, chain and changed rules each ask for the same terms (the
 * terms of a context are computed once, so a term object stands for its context's text).
 */
const readings = new WeakMap<TermInContext, Unstamped<SentenceCandidate> | null>();

/** The noun-term reading of a term, or null when it is not one (remembered per term). */
export function nounTerm(term: TermInContext, text: string): Unstamped<SentenceCandidate> | null {
  const known = readings.get(term);
  if (known !== undefined) return known;
  const reading = readNounTerm(term, text);
  readings.set(term, reading);
  return reading;
}

function readNounTerm(term: TermInContext, text: string): Unstamped<SentenceCandidate> | null {
  const before = NOUN_BEFORE.exec(term.left);
  const runKind = kindOf(term.run);
  const after = text.slice(Math.max(term.runEnd, term.end), Math.max(term.runEnd, term.end) + 30);
  // Note: a list item `X: 2 years, suspended` states its kind after the term.
  // Note: the suspended part of a term (`…, of which 6 months were suspended`) is a suspended term.
  const part = SUSPENDED_PART_BEFORE.test(term.left) && SUSPENDED_PART_AFTER.test(text.slice(term.end, term.end + 30));
  // Note: and a custodial term suspended after its penalty word (`nine months' imprisonment, wholly suspended for two years`), as verb-term reads it.
  const suspendedByVerb = (runKind === "prison" || runKind === "detention") && (SUSPENDED_VERB.test(term.left) || SUSPENDED_AFTER.test(after));
  const stated = part || suspendedByVerb ? "suspended prison" : (runKind ?? (before ? kindOf(before[0]) : null) ?? (SUSPENDED_AFTER.test(after) ? "suspended prison" : null));
  // Note: a ruling that names its penalty and people, then the terms after a dash (`handed down administrative
  // detention to A and B – twelve days and eight days respectively`): the terms are of that kind (session 22).
  const kind = stated ?? (AFTER_DASH.test(term.left) && RULING_BEFORE_DASH.test(term.left) ? kindOf(term.left) : null);
  // Note: a bare `term` names no penalty (`his five-year term as president`); `sentence` does.
  const named = kind !== null || /\bsentence/iu.test(term.run) || before !== null || (/\bterms?\b/iu.test(term.run) && IMPOSED_AFTER.test(after));
  if (!named) return null;
  if (kind === "surveillance" && !RULING.test(text.slice(term.window.start, term.window.end)) && !PLACED_UNDER.test(text.slice(term.window.start, term.window.end))) return null;
  if (kind === "internal exile" && !/\binternal\s+exile\b/iu.test(`${before?.[0] ?? ""} ${term.run}`) && !EXILE_TO.test(after)) return null;
  // Note: how long supervision lasts is often told from the release (`for two years after his release`).
  const tail = kind === "surveillance" ? text.slice(term.end, term.end + 40).replace(/^\s+after\s+(?:his|her|their)\s+release\b/iu, "") : text.slice(term.end, term.end + 40);
  if (guard(term, tail, text) !== null) return null;
  const article = /\b(?:an?|the)\s+$/iu.exec(term.left);
  let start = term.leftStart + term.left.length;
  if (before) start = term.leftStart + before.index;
  else if (article) start = term.leftStart + article.index;
  const end = part ? term.end + (SUSPENDED_PART_AFTER.exec(text.slice(term.end))?.[0].length ?? 0) : Math.max(term.runEnd, term.end);
  return { type: "sentence", text: text.slice(start, end), start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

export const nounTermRule: Extractor<SentenceCandidate> = {
  id: "sentences/noun-term",
  type: "sentence",
  extract: (context) => {
    const verbs = verbTerms(context);
    return termsInContext(context).flatMap((term) => {
      if (verbs.has(term)) return [];
      const found = nounTerm(term, context.text);
      return found ? [found] : [];
    });
  },
};
