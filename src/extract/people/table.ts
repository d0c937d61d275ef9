/**
 * Tables of signatories: rows under a header with a `Name` column (`Name | Organisation |
 * Country`). Every cell of that column that is a name is a person; an `Organisation` or
 * `Position` column gives the person's body and role. Columns are split at the tab that
 * normalisation leaves for a wide column gap (normalise/whitespace.ts).
 */
import type { PersonCandidate, Span } from "../../records.js";
import type { Extractor, Unstamped } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";
import { tokenize } from "./tokens.js";

const NAME = /^(?:names?|full names?|signator(?:y|ies)|signed by)$/iu;
const BODY = /^(?:organi[sz]ations?|unions?|affiliations?|institutions?|bodies|body)$/iu;
const ROLE = /^(?:titles?|positions?|roles?|functions?)$/iu;

/** The cells of a line with their spans. */
function cells(text: string, line: Span): Span[] {
  const out: Span[] = [];
  let start = line.start;
  for (const part of text.slice(line.start, line.end).split("\t")) {
    out.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
}

const cellText = (text: string, cell: Span | undefined): string => (cell ? text.slice(cell.start, cell.end).trim() : "");

export const tableRule: Extractor<PersonCandidate> = {
  id: "people/table",
  type: "person",
  extract(context) {
    const { text, lines } = context;
    const out: Unstamped<PersonCandidate>[] = [];
    let columns: { name: number; body: number; role: number } | null = null;
    for (const line of lines) {
      const row = cells(text, line);
      if (row.length < 2) {
        columns = null;
        continue;
      }
      const heads = row.map((cell) => cellText(text, cell));
      if (heads.some((head) => NAME.test(head))) {
        columns = { name: heads.findIndex((h) => NAME.test(h)), body: heads.findIndex((h) => BODY.test(h)), role: heads.findIndex((h) => ROLE.test(h)) };
        continue;
      }
      const cell = columns ? row[columns.name] : undefined;
      if (!columns || !cell) continue;
      const chunk = nameChunks(text, cell)[0];
      // Note: the whole cell must be the name (`Jeroen de Vries`), not a sentence inside a cell.
      if (!chunk || chunk.tokens.length !== tokenize(text, cell.start, cell.end).length || !plausibleName(text, chunk)) continue;
      const body = cellText(text, row[columns.body]).replace(/\s*\([^()]*\)$/u, "");
      const role = cellText(text, row[columns.role]);
      out.push(personCandidate(text, chunk, role ? [role] : [], columns.body >= 0 && body ? body : null));
    }
    return out;
  },
};
