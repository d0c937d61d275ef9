/**
 * Penalty subjects listed below the penalty: a sentence that ends in a colon and is followed by
 * a list, one person to a line (`It sentenced the following five to two years' imprisonment
 * each:` / `The court sentenced three of them to one year in prison:` then `- A, president of …`,
 * `* **B**, …`, `1. C – …`). The penalty reaches the people the lines open with.
 */
import type { Person, Span } from "../records.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";
import { START_HONORIFICS, HONORIFICS } from "../extract/people/lexicon.js";

/** From the term to the colon that closes its sentence, at the end of a line. */
const TO_COLON = /^[^.;:!?\n]{0,240}:[ \t]*\r?\n/u;
/** A list line's marker: a bullet or dash, a number or letter with a stop or bracket. */
const ITEM = /^[ \t]*(?:[-*•▪◦‣–—]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+/u;
/** What may stand between a marker and the name: emphasis, quotes, then a form of address (people/lexicon.ts's). */
const ITEM_LEAD = /^[\s*_"“'‘]*(?:(\p{L}+)(\.)?\s+)?$/u;
const itemLead = (between: string): boolean => {
  const lead = ITEM_LEAD.exec(between);
  const word = lead?.[1]?.toLowerCase();
  // Note: and the French `M.`, which the lexicon leaves out (a lone capital is mostly an initial).
  return lead !== null && (word === undefined || HONORIFICS.has(word) || START_HONORIFICS.has(word) || (word === "m" && lead[2] === "."));
};
/** A sentence end inside a line: not a list item but running text. */
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}/u;
/** How many list lines are read at most. */
const MAX_ITEMS = 30;

/**
 * The people opening each line of a list right below the penalty's sentence, when that sentence
 * ends in a colon after the term and names nobody there; empty when any line opens with no name,
 * or when the penalty counts its people (`the following five`) and the list holds another number.
 */
export function listedBelow(text: string, termEnd: number, window: Span, mentions: readonly PersonMention[], count: number | null): Person[] {
  const colon = TO_COLON.exec(text.slice(termEnd, Math.min(text.length, window.end + 2)));
  if (!colon) return [];
  if (mentions.some((m) => m.start >= termEnd && m.start < termEnd + colon[0].length)) return [];
  const items: PersonMention[] = [];
  let at = termEnd + colon[0].length;
  while (at < text.length && items.length < MAX_ITEMS) {
    const next = text.indexOf("\n", at);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(at, lineEnd);
    at = lineEnd + 1;
    if (line.trim() === "") continue;
    // Note: a reader that drops list markers (Markdown, DOCX) leaves one item to a line: a line of
    // one sentence that opens with a name; the list ends at the first line that is not one.
    const marker = ITEM.exec(line);
    const from = at - line.length - 1 + (marker?.[0].length ?? 0);
    const first = mentions.find((m) => m.start >= from && m.start < lineEnd);
    const opens = first !== undefined && itemLead(text.slice(from, first.start));
    if (!marker && (!opens || SENTENCE_INSIDE.test(line))) break;
    if (!opens) return [];
    items.push(first);
  }
  const listed = distinct(items);
  return count !== null && count !== listed.length ? [] : listed;
}
