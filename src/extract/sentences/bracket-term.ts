/**
 * Rule `sentences/bracket-term`: terms given in brackets after the names they reach, in a
 * sentence that convicts or sentences them:
 *   `convicted Amos Tumwesigye (three years), Grace Nakato and Brian Ocen (two years each) of …`
 * The bracket holds the term alone (perhaps `each`, `suspended`); the candidate runs from the
 * names before it, so the penalties stage gives it to them. A bracket in a sentence with no
 * ruling (an age, a tenure: `Ana Ruiz (34 years)`) is no penalty.
 */
import type { SentenceCandidate } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { findTerms } from "./durations.js";
import { kindOf } from "./kinds.js";
import { windowsWith } from "./windows.js";

/** A ruling in the sentence: the bracketed terms are what it gave. */
const RULING = /\b(?:convicted|sentenced|jailed|imprisoned|found\s+(?:\w+\s+){0,3}guilty)\b/iu;

/** A bracket that holds a term and nothing else but `each`, `suspended` or a kind word; group 1 its inside. */
const BRACKET = /\(([^()\n]{3,62})\)/gu;
const ONLY_TERM = /^(?:\s|,|each\b|apiece\b|suspended\b|in\s+(?:prison|jail)\b|of\s+imprisonment\b|imprisonment\b|prison\b|jail\b|detention\b)*$/iu;

/** The names right before the bracket: capitalised words, joined by `and` or commas. */
const NAMES_BEFORE = /(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})*\s*$/u;

/** The longest term a bracket is read as: a longer one is more likely an age. */
const MAX_DAYS = 25 * 365;

export const bracketTermRule: Extractor<SentenceCandidate> = {
  id: "sentences/bracket-term",
  type: "sentence",
  extract(context) {
    const { text } = context;
    const found: Unstamped<SentenceCandidate>[] = [];
    for (const window of windowsWith(context, RULING)) {
      const slice = text.slice(window.start, window.end);
      let from = 0;
      for (const m of slice.matchAll(BRACKET)) {
        const open = window.start + m.index;
        const insideStart = open + m[0].indexOf(m[1] ?? "");
        const inside = m[1] ?? "";
        const terms = findTerms(text, insideStart, insideStart + inside.length);
        const term = terms.length === 1 ? terms[0] : undefined;
        const beforeStart = from;
        const before = slice.slice(beforeStart, m.index);
        from = m.index + m[0].length;
        if (!term || term.days > MAX_DAYS) continue;
        const rest = text.slice(insideStart, term.start) + text.slice(term.end, insideStart + inside.length);
        if (!ONLY_TERM.test(rest)) continue;
        const names = NAMES_BEFORE.exec(before);
        if (!names) continue;
        const start = window.start + beforeStart + names.index;
        const end = open + m[0].length;
        const kind = /suspended/iu.test(rest) ? "suspended prison" : kindOf(rest);
        found.push({ type: "sentence", text: text.slice(start, end), start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: null });
      }
    }
    return found;
  },
};
