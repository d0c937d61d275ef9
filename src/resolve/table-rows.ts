/**
 * A table row read as one unit (issue 17): the penalties found in a row's cells belong to the
 * person in that row, and take the date in its date column. The normaliser writes a table as a
 * paragraph of rows, one line a row, cells separated by a tab (normalise/tables.ts); the header
 * row, when there is one, names the columns (normalise/table-header.ts). The ordinary extractors
 * find the people, dates, sentences and fines in the cells (so every offset is the cell text's
 * own); the row only ties what they found together.
 *
 * - The person: the one whose mention lies in the row's name column; with no name column, the
 *   one person the row mentions (two or more: the row has no say, ordinary linking decides).
 * - The date: a date in the row's date column (the first); with no header, the row has no say,
 *   since a headless row's date may be the arrest's.
 */
import type { DateRecord, Person, Span } from "../records.js";
import type { Column } from "../normalise/table-header.js";
import { dittoIn, tableRows, type Row } from "../extract/tables.js";

const inside = (span: Span, cell: Span): boolean => span.start >= cell.start && span.end <= cell.end;

/** The rows of a letter's tables and what each says about the penalties inside it. */
export class RowUnits {
  private readonly rows: Row[];

  constructor(
    private readonly text: string,
    paragraphs: readonly Span[],
    private readonly people: readonly Person[],
    private readonly dates: readonly DateRecord[],
  ) {
    this.rows = text.includes("\t") ? tableRows(text, paragraphs) : [];
  }

  /** The row holding `span`, if any. */
  rowAt(span: Span): Row | null {
    return this.rows.find((row) => span.start >= row.start && span.end <= row.end) ?? null;
  }

  private cellOf(row: Row, column: Column): Span | null {
    const index = row.columns?.indexOf(column) ?? -1;
    return index >= 0 ? (row.cells[index] ?? null) : null;
  }

  /** The person a penalty in a row belongs to, or null when the row has no say. */
  personFor(span: Span): Person[] | null {
    let row = this.rowAt(span);
    if (!row) return null;
    let cell = this.cellOf(row, "name");
    // Note: a name cell that repeats the one above (`〃`, `ditto`, `same`) is that row's person (a
    // second judgment of the same person on a row of its own).
    for (let index = this.rows.indexOf(row); cell && dittoIn(this.text, cell) && index > 0; index--) {
      const above = this.rows[index - 1] as Row;
      if (above.header !== row.header) break;
      row = above;
      cell = this.cellOf(row, "name");
    }
    const found = this.people.filter((person) => person.mentions.some((mention) => inside(mention, cell ?? row)));
    return found.length === 1 ? found : null;
  }

  /** The ruling date of a penalty in a row (from its date column), or null when the row has no say. */
  dateFor(span: Span): string | null {
    const row = this.rowAt(span);
    const cell = row ? this.cellOf(row, "date") : null;
    // Note: with no date column, a header that dates the penalty's column (`Sentence (District
    // Court, 17/10/2024)`, `Court of Appeal (13/01/2026)`) dates the penalties under it.
    if (!cell) return row ? this.headerDate(row, span) : null;
    return this.dateIn(cell);
  }

  private headerDate(row: Row, span: Span): string | null {
    const head = row.header?.[row.cells.findIndex((cell) => inside(span, cell))];
    return head ? this.dateIn(head) : null;
  }

  /** The date a cell states, by its own record or by the text of an earlier one. */
  private dateIn(cell: Span): string | null {
    // Note: a date record keeps only its first mention; a later row's same date is found by its text.
    const words = this.text.slice(cell.start, cell.end);
    // Note: the longest date whose text stands as whole words in the cell (a stray `4` elsewhere
    // in the letter is no match for `12-Mar-2024`).
    const repeated = this.dates
      .filter((date) => new RegExp(`(?<![\\p{L}\\p{N}])${date.text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(words))
      .sort((a, b) => b.text.length - a.text.length)[0];
    return (this.dates.find((date) => inside(date, cell)) ?? repeated)?.value ?? null;
  }
}
