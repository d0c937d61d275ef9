/**
 * A subject that counts the first or last people of a list set out line by line before it (session 21): `In addition,
 * the court ordered each of the first four to pay a fine of …` after `1. A, …: 14 years; ⏎ 2. B, …: 10 years; ⏎ 3. C
 * and D, …: 12 years each; ⏎ 4. E, …: 4 years, suspended` → A, B, C and D (people, not lines, are counted).
 */
import type { Person } from "../records.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";
import { COUNTS } from "./penalties-groups.js";

/** `the first four`, `the last two`, `los tres primeros` is not read (English only): group `edge` and `count`. */
const FIRST_N = /\bthe\s+(?<edge>first|last)\s+(?<count>two|three|four|five|six|seven|eight|nine|ten|[2-9])\b(?!\s*(?:-|year|month|week|day|hour|time|of\s+(?:the\s+)?(?:year|month|charge|count)))/iu;
/** A list line: a marker (`1.`, `2)`, `-`, `•`) before its text. */
const MARKED = /^[ \t>]*(?:\d{1,2}[.)]|[-–—•*·])[ \t]+/u;
/** Where a list line's label (its names and their particulars) ends: the colon or dash before its penalty. */
const LABEL_END = /\s*(?::|\s[–—-]\s)/u;
/** How many lines back the list may reach. */
const LINE_REACH = 30;

/**
 * The people an ordinal count in the clause before the term stands for (FIRST_N), or null when the clause has none:
 * the names on the labels of the marked lines right before the penalty's paragraph, in order, when every such line
 * names someone and they are more than counted; else none.
 */
export function firstOfList(text: string, mentions: readonly PersonMention[], clauseStart: number, termStart: number, windowStart: number): Person[] | null {
  const m = FIRST_N.exec(text.slice(clauseStart, termStart));
  if (!m) return null;
  const size = COUNTS[(m.groups?.count ?? "").toLowerCase()] ?? Number(m.groups?.count);
  const lines: { start: number; end: number }[] = [];
  let end = text.lastIndexOf("\n", windowStart - 1);
  for (let n = 0; n < LINE_REACH && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === "") {
      if (lines.length > 0) break;
      continue;
    }
    if (!MARKED.test(line)) break;
    lines.unshift({ start, end: start + line.length });
  }
  if (lines.length < 2) return [];
  const labels = lines.map((l) => {
    const from = l.start + (MARKED.exec(text.slice(l.start, l.end))?.[0].length ?? 0);
    const cut = LABEL_END.exec(text.slice(from, l.end));
    return distinct(mentions.filter((p) => p.start >= from && p.end <= (cut ? from + cut.index : l.end)));
  });
  // Note: a line whose person the letter's people missed would shift every later place: nobody then.
  if (labels.some((named) => named.length === 0)) return [];
  const people = distinct(labels.flat().map((person) => ({ start: 0, end: 0, person })));
  if (people.length <= size) return [];
  return m.groups?.edge?.toLowerCase() === "last" ? people.slice(people.length - size) : people.slice(0, size);
}
