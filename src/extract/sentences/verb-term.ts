/**
 * Rule `sentences/verb-term`: a penalty verb followed by its term, `sentenced to 10 days in
 * prison`, `jailed him for one month`, `incarcerated again for 15 days`, `sentenced to serve
 * a 15-day administrative detention`, `received a three-year prison sentence`.
 */
import type { SentenceCandidate, SentenceKind } from "../../records.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { guard } from "./guards.js";
import { SUSPENDED_AFTER, kindOf } from "./kinds.js";
import { termsInContext, type TermInContext } from "./terms.js";

/** `[pattern, kind the verb implies, example]`; the words right after decide first. */
export const VERB_ROWS: readonly (readonly [RegExp, SentenceKind | null, string])[] = [
  [/\b(?:sentenced|condemned|punished)\b/giu, null, "was sentenced to two years"],
  [/\b(?:jailed|imprisoned)\b/giu, "prison", "jailed for two years and six months"],
  [/\b(?:incarcerated|detained)\b/giu, "detention", "detained once again for 15 days"],
  [/\b(?:given|handed(?:\s+down)?|received|receiving|got|serving|served)\b/giu, null, "given a one-and-a-half-year suspended sentence"],
];

/** What may stand between the verb's preposition and the term (`to serve a`, `for another`). */
export const CONNECTOR =
  /\b(?:to|for|of|with|received|receiving|given|handed|got|serving|served)\s+(?:(?:serve|spend|an?|the|another|further|additional|extra|total\s+of|sentences?\s+of|terms?\s+of)\s+){0,3}$/iu;

/** Verbs that say nothing about a penalty unless a penalty word follows the term. */
const WEAK = /^(?:given|handed|received|receiving|got|serving|served)/iu;

/** The last penalty verb in the term's left context, with the kind it implies. */
function lastVerb(term: TermInContext): { index: number; word: string; kind: SentenceKind | null } | null {
  let best: { index: number; word: string; kind: SentenceKind | null } | null = null;
  for (const [pattern, kind] of VERB_ROWS) {
    for (const m of term.left.matchAll(pattern)) {
      if (!best || m.index > best.index) best = { index: m.index, word: m[0], kind };
    }
  }
  return best;
}

/** A clause that leaves out the verb of the one before: `…, and Y to three years`. */
export const GAPPED = /^,?\s*(?:and|while|whereas|but)\s+((?:[^\s,;]+\s+){1,6})(?:to|for)\s+$/u;

/** The penalty just read in the same sentence, whose verb a gapped clause reuses. */
interface Previous {
  window: number;
  kind: SentenceKind | null;
}

/** The verb-term reading of a term, or null when it is not one. */
export function verbTerm(term: TermInContext, text: string, previous: Previous | null = null): Unstamped<SentenceCandidate> | null {
  if (!CONNECTOR.test(term.left)) return null;
  const verb = lastVerb(term);
  if (!verb) return previous && previous.window === term.window.start ? gapped(term, text, previous) : null;
  if (guard(term, text.slice(term.end, term.end + 40)) !== null) return null;
  const between = term.left.slice(verb.index);
  const end = Math.max(term.runEnd, term.end);
  const stated = kindOf(term.run) ?? kindOf(between.slice(verb.word.length)) ?? verb.kind;
  const kind = SUSPENDED_AFTER.test(text.slice(end, end + 30)) ? "suspended prison" : stated;
  if (WEAK.test(verb.word) && kind === null && !/\b(?:sentence|term)/iu.test(term.run)) return null;
  const start = term.leftStart + verb.index;
  return { type: "sentence", text: text.slice(start, end), start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

function gapped(term: TermInContext, text: string, previous: Previous): Unstamped<SentenceCandidate> | null {
  const m = GAPPED.exec(term.left);
  if (!m || guard(term, text.slice(term.end, term.end + 40)) !== null) return null;
  const start = term.leftStart + m[0].indexOf(m[1] ?? "");
  const end = Math.max(term.runEnd, term.end);
  const kind = kindOf(term.run) ?? previous.kind;
  return { type: "sentence", text: text.slice(start, end), start, end, kind, duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: term.share };
}

const cache = new WeakMap<TextContext, Map<TermInContext, Unstamped<SentenceCandidate>>>();

/** The verb-term reading of every term of a context that has one; computed once per context. */
export function verbTerms(context: TextContext): Map<TermInContext, Unstamped<SentenceCandidate>> {
  const cached = cache.get(context);
  if (cached) return cached;
  const found = new Map<TermInContext, Unstamped<SentenceCandidate>>();
  let previous: Previous | null = null;
  for (const term of termsInContext(context)) {
    const candidate = verbTerm(term, context.text, previous);
    if (candidate) {
      found.set(term, candidate);
      previous = { window: term.window.start, kind: candidate.kind };
    }
  }
  cache.set(context, found);
  return found;
}

export const verbTermRule: Extractor<SentenceCandidate> = {
  id: "sentences/verb-term",
  type: "sentence",
  extract: (context) => [...verbTerms(context).values()],
};
