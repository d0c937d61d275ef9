/**
 * Where a French or Spanish penalty without a penalty word of its own is led from: a list item whose introduction names
 * the ruling or penalty (`El tribunal impuso las siguientes penas:` then `- al afiliado X, tres años de prisión;`), or a
 * cell of a table's penalty column (`Peine` over `6 mois avec sursis`). Used by `sentences/language-term`.
 */
import { findLanguageTerms } from "../../language/terms.js";
import type { Vocabulary } from "../../language/vocabulary.js";
import { tableRows } from "../tables.js";
import type { TextContext } from "../types.js";
import { languageKind } from "./language-kind.js";

/** A list item's marker at a line's start: a dash, a bullet or a number (`- `, `• `, `2) `). */
const ITEM = /^[ \t>]*(?:[-–—•*·]|\(?\d{1,2}[.)])[ \t]+/u;
/** The line that introduces a list closes on a colon (`impuso las siguientes penas:`). */
const INTRODUCES = /:\s*$/u;
/** A list item's line closes on a semicolon (`… : deux ans de prison ;`). */
const CLOSES_ITEM = /;\s*$/u;
/**
 * An earlier item of a list whose markers the reader dropped and whose items close on a full stop: a line that
 * states a label, a colon and its particulars (`Ana Ruiz, coordinadora de la ASITPO: cinco años de prisión.`; session 21).
 */
const LABELLED_LINE = /^[ \t]*\p{Lu}[^:\n]{1,160}:[ \t]+\S[^\n]*[.;][ \t]*$/u;
/** The longest line read as an earlier item that states a term (statesTerm), in characters: items are short, prose is not. */
const STATED_ITEM_LENGTH = 320;
/**
 * An earlier item of a list whose markers the reader dropped and whose items are no `label: particulars` lines: a short
 * line that states a term of a kind (`A la periodista X, directora del noticiero, ocho años de prisión y una multa de …`;
 * session 22).
 */
function statesTerm(text: string, vocabulary: Vocabulary, start: number, end: number): boolean {
  if (end - start > STATED_ITEM_LENGTH || !/^[ \t]*\p{Lu}/u.test(text.slice(start, start + 8))) return false;
  return findLanguageTerms(text, vocabulary, start, end).length > 0 && languageKind(vocabulary, text.slice(start, end)) !== null;
}
/** How far back a list item's introduction may be, in lines. */
const ITEM_REACH = 12;

/**
 * The start of a list item whose list a penalty or ruling word introduces (`El tribunal impuso las
 * siguientes penas:` then `- al afiliado Juan Tiul, tres años de prisión;`), or null: such an
 * item states its penalty with no penalty word of its own, the introduction's standing for it.
 */
export function itemLead(text: string, vocabulary: Vocabulary, window: { start: number; end: number }): number | null {
  const lineStart = text.lastIndexOf("\n", window.start - 1) + 1;
  // Note: a list whose markers the reader dropped (a Markdown `1.` list) is told by its items' closing
  // semicolons: an unmarked line is an item when only such lines stand between it and the introduction.
  const item = ITEM.exec(text.slice(lineStart, window.end)) ?? (lineStart === window.start ? /^/u.exec("") : null);
  if (!item || lineStart + item[0].length < window.start - 1) return null;
  let end = lineStart - 1;
  for (let n = 0; n < ITEM_REACH && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === "" || ITEM.test(line) || CLOSES_ITEM.test(line)) continue;
    // Note: or a ruling's noun or verb (`le tribunal a rendu la décision suivante :`), whose items state the penalties.
    // Note: an introduction may state a request's terms before its colon (`Le parquet avait requis cinq ans. Le tribunal a
    // prononcé les peines suivantes :`): a line closing on a colon is read as the introduction first (session 22).
    if (INTRODUCES.test(line)) return vocabulary.penalty[0].test(line) || vocabulary.ruling[0].test(line) ? lineStart + item[0].length : null;
    if (LABELLED_LINE.test(line) || statesTerm(text, vocabulary, start, start + line.length)) continue;
    return null;
  }
  return null;
}

/** Where each cell of a table's penalty column starts (its header names a penalty: `Peine`, `Condena`). */
export function penaltyCells(context: TextContext): number[] {
  return tableRows(context.text, context.paragraphs).flatMap((row) =>
    (row.columns ?? []).flatMap((column, index) => (column === "penalty" && row.cells[index] ? [(row.cells[index] as { start: number }).start] : [])),
  );
}
