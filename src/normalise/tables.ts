/**
 * Tables in the text: blocks of lines whose cells are separated by tabs (Word and Markdown
 * tables, which the readers write one row a line, cells joined by a tab; tab-separated text) or
 * aligned in columns by runs of spaces. A table becomes one paragraph of rows, one line per row,
 * cells separated by one tab (empty cells kept), so that no later step joins its rows and
 * extraction can read a row as one unit (resolve/table-rows.ts).
 *
 * What is a table (first match wins):
 *  1. two lines or more, each with the same number of cells (two or more);
 *  2. not a list: the first cells are not all bullets or numbers (`•\tFirst point`);
 *  3. not a label list: the first cells do not all end in a colon (`Tel:\t+32 2 224 0211`);
 *  4. three columns or more, or two under a header row that names them (table-header.ts).
 * Space-aligned columns also need three lines or more, and a gap of two spaces or more that is
 * blank on every line. A leading tab or indent is an indent, never a column (an indented quote).
 * Anything else is left to the whitespace step as before.
 */
import { headerColumns } from "./table-header.js";

/**
 * Stands for a cell boundary until the whitespace step has run (which turns a lone tab into a
 * space); `cellTabs` then makes it a tab. A private-use character: letters never hold it.
 */
export const CELL = "\u{F0001}";

const LIST_MARKER = /^(?:[-–—•*▪◦·>›→o]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])$/iu;

/** Whether rows of cells read as a table (rules 2–4 above). */
export function isTable(rows: readonly string[][]): boolean {
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 2 || rows.some((row) => row.length !== width)) return false;
  const first = rows.map((row) => row[0] ?? "");
  if (first.every((cell) => LIST_MARKER.test(cell) || cell === "")) return false;
  if (first.every((cell) => /:$/u.test(cell))) return false;
  // Note: every row holds two cells or more; a row of one cell is a heading or prose.
  if (rows.some((row) => row.filter((cell) => cell !== "").length < 2)) return false;
  return width >= 3 || headerColumns(rows[0] ?? []) !== null;
}

/** Cells of a tab-separated line: single tabs (empty cells kept), else runs of tabs. */
function tabCells(lines: readonly string[]): string[][] | null {
  const trimmed = lines.map((line) => line.replace(/^\s+|\s+$/gu, ""));
  for (const separator of [/ *\t */u, / *\t+ */u]) {
    const rows = trimmed.map((line) => line.split(separator).map((cell) => cell.trim()));
    if (isTable(rows)) return rows;
  }
  return null;
}

/**
 * Column boundaries of space-aligned lines: gaps of two spaces or more blank on every line; and
 * a ragged column, whose start the header and all rows but one mark with such a gap, the one
 * overflowing the column before it up to a single space (`… a fine of 90m rials 19-Aug-2024`).
 * A line whose first column is blank continues the row above (a wrapped cell).
 */
function alignedCells(lines: readonly string[]): string[][] | null {
  if (lines.length < 3) return null;
  const width = Math.max(...lines.map((line) => line.length));
  const indent = Math.min(...lines.map((line) => /^ */u.exec(line)?.[0].length ?? 0));
  const space = (line: string, p: number): boolean => (line[p] ?? " ") === " ";
  const blank: boolean[] = [];
  for (let p = 0; p < width; p++) blank.push(lines.every((line) => space(line, p)));
  const cuts: number[] = [];
  for (let p = indent; p < width; ) {
    if (!blank[p]) {
      p++;
      continue;
    }
    let q = p;
    while (q < width && blank[q]) q++;
    if (q - p >= 2 && q < width && p > indent) cuts.push(q);
    p = q;
  }
  const head = lines[0] ?? "";
  const opens = (line: string, q: number): boolean => space(line, q - 2) && space(line, q - 1) && !space(line, q);
  for (let q = indent + 2; q < width; q++) {
    if (cuts.includes(q) || !opens(head, q) || !lines.every((line) => space(line, q - 1))) continue;
    if (lines.filter((line) => opens(line, q)).length >= lines.length - 1) cuts.push(q);
  }
  cuts.sort((a, b) => a - b);
  if (cuts.length === 0) return null;
  const bounds = [indent, ...cuts, width];
  const split = lines.map((line) => bounds.slice(0, -1).map((start, i) => line.slice(start, bounds[i + 1]).trim()));
  const rows: string[][] = [];
  for (const row of split) {
    const above = rows.at(-1);
    if (above && row[0] === "") row.forEach((cell, i) => (above[i] = [above[i], cell].filter(Boolean).join(" ")));
    else rows.push(row);
  }
  return rows.length >= 3 && isTable(rows) ? rows : null;
}

/** A line that may be a row: content, then a tab or a run of two spaces or more, then content. */
const TABBED = /\S *\t\s*\S/u;
const SPACED = /\S {2,}\S/u;

/**
 * A wrapped cell's line inside a space-aligned block: indented well past the block's first line,
 * with a row of the block above it (`Milena Kostova   Vice-president,   2 years` / `
 * southern region`).
 */
function wrapped(lines: readonly string[], j: number, first: number): boolean {
  const line = lines[j] ?? "";
  const indent = (value: string): number => /^ */u.exec(value)?.[0].length ?? 0;
  return j > first && line.trim() !== "" && indent(line) >= indent(lines[first] ?? "") + 8 && SPACED.test(lines[j - 1] ?? "");
}

/** Rewrites each table of `text` as rows of CELL-separated cells, a blank line around it. */
export function tables(source: string): string {
  const text = source.includes(CELL) ? source.replaceAll(CELL, "") : source;
  if (!text.includes("\t") && !text.includes("  ")) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const kind = TABBED.test(lines[i] ?? "") ? TABBED : SPACED.test(lines[i] ?? "") && !(lines[i] ?? "").includes("\t") ? SPACED : null;
    let j = i + 1;
    if (kind) while (j < lines.length && (kind.test(lines[j] ?? "") || (kind === SPACED && wrapped(lines, j, i))) && (kind === TABBED || !(lines[j] ?? "").includes("\t"))) j++;
    const block = lines.slice(i, j);
    const rows = kind === TABBED ? tabCells(block) : kind === SPACED ? alignedCells(block) : null;
    if (rows) {
      if (out.length > 0 && (out.at(-1) ?? "").trim() !== "") out.push("");
      out.push(...rows.map((row) => row.join(CELL)));
      if (j < lines.length && (lines[j] ?? "").trim() !== "") out.push("");
    } else {
      out.push(...block);
    }
    i = j;
  }
  return out.join("\n");
}

/** Turns the cell marks into tabs, after the whitespace step. */
export function cellTabs(text: string): string {
  return text.includes(CELL) ? text.replaceAll(CELL, "\t") : text;
}
