/**
 * Tables of signatories or detainees: rows under a header with a name column (`Name |
 * Organisation | Country`, `Detainee | Union | Position | Sentence`). Every cell of that column
 * that is a name is a person; an organisation or position column gives the person's body and
 * role. Columns are split at the tab the normaliser leaves between cells (normalise/tables.ts,
 * whitespace.ts); the header words are normalise/table-header.ts's.
 */
import type { PersonCandidate, Span } from "../../records.js";
import { columnOf } from "../../normalise/table-header.js";
import type { Extractor, Unstamped } from "../types.js";
import { nameChunks, personCandidate, plausibleName } from "./names.js";
import { tokenize } from "./tokens.js";
import { cellsOf } from "../tables.js";


const cellText = (text: string, cell: Span | undefined): string => (cell ? text.slice(cell.start, cell.end).trim() : "");

export const tableRule: Extractor<PersonCandidate> = {
  id: "people/table",
  type: "person",
  extract(context) {
    const { text, lines } = context;
    const out: Unstamped<PersonCandidate>[] = [];
    let columns: { name: number; body: number; role: number } | null = null;
    for (const line of lines) {
      const row = cellsOf(text, line);
      if (row.length < 2) {
        columns = null;
        continue;
      }
      const heads = row.map((cell) => columnOf(cellText(text, cell)));
      if (heads.includes("name")) {
        columns = { name: heads.indexOf("name"), body: heads.indexOf("organisation"), role: heads.indexOf("role") };
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
