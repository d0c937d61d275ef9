/**
 * Rule `sentences/indeterminate`: an indeterminate sentence (Philippine law) states a minimum and a
 * maximum, `sentenced X to six months and one day of prision correccional, as minimum, to four
 * years, two months and one day of prision mayor, as maximum`. The maximum is the sentence (the
 * main record); the minimum, a parole floor, is no record of its own (guards.ts, AFTER_ROWS
 * `minimum`). Decision of fixtures/heldout7's writers, kept in docs/penalties.md.
 */
import type { SentenceCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { kindOf } from "./kinds.js";
import { termsInContext } from "./terms.js";

/** `[pattern, label, example]`: the minimum's label and the `to` that opens the maximum, left of it. */
export const MIN_TO_MAX: readonly [RegExp, string, string] = [
  /,?\s+as\s+(?:the\s+|its\s+)?minimum,?\s+to\s+$/iu,
  "the minimum's label, then `to`",
  " of prision correccional, as minimum, to ",
];

/** `[pattern, label, example]`: after the maximum, its label (the penalty's name may come between). */
export const MAXIMUM_AFTER: readonly [RegExp, string, string] = [
  /^(?:\s+(?:of\s+)?\p{L}+(?:\s+\p{L}+)?)?,?\s+as\s+(?:the\s+|its\s+)?maximum\b/iu,
  "the maximum's label",
  " of prision mayor, as maximum",
];

/** A penalty named earlier in the sentence: the maximum is a term of it. */
const PENALTY = /\b(?:sentenc\w*|condemned|imposed|penalty|imprisonment|prison)\b/iu;

export const indeterminateRule: Extractor<SentenceCandidate> = {
  id: "sentences/indeterminate",
  type: "sentence",
  extract(context) {
    const { text } = context;
    const found: Unstamped<SentenceCandidate>[] = [];
    for (const term of termsInContext(context)) {
      const after = MAXIMUM_AFTER[0].exec(text.slice(term.end, term.end + 60));
      if (!after || !MIN_TO_MAX[0].test(term.left)) continue;
      const before = text.slice(term.window.start, term.start);
      if (!PENALTY.test(before)) continue;
      const end = term.end + after[0].length;
      const kind = kindOf(after[0]) ?? kindOf(before) ?? "prison";
      found.push({ type: "sentence", text: text.slice(term.start, end), start: term.start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share });
    }
    return found;
  },
};
