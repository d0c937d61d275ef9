/**
 * Word tables in mammoth's HTML: a table of data (two rows or more, two columns or more, each
 * cell one paragraph) becomes rows, one line per row with its cells joined by a tab, which the
 * normaliser reads as a table (normalise/tables.ts). Note: Word also lays pages out in tables (a
 * signature block beside another, a boxed note); a table with a cell of several paragraphs or
 * lines, or with one row or one column, is layout, and each cell stays a paragraph as before.
 */

const CELL = /<t([dh])\b[^>]*>([\s\S]*?)<\/t\1>/giu;
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/giu;
const CELL_BLOCKS = /<(?:p|h[1-6]|li|br)\b[^>]*>/giu;

/**
 * The rows of a table's HTML (one without a table inside it), each a list of cells' inner HTML,
 * or null when it is layout.
 */
export function tableRows(html: string): string[][] | null {
  const rows = [...html.matchAll(ROW)].map((row) => [...(row[1] ?? "").matchAll(CELL)].map((cell) => cell[2] ?? ""));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length < 2 || width < 2) return null;
  // Note: a cell's one paragraph opens one block tag; a second one, or a `<br>`, is a layout cell.
  if (rows.some((row) => row.some((cell) => (cell.match(CELL_BLOCKS)?.length ?? 0) > 1))) return null;
  return rows;
}

/** Innermost tables (`<table>…</table>` with no table inside), in order, with their offsets. */
export const INNER_TABLE = /<table\b[^>]*>(?:(?!<table\b)[\s\S])*?<\/table>/giu;
