/**
 * Terms listed under one unit and shared out in order: `six and five years respectively`,
 * `3, 4 and 5 years`. Each number becomes its own term; the unit is the last item's.
 */
import { findTerms, formatTerm, type Term } from "./durations.js";
import { NUMBER_SOURCE, parseNumber } from "./numbers.js";

/** Numbers that can be list items: not the articles `a`/`an`. */
const ITEM = `(?!an?\\b)${NUMBER_SOURCE}`;

/** A list of numbers and one unit: `six and five years`. */
// Note: the last item may add a half (`nine, eight and seven and a half years`).
export const TERM_LIST = new RegExp(`\\b(${ITEM}(?:,\\s*${ITEM})*),?\\s+and\\s+(${ITEM})(\\s+and\\s+a\\s+half)?[-\\s](day|week|month|year)s?\\b`, "giu");

/** What joins the items of a list of whole terms or amounts: `, `, ` and `, `, and `. */
export const LIST_GLUE = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/**
 * After a list (and its penalty words): the items are shared out in order, perhaps after the penalty they restate
 * the kind of (`one year and six months and one year of the same penalty, respectively`; session 21).
 */
export const RESPECTIVELY = /^[\s,]*(?:(?:of\s+)?(?:the\s+)?same\s+(?:penalty|punishment|sentence|measure|kind|type)[\s,]*)?respectively\b/iu;

/** `respectively` just before the first term of a list (`were sentenced respectively to nine and six months`). */
export const RESPECTIVELY_BEFORE = /\brespectively[\s,]+(?:to\s+)?$/iu;
/** With `respectively` before the list, its items may each repeat `to` (`to one year and to ten months`). */
export const TO_GLUE = /^(?:,\s*(?:and\s+)?|\s+and\s+)to\s+$/u;

const UNIT_OF: Record<string, "Y" | "M" | "W" | "D"> = { year: "Y", month: "M", week: "W", day: "D" };

/** A list of terms: its whole span and one term per number, in order. */
export interface TermList {
  start: number;
  end: number;
  items: Term[];
}

/** Every list of terms in `text` between `from` and `to`. */
export function findTermLists(text: string, from = 0, to = text.length): TermList[] {
  const slice = text.slice(from, to);
  const lists: TermList[] = [];
  TERM_LIST.lastIndex = 0;
  for (let m = TERM_LIST.exec(slice); m; m = TERM_LIST.exec(slice)) {
    const unit = UNIT_OF[(m[4] ?? "").toLowerCase()];
    if (!unit) continue;
    const items: Term[] = [];
    const numbers = new RegExp(ITEM, "giu");
    for (const n of (m[1] ?? "").matchAll(numbers)) items.push(item(from + m.index + n.index, n[0], unit));
    const last = m[2] ?? "";
    const lastStart = m.index + m[0].lastIndexOf(last);
    items.push({ ...item(from + lastStart, last, unit, m[3] !== undefined), end: from + m.index + m[0].length });
    if (items.some((t) => t.days === 0)) continue;
    lists.push({ start: from + m.index, end: from + m.index + m[0].length, items });
  }
  return lists;
}

/** Note: a half year is six months, a half month fifteen days; a half week or day is not kept. */
function item(start: number, number: string, unit: "Y" | "M" | "W" | "D", half = false): Term {
  const value = parseNumber(number) ?? 0;
  const parts = { Y: 0, M: 0, W: 0, D: 0 };
  parts[unit] = value;
  if (half && unit === "Y") parts.M += 6;
  if (half && unit === "M") parts.D += 15;
  return { start, end: start + number.length, ...formatTerm(parts) };
}

/** `respectively` after a term and its penalty words (`' imprisonment respectively`, `of restricted freedom, respectively`). */
const RESPECTIVELY_NEAR = /^[^.;:!?\d]{0,60}?\brespectively\b/iu;
/** The conjunction inside a compound term (`one year and six months`). */
const COMPOUND_AND = /\s+(?:and|y|et)\s+/u;

/**
 * A compound term of two parts (`one year and six months`) that a `respectively` after it shares out (`A and B: one
 * year and six months' imprisonment respectively`): no one term is written so with `respectively`, so each part is one
 * person's, in order (session 21). `after` is the text after the term. Returns the two parts, or null.
 */
export function respectivePair(text: string, term: Term, after: string): [Term, Term] | null {
  if (!RESPECTIVELY_NEAR.test(after)) return null;
  const and = COMPOUND_AND.exec(text.slice(term.start, term.end));
  if (!and) return null;
  const first = findTerms(text, term.start, term.start + and.index);
  const second = findTerms(text, term.start + and.index + and[0].length, term.end);
  const [a] = first;
  const [b] = second;
  if (first.length !== 1 || second.length !== 1 || !a || !b || a.start !== term.start || b.end !== term.end) return null;
  return [a, b];
}
