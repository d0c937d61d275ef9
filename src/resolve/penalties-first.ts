/**
 * A subject that counts the first or last people of a list set out line by line before it (session 21): `In addition,
 * the court ordered each of the first four to pay a fine of …` after `1. A, …: 14 years; ⏎ 2. B, …: 10 years; ⏎ 3. C
 * and D, …: 12 years each; ⏎ 4. E, …: 4 years, suspended` → A, B, C and D (people, not lines, are counted).
 */
import type { Person, Span } from "../records.js";
import { distinct, type PersonMention } from "./penalties-antecedents.js";
import { COUNTS, listIn } from "./penalties-groups.js";

/** `the first four`, `the last two`: group `edge` and `count`. */
const FIRST_N = /\bthe\s+(?<edge>first|last)\s+(?<count>two|three|four|five|six|seven|eight|nine|ten|[2-9])\b(?!\s*(?:-|year|month|week|day|hour|time|of\s+(?:the\s+)?(?:year|month|charge|count)))/iu;
/**
 * The last people named, count first (session 22): `the latter two`, `these last two`, `ces deux derniers`, `les trois
 * dernières`, `estos dos últimos`, `las dos últimas`: group `count`.
 */
const LATTER_N =
  /(?<!\p{L})(?:(?:the|these|those)\s+(?:latter|last)\s+(?<count>two|three|four|five|[2-5])|(?:ces|les)\s+(?<fr>deux|trois|quatre|cinq|[2-5])\s+derni[eè]re?s|(?:estos|estas|los|las)\s+(?<es>dos|tres|cuatro|cinco|[2-5])\s+últim[oa]s)(?!\p{L})(?!\s*(?:-|year|month|week|day|ans|mois|año|mes))/iu;
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
export function firstOfList(text: string, mentions: readonly PersonMention[], clauseStart: number, termStart: number, windowStart: number, previous: readonly Span[] = []): Person[] | null {
  const lead = text.slice(clauseStart, termStart);
  const latter = LATTER_N.exec(lead);
  const m = latter ?? FIRST_N.exec(lead);
  if (!m) return null;
  const count = (m.groups?.count ?? m.groups?.fr ?? m.groups?.es ?? "").toLowerCase();
  const size = COUNTS[count] ?? Number(count);
  const edge = latter ? "last" : (m.groups?.edge?.toLowerCase() ?? "first");
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
  // Note: `A, B and C were convicted … . The latter two were each fined …`: with no list set out line by line, the last
  // people of the nearest earlier sentence's list, when it names more than counted (session 22).
  if (lines.length < 2) return latter ? lastOfSentenceList(text, mentions, previous, size) : [];
  const labels = lines.map((l) => {
    const from = l.start + (MARKED.exec(text.slice(l.start, l.end))?.[0].length ?? 0);
    const cut = LABEL_END.exec(text.slice(from, l.end));
    return distinct(mentions.filter((p) => p.start >= from && p.end <= (cut ? from + cut.index : l.end)));
  });
  // Note: a line whose person the letter's people missed would shift every later place: nobody then.
  if (labels.some((named) => named.length === 0)) return [];
  const people = distinct(labels.flat().map((person) => ({ start: 0, end: 0, person })));
  if (people.length <= size) return [];
  return edge === "last" ? people.slice(people.length - size) : people.slice(0, size);
}

/** How many sentences back `the latter two` may find its list. */
const LATTER_REACH = 3;

/** The last `size` people of the nearest earlier sentence that lists two or more, when it lists more than `size`; else none. */
function lastOfSentenceList(text: string, mentions: readonly PersonMention[], previous: readonly Span[], size: number): Person[] {
  for (const w of previous.slice(0, LATTER_REACH)) {
    const list = listIn(text, w, mentions);
    if (list.length < 2) continue;
    return list.length > size ? list.slice(list.length - size) : [];
  }
  return [];
}
