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
    const columns = headerColumns(head.map((cell) => text.slice(cell.start, cell.end)));
    for (const line of columns ? lines.slice(1) : lines) rows.push({ ...line, cells: cellsOf(text, line), columns, header: columns ? head : null });
  }
  return rows;
}
