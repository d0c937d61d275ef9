/**
 * Rule `sentences/list-item`: the lines of a list or plain-text table that give each person a
 * term and nothing else, under an introduction that says what the terms are:
 *   `The judge imposed the following prison terms:` … `Name – age – sentence`
 *   `Carlos Ernesto Núñez Blandón – 24 – 13 years`, `- Mr. Lam: 13 years`
 * Two such lines in a row at least; a line alone, or lines with no penalty word shortly before
 * them, are not taken (a list of ages or of years of service looks the same).
 */
import type { SentenceCandidate, Span } from "../../records.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { findTerms } from "./durations.js";
import { kindOf } from "./kinds.js";

/**
 * Before the term on its line: an optional bullet or number, a name (capitalised first), then
 * separators and an optional age (`Name – 24 – `, `2. Name: `, `Name (24): `, `Name\t`).
 */
export const ITEM_BEFORE: readonly [RegExp, string, string] = [
  /^[\s•*·>]*(?:[-–—] +)?(?:\d{1,2}[.)] *)?\p{Lu}[\p{L}\p{M}'’. -]*?\p{L}\.? *[–—:|(,\t-][ \t]*(?:\d{1,3} *[–—:|),\t-][ \t]*(?:[:–—-][ \t]*)?)?$/u,
  "a list line's name and separators",
  "Carlos Ernesto Núñez Blandón – 24 – ",
];

/**
 * The same with a role between the name and a colon (`- Ana Ruiz, general secretary: `), the
 * role any words without a digit or another colon; the name may carry a bracketed age or country first
 * (`2. Andi Rahman (38), the union's secretary: `, session 21).
 */
export const ROLE_BEFORE: readonly [RegExp, string, string] = [
  /^[\s•*·>]*(?:[-–—] +)?(?:\d{1,2}[.)] *)?\p{Lu}[\p{L}\p{M}'’. -]*?\p{L}\.?(?: *\([^()\n:]{1,40}\))?,[ \t]*[^:\d\n]{1,100}:[ \t]*$/u,
  "a list line's name, role and colon",
  "- Ana Ruiz, deputy chairman of the strike committee: ",
];

/**
/**
 * A term shared out to each of the line's people (`Ihar Lapich and Maksim Lapich: 13 days each`, `chacun`,
 * `cada uno`), and the regime it is served under (`12 years each, strict regime`, `, general-regime colony`,
 * `, maximum security`), as post-Soviet and other codes state it: words that say who and how, not another
 * particular (penalties.ts reads `each` to give the term to every name before it).
 */
const EACH = String.raw`(?:\s+(?:each|apiece|chacune?|cada\s+un[oa]))?`;
const REGIME = String.raw`(?:,?\s+(?:in\s+(?:an?\s+)?)?(?:strict|general|special|maximum|high|medium|minimum|enhanced|common|colony)[-\s](?:regime|security)(?:\s+(?:penal\s+)?(?:colony|prison|facility))?|,?\s+(?:[\p{L}-]+\s+)?regime)?`;
/** After the term, to the line's end: penalty words and punctuation only. */
const ITEM_AFTER = new RegExp(String.raw`^${EACH}(?:\s+(?:in\s+prison|of\s+imprisonment|imprisonment|prison|jail|in\s+jail))?${EACH}${REGIME}[\s.;,)]*$`, "iu");
/** Or a short phrase naming the penalty's kind (`of restricted freedom`, `in a penal colony`): see kindOf. */
const KIND_AFTER = /^ +(?:of|in|under|at) +(?:an? +)?[\p{L}-]+(?: [\p{L}-]+){0,4}[.;,)]*\s*$/iu;
/** A fine stated on the same line (`: 5 years and a fine of two million kyats`), which the fines stage reads. */
const FINE_TAIL = /,?\s+(?:and|plus)\s+(?:an?\s+)?(?:fine|penalty)\s+of\b[^\n]*$/iu;

/** A penalty word in the introduction to the list (`the following prison terms`, `sentence`). */
// Note: a court's name heading its rulings (`Kirovsky District Court, 5 February:`) introduces them too.
// Note: and the rulings named as such (`The decisions are as follows:`, `the judgments:`), a court's word for its penalties.
export const INTRO = /\b(?:sentenc\w*|prison|jail\w*|imprison\w*|terms|convict\w*|verdicts?|penalt(?:y|ies)|criminal\s+(?:cases?|proceedings|trials?)|courts?|tribunals?|decisions|rulings|judge?ments)\b/iu;
/** How far before the list its introduction may start, in characters. */
export const INTRO_REACH = 300;

/** The term closing a list line, with what its line says before it, or null. */
function itemTerm(text: string, line: Span): Unstamped<SentenceCandidate> | null {
  const term = findTerms(text, line.start, line.end).at(-1);
  if (!term) return null;
  const before = text.slice(line.start, term.start);
  if (!ITEM_BEFORE[0].test(before) && !ROLE_BEFORE[0].test(before)) return null;
  const after = text.slice(term.end, line.end).replace(FINE_TAIL, "");
  if (!ITEM_AFTER.test(after) && !(KIND_AFTER.test(after) && kindOf(after) !== null)) return null;
  const start = line.start + (/^\s*/u.exec(text.slice(line.start, line.end))?.[0].length ?? 0);
  const end = line.end - (/\s*$/u.exec(text.slice(line.start, line.end))?.[0].length ?? 0);
  return {
    type: "sentence", text: text.slice(start, end), start, end, kind: kindOf(after), duration: term.duration, days: term.days,
    term: { start: term.start, end: term.end }, share: null,
  };
}

const itemCache = new WeakMap<TextContext, (Unstamped<SentenceCandidate> | null)[]>();

/**
 * Each line's item (itemTerm), computed once per context: list-item and marked-item both ask,
 * and reading every line's terms is a measurable part of the pipeline's cost (docs/performance.md).
 */
export function itemTerms(context: TextContext): readonly (Unstamped<SentenceCandidate> | null)[] {
  const cached = itemCache.get(context);
  if (cached) return cached;
  const items = context.lines.map((line) => itemTerm(context.text, line));
  itemCache.set(context, items);
  return items;
}

export const listItemRule: Extractor<SentenceCandidate> = {
  id: "sentences/list-item",
  type: "sentence",
  extract(context) {
    const { text } = context;
    const found: Unstamped<SentenceCandidate>[] = [];
    let block: Unstamped<SentenceCandidate>[] = [];
    const close = (): void => {
      const first = block[0];
      if (block.length >= 2 && first) {
        const intro = text.slice(Math.max(0, first.start - INTRO_REACH), first.start);
        const match = INTRO.exec(intro);
        // Note: `the following prison terms` gives the kind of every term that states none.
        const kind = match ? kindOf(intro.slice(match.index)) : null;
        if (match) found.push(...block.map((item) => ({ ...item, kind: item.kind ?? kind })));
      }
      block = [];
    };
    for (const item of itemTerms(context)) {
      if (item) block.push(item);
      else close();
    }
    close();
    return found;
  },
};
