/**
 * Rule `sentences/same-period`: probation that lasts as long as the term just given, with no
 * term of its own: `given a two-year suspended sentence and placed on probation for the same
 * period`, `… He was also put on probation for an equal term.` The probation takes the last
 * term stated before it in its sentence, else in the sentence before (same paragraph); with
 * none, nothing. A suspended term's own probation period (`suspended for two years`) is not
 * this rule's: it states its term.
 */
import type { SentenceCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { findTerms } from "./durations.js";
import { windowsOf, windowsWith } from "./windows.js";

/** `[pattern, example]`: probation (or supervision) for a period named only by reference. */
export const SAME_PERIOD: readonly [RegExp, string] = [
  /\b(?:probation|(?:court|judicial|police)\s+supervision)(?:ary\s+period)?\s+for\s+(?:the\s+same\s+(?:period|term|length\s+of\s+time|duration|time)|an?\s+(?:equal|identical|similar)\s+(?:period|term|length\s+of\s+time)|(?:a\s+period\s+)?of\s+(?:equal|the\s+same)\s+length)\b/giu,
  "placed on probation for the same period",
];

/** A window's text holds the cue (a cheap test before the global scan). */
const CUE = /\b(?:same|equal|identical|similar)\b/iu;

export const samePeriodRule: Extractor<SentenceCandidate> = {
  id: "sentences/same-period",
  type: "sentence",
  extract(context) {
    const { text } = context;
    const found: Unstamped<SentenceCandidate>[] = [];
    const windows = windowsOf(context);
    for (const window of windowsWith(context, /\bprobation|supervision/iu)) {
      const slice = text.slice(window.start, window.end);
      if (!CUE.test(slice)) continue;
      for (const m of slice.matchAll(SAME_PERIOD[0])) {
        const start = window.start + m.index;
        // Note: the sentence before counts only within the paragraph (no blank line between).
        const index = windows.findIndex((w) => w.start === window.start);
        const previous = index > 0 ? windows[index - 1] : undefined;
        const from = previous && !text.slice(previous.end, window.start).includes("\n\n") ? previous.start : window.start;
        const term = findTerms(text, from, start).at(-1);
        if (!term) continue;
        const end = start + m[0].length;
        found.push({ type: "sentence", text: text.slice(start, end), start, end, kind: "probation", duration: term.duration, days: term.days, term: { start: start, end }, share: null });
      }
    }
    return found;
  },
};
