/**
 * Rule `sentences/table-cell`: a bare term filling a cell of a table's penalty column
 * (`Name⇥Sentence` over `Ela Brook⇥5 years`): the header says what the term is. A cell that
 * says more (`5 years in prison`) is the other rules' to read; a column the header does not name
 * as a penalty (`Age`, `Years of service`) never gives a sentence. Its kind is the header's
 * (`Prison term` → prison), else unknown.
 */
import type { SentenceCandidate } from "../../records.js";
import { tableRows } from "../tables.js";
import type { Extractor, Unstamped } from "../types.js";
import { findTerms } from "./durations.js";
import { kindOf } from "./kinds.js";

/** A header naming fines is no sentence column (`Fine` over `500 euros`). */
const FINE_HEADER = /^\s*fines?\s*$/iu;

export const tableCellRule: Extractor<SentenceCandidate> = {
  id: "sentences/table-cell",
  type: "sentence",
  extract(context) {
    const { text, paragraphs } = context;
    if (!text.includes("\t")) return [];
    const found: Unstamped<SentenceCandidate>[] = [];
    for (const row of tableRows(text, paragraphs)) {
      const index = row.columns?.indexOf("penalty") ?? -1;
      const cell = row.cells[index];
      const head = row.header?.[index];
      if (!cell || !head || FINE_HEADER.test(text.slice(head.start, head.end))) continue;
      const terms = findTerms(text, cell.start, cell.end);
      const term = terms[0];
      // Note: the cell is the term and nothing else but punctuation.
      if (!term || terms.length !== 1 || !/^\s*$/u.test(text.slice(cell.start, term.start)) || !/^[\s.;,]*$/u.test(text.slice(term.end, cell.end))) continue;
      found.push({
        type: "sentence", start: term.start, end: term.end, text: text.slice(term.start, term.end),
        kind: kindOf(text.slice(head.start, head.end)), duration: term.duration, days: term.days,
        term: { start: term.start, end: term.end }, share: null,
      });
    }
    return found;
  },
};
