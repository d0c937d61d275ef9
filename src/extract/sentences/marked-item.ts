/**
 * Rule `sentences/marked-item`: a numbered or bulleted list of people under an introduction that
 * names penalties (`ANNEX: workers in detention or sentenced`), each line opening with a name and
 * giving its terms among other particulars, in whatever order and punctuation:
 *   `2) Jassim Ali, smelter worker: ten years; sentence upheld on 3 March 2016.`
 *   `5. Name, member of the board; 7 years and 6 months; 21/01/2020.`
 *   `9. Name, dock worker, 3 years under the Anti-Terrorism Law, followed by 2 years of police surveillance.`
 * Every term on such a line that no guard rules out is a penalty of the line's person (a second
 * term is a term changed on appeal or a further penalty). list-item reads the runs of lines whose
 * term closes them; this rule reads the rest. Two marked lines at least, as a list.
 */
import type { SentenceCandidate, Span } from "../../records.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { findTerms } from "./durations.js";
import { respectivePair } from "./term-lists.js";
import { guard } from "./guards.js";
import { SUSPENDED_AFTER, kindOf } from "./kinds.js";
import { INTRO, INTRO_REACH, itemTerms } from "./list-item.js";

/**
 * A list marker, an optional honorific and a capitalised name, then a separator or the line's end
 * (`2) Jassim Ali, `, `- Ms. Lina Haddad: `, `• Tran Van Minh – `).
 */
// Note: or two names joined by a conjunction (markedName decides when).
const ONE_NAME = String.raw`(?:(?:Mr|Ms|Mrs|Dr|Mme|M|Sr|Sra)\.? +)?\p{Lu}[\p{L}\p{M}'’.-]*(?: +(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:al|el|bin|binti|de|da|van|von|wa)(?=[ -])))+`;
const CONJUNCTION = / (?:and|et|y|&) /u;
export const MARKED_NAME: readonly [RegExp, string, string] = [
  new RegExp(String.raw`^[\s>]*(?:[-–—•*·] +|\(?\d{1,2}[.)] *)${ONE_NAME}(?: +(?:and|et|y|&) +${ONE_NAME})? *(?:\([^)\n]{1,40}\) *)?(?=[,;:–—(-]|$)`, "u"),
  "a marked list line's name",
  "2) Jassim Ali, ",
];
/** A particulars line's separator, then a word sharing the term out (`: 12 years each`, `: six mois chacun`, `: cinco años cada uno`). */
const SHARED_OUT = /(?:[:–—]|\s-\s)[^\n]*?(?<!\p{L})(?:each|apiece|chacune?|cada\s+un[oa])(?!\p{L})/u;

/**
 * The name opening a marked line (MARKED_NAME), or null. Two names joined by a conjunction only on a particulars line
 * that shares its term out (`3. Mao Dara and Mao Davy, sisters: one year in prison each`, `- Aya Kouassi et Ibrahim
 * Traoré : six mois chacun`): the term is each one's (penalties.ts). Not a prose bullet (`• A and B, both nurses, were
 * each fined …`, no colon or dash) nor a summary's pair with two terms (`- A and B: four and three years' imprisonment`).
 */
function markedName(line: string): RegExpExecArray | null {
  const head = MARKED_NAME[0].exec(line);
  if (!head || !CONJUNCTION.test(head[0])) return head;
  return SHARED_OUT.test(line.slice(head[0].length)) ? head : null;
}

/** Around a term, within its part of the line: the term is a time served or a time of another kind. */
const NOT_PENALTY = /\b(?:worked|working|employed|member|membership|service|served|serving|aged|since|past|detained|held|remand(?:ed)?|custody|awaiting|pending|spent|without\s+trial|on\s+strike|hunger)\b/iu;

