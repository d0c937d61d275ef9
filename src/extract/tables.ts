/**
 * The rows of the tables in a normalised text: a table is a paragraph of two lines or more, each
 * with a tab between cells (normalise/tables.ts writes every format's tables so). Read by the
 * `sentences/table-cell` rule and by resolve/table-rows.ts.
 */
import type { Span } from "../records.js";
import { headerColumns, type Column } from "../normalise/table-header.js";

export interface Row extends Span {
  cells: Span[];
  /** The columns the table's header names, null for a table without a header row. */
  columns: readonly Column[] | null;
  /** The header row's cells, null with no header. */
  header: Span[] | null;
}

export function cellsOf(text: string, line: Span): Span[] {
  const out: Span[] = [];
  let start = line.start;
  for (const part of text.slice(line.start, line.end).split("\t")) {
    out.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return out;
}

/** A cell that is a date and nothing else: `22.04.2025`, `04-Aug-2024`, `12 March 2023`, `May 4, 2023`, `2023-05-04`. */
const DATE_CELL = /^(?:\d{1,2}(?:st|nd|rd|th)?[-./ ]\s?(?:\d{1,2}|\p{L}{3,9}\.?)[-./ ]\s?\d{2,4}|\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2})$/u;

/**
 * The header's columns, with a column the header does not call a date (`Ruling`, `Decided`,
 * `Verdict`) read as the date column when every data cell in it is a date alone and no column
 * is named a date.
 */
function datedColumns(text: string, columns: Column[], rows: readonly Span[]): Column[] {
  if (columns.includes("date") || rows.length === 0) return columns;
  const cells = rows.map((row) => cellsOf(text, row).map((cell) => text.slice(cell.start, cell.end).trim()));
  const at = columns.findIndex((_, i) => cells.every((row) => DATE_CELL.test(row[i] ?? "")));
  return at < 0 ? columns : columns.map((column, i) => (i === at ? "date" : column));
}

/** The data rows of every table in `text`: paragraphs of two lines or more, each with a tab. */
export function tableRows(text: string, paragraphs: readonly Span[]): Row[] {
  const rows: Row[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    if (!body.includes("\t")) continue;
    const lines: Span[] = [];
    let start = paragraph.start;
    for (const line of body.split("\n")) {
      lines.push({ start, end: start + line.length });
      start += line.length + 1;
    }
    if (lines.length < 2 || lines.some((line) => !text.slice(line.start, line.end).includes("\t"))) continue;
    const head = cellsOf(text, lines[0] as Span);
    const named = headerColumns(head.map((cell) => text.slice(cell.start, cell.end)));
    const columns = named ? datedColumns(text, named, lines.slice(1)) : null;
    for (const line of columns ? lines.slice(1) : lines) rows.push({ ...line, cells: cellsOf(text, line), columns, header: columns ? head : null });
  }
  return rows;
}

/** A cell that repeats the one above it (`ditto`, `〃`, `same`, `idem`, `do.`): the penalty rules copy that cell's reading. */
const DITTO = /^\s*(?:ditto|〃|"|same|idem|do\.)\s*$/iu;

/** The word of a cell that repeats the one above it (DITTO), as a span of the text, or null. */
export function dittoIn(text: string, cell: Span): { start: number; end: number; text: string } | null {
  const words = text.slice(cell.start, cell.end);
  if (!DITTO.test(words)) return null;
  const word = /\S(?:.*\S)?/u.exec(words);
  const start = cell.start + (word?.index ?? 0);
  return { start, end: start + (word?.[0].length ?? 0), text: word?.[0] ?? "" };
}
