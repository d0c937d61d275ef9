/**
 * Rule `sentences/table-cell`: a bare term filling a cell of a table's penalty column
 * (`Name⇥Sentence` over `Ela Brook⇥5 years`): the header says what the term is. A cell that
 * says more (`5 years in prison`) is the other rules' to read; a column the header does not name
 * as a penalty (`Age`, `Years of service`) never gives a sentence. Its kind is the header's
 * (`Prison term` → prison), else unknown.
 */
import type { SentenceCandidate } from "../../records.js";
import { dittoIn, tableRows } from "../tables.js";
import type { Extractor, Unstamped } from "../types.js";
import { findTerms } from "./durations.js";
import { kindOf } from "./kinds.js";

/** A header naming fines is no sentence column (`Fine` over `500 euros`). */
const FINE_HEADER = /^\s*fines?\s*$/iu;

/** A bracket after a cell's term giving the part served or suspended (`(5 years enforceable)`, `(2 suspended)`). */
// Note: also a part counted after a comma (`3 years, 2 suspended`, session 22); not `, suspended`, which makes the whole term so.
const PART_ASIDE = /^\s*(?:\([^()]*\b(?:enforceable|enforced|to\s+serve|to\s+be\s+served|effective|suspended|on\s+probation|remaining)\b[^()]*\)|,\s*[^,()\n]{0,24}?\d[^,()\n]{1,24}?\b(?:enforceable|to\s+serve|to\s+be\s+served|suspended)\b[^,()\n]{0,24}?)[\s.;,]*$/iu;

/**
 * A short bracket after a cell's term, with no number, noting how it was reached or given
 * (`Seven and a half years (combined)`, `5 months (HAGB)`, `2 years (in absentia)`); not one that
 * makes it no sentence (`(requested)`, `(maximum)`, `(overturned)`).
 */
// Note: nor one that says the term stands as another column gave it (`6 years (upheld)`, `(confirmed)`: no second penalty, session 22).
const NOTE_ASIDE = /^\s*\((?![^()]*\b(?:request\w*|demand\w*|sought|asked|maximum|max|minimum|acquitt\w*|overturned|quashed|annulled|charge[ds]?|faces?|possible|upheld|confirmed|unchanged|maintained|same)\b)[^()\d]{1,30}\)[\s.;,]*$/iu;

/**
 * What a penalty cell may say after its term and still be the term: its kind (`3 years with hard
 * labour`) and the law it was imposed under (`(s. 505A, Penal Code)`,
 * `(art. 17(1), Unlawful Associations Act)`).
 */
// Note: not `in prison` (`5 years in prison` is the other rules' to read).
const KIND_TAIL = /^\s*with\s+hard\s+labou?r\b/iu;
const LAW_ASIDE = /^\s*\((?:ss?|sec|section|arts?|article|§)\.?\s*\d[^()]{0,40}(?:\([^()]{1,6}\)[^()]{0,40})?\)[\s.;,]*$/iu;

export const tableCellRule: Extractor<SentenceCandidate> = {
  id: "sentences/table-cell",
  type: "sentence",
  extract(context) {
    const { text, paragraphs } = context;
    if (!text.includes("\t")) return [];
    const found: Unstamped<SentenceCandidate>[] = [];
    // Note: the term each penalty column gave on the row above, for a cell that repeats it (DITTO).
    let above = new Map<number, Unstamped<SentenceCandidate>>();
    for (const row of tableRows(text, paragraphs)) {
      const given = new Map<number, Unstamped<SentenceCandidate>>();
      // Note: every penalty column, each of its header's kind (`Sentence` and `Probation` side by side).
      for (const [index, column] of (row.columns ?? []).entries()) {
        if (column !== "penalty") continue;
        const cell = row.cells[index];
        const head = row.header?.[index];
        if (!cell || !head || FINE_HEADER.test(text.slice(head.start, head.end))) continue;
        const repeated = above.get(index);
        const ditto = repeated ? dittoIn(text, cell) : null;
        if (repeated && ditto) {
          const copy = { ...repeated, ...ditto, term: { start: ditto.start, end: ditto.end } };
          found.push(copy);
          given.set(index, copy);
          continue;
        }
        const terms = findTerms(text, cell.start, cell.end);
        const term = terms[0];
        // Note: the cell is the term and nothing else but punctuation, or a bracket after it that
        // says what part of it is served (`8 years (5 years enforceable)`): the whole term is the sentence.
        const tail = text.slice(term?.end ?? 0, cell.end);
        const kindTail = KIND_TAIL.exec(tail)?.[0] ?? "";
        const rest = tail.slice(kindTail.length);
        const note = NOTE_ASIDE.test(rest);
        const aside = note || PART_ASIDE.test(rest) || LAW_ASIDE.test(rest);
        if (!term || (terms.length !== 1 && !aside) || !/^\s*$/u.test(text.slice(cell.start, term.start)) || !(aside || /^[\s.;,]*$/u.test(rest))) continue;
        const candidate: Unstamped<SentenceCandidate> = {
          type: "sentence", start: term.start, end: term.end, text: text.slice(term.start, term.end),
          // Note: a note after the term may name the kind (`5 months (suspended)`, `(HAGB)`); a part
          // served or suspended (PART_ASIDE) does not make the whole term of that kind.
          kind: (note ? kindOf(rest) : null) ?? kindOf(kindTail) ?? kindOf(text.slice(head.start, head.end)), duration: term.duration, days: term.days,
          term: { start: term.start, end: term.end }, share: null,
        };
        found.push(candidate);
        given.set(index, candidate);
      }
      above = given;
    }
    return found;
  },
};