/** Where a line's particulars part: the term's own part starts after the last of these. */
const PART_START = /[;:–—(]|,\s|\s-\s/gu;

/** The text of the line from the last separator before `at`. */
function partBefore(text: string, from: number, at: number): string {
  const slice = text.slice(from, at);
  const last = [...slice.matchAll(PART_START)].at(-1);
  return last ? slice.slice(last.index + last[0].length) : slice;
}

/** The text after a term to the next separator, which names its kind (`of police surveillance`). */
function partAfter(text: string, at: number, lineEnd: number): string {
  const slice = text.slice(at, lineEnd);
  const next = /[;:–—(+]|,\s/u.exec(slice);
  return next ? slice.slice(0, next.index) : slice;
}

/** A marked line of a penalty list: where its name stands and the penalties the line gives it. */
export interface MarkedLine {
  line: Span;
  /** The name after the marker, honorific included, bracketed note and spaces left out (`Ms. Lina Haddad`). */
  name: Span;
  penalties: Unstamped<SentenceCandidate>[];
}

/** The penalties on one marked line, or null when it is no marked line with a name. */
function lineTerms(text: string, line: Span, introKind: ReturnType<typeof kindOf>): MarkedLine | null {
  const head = markedName(text.slice(line.start, line.end));
  if (!head) return null;
  const nameEnd = line.start + head[0].length;
  const start = line.start + (/^[\s>]*(?:[-–—•*·] +|\(?\d{1,2}[.)] *)/u.exec(head[0])?.[0].length ?? 0);
  const name = { start, end: start + text.slice(start, nameEnd).replace(/\s*(?:\([^)\n]*\)\s*)?$/u, "").length };
  const out: Unstamped<SentenceCandidate>[] = [];
  // Note: `A (India) and B (Bangladesh): one year and six months' imprisonment respectively`: the compound's parts, one each (term-lists.ts).
  const found = findTerms(text, nameEnd, line.end);
  const pair = found.length === 1 && found[0] ? respectivePair(text, found[0], text.slice(found[0].end, line.end)) : null;
  const terms = pair ?? found;
  for (const [index, term] of terms.entries()) {
    const part = partBefore(text, nameEnd, term.start);
    if (NOT_PENALTY.test(part)) continue;
    const after = partAfter(text, term.end, line.end);
    if (NOT_PENALTY.test(after)) continue;
    const window = { start: line.start, end: line.end };
    const ruledOut = guard({ ...term, window, leftStart: nameEnd, runEnd: term.end, left: text.slice(nameEnd, term.start), run: "", share: null }, after);
    if (ruledOut) continue;
    // Note: a term suspended after its penalty word (`nine months' imprisonment, wholly suspended for two years`).
    const suspended = SUSPENDED_AFTER.test(text.slice(term.end + after.length, line.end));
    out.push({
      type: "sentence", text: text.slice(start, term.end), start, end: term.end, kind: suspended ? "suspended prison" : (kindOf(after) ?? kindOf(part) ?? introKind),
      duration: term.duration, days: term.days, term: { start: term.start, end: term.end }, share: pair ? { index, count: 2 } : null,
    });
  }
  return { line, name, penalties: out };
}

const cache = new WeakMap<TextContext, MarkedLine[]>();

/**
 * The marked lines of every penalty list of a letter (two marked lines at least, under an
 * introduction naming penalties), each with its name and penalties; memoised per letter, as the
 * people rule `people/marked-item` asks for the same lines.
 */
export function markedLines(context: TextContext): MarkedLine[] {
  const known = cache.get(context);
  if (known) return known;
  const { text, lines } = context;
  const found: MarkedLine[] = [];
  let block: Span[] = [];
  const close = (): void => {
    const first = block[0];
    if (block.length >= 2 && first) {
      const intro = text.slice(Math.max(0, first.start - INTRO_REACH), first.start);
      const match = INTRO.exec(intro);
      if (match) {
        const kind = kindOf(intro.slice(match.index));
        for (const line of block) {
          const marked = lineTerms(text, line, kind);
          if (marked) found.push(marked);
        }
      }
    }
    block = [];
  };
  // Note: a line whose one term closes it, next to another such line, is list-item's (its block
  // of two or more); a lone one (`- Name: 8 days.` between longer lines) is read here.
  const closing = itemTerms(context).map((item) => item !== null);
  lines.forEach((line, i) => {
    if (text.slice(line.start, line.end).trim() === "") return;
    const listItems = closing[i] === true && (closing[i - 1] === true || closing[i + 1] === true);
    if (markedName(text.slice(line.start, line.end))) {
      if (!listItems) block.push(line);
    } else close();
  });
  close();
  cache.set(context, found);
  return found;
}

export const markedItemRule: Extractor<SentenceCandidate> = {
  id: "sentences/marked-item",
  type: "sentence",
  extract: (context) => markedLines(context).flatMap((line) => line.penalties),
};
