/**
 * Cells of a table's place column (`Province`, `District`, `City`, `Prison`…): the names there are
 * places, not people (`Bình Dương`, `Long An` under `Province`). Columns are split at the tab the
 * normaliser leaves between cells (normalise/tables.ts); the header is the first row of the table.
 */
import type { Token } from "./tokens.js";

/** Header words of a column of places, each row `[pattern, example]`. */
export const PLACE_COLUMNS: readonly (readonly [RegExp, string])[] = [
  [/^(?:provinces?|regions?|districts?|cit(?:y|ies)|towns?|villages?|municipalit(?:y|ies)|count(?:y|ies)|prefectures?|oblasts?|governorates?|states?)$/iu, "Province"],
  [/^(?:locations?|places?|places? of (?:detention|arrest|trial|residence)|where(?: held)?|countr(?:y|ies)|home ?towns?|residence)$/iu, "Place of detention"],
  [/^(?:prisons?|detention (?:centres?|centers?|facilit(?:y|ies))|courts?)$/iu, "Prison"],
];

const isPlaceHeader = (cell: string): boolean => {
  const words = cell.trim().replace(/[:*.]+$/u, "").replace(/\s+/gu, " ");
  return PLACE_COLUMNS.some(([pattern]) => pattern.test(words));
};

/** True when the name is a whole cell of a tab-separated table under a header that names places. */
export function inPlaceColumn(text: string, name: readonly Token[]): boolean {
  const first = name[0] as Token;
  const last = name.at(-1) as Token;
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  const lineEnd = text.indexOf("\n", last.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!line.includes("\t")) return false;
  const before = text.slice(lineStart, first.start);
  const column = before.split("\t").length - 1;
  // Note: the name must fill its cell (`Long An⇥26/03/2025`), not stand in a sentence inside one.
  const after = text.slice(last.end, lineEnd < 0 ? text.length : lineEnd);
  if (before.slice(before.lastIndexOf("\t") + 1).trim() !== "" || (after.split("\t")[0] ?? "").trim() !== "") return false;
  let header = line;
  for (let start = lineStart; start > 0; ) {
    const previousStart = text.lastIndexOf("\n", start - 2) + 1;
    const previous = text.slice(previousStart, start - 1);
    if (!previous.includes("\t")) break;
    header = previous;
    start = previousStart;
  }
  const cell = header.split("\t")[column];
  return header !== line && cell !== undefined && isPlaceHeader(cell);
}
