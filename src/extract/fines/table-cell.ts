/**
 * Rule `fines/table-cell`: an amount filling a cell of a table's fine or penalty column
 * (`Name⇥Sentence⇥Fine` over `Ana Ilić⇥1 year⇥DA 100.000`, a Markdown `Judicial fine` column
 * holding `3,000 Turkish lira each`): the header says what the amount is, as the sentence rule's
 * table cells do for terms. A column the header does not name as a fine or a penalty (`Bail`,
 * `Wages owed`, `Damages`) gives none, and a cell that says its amount is no fine (`TL 5,000
 * bail`) neither. A cell with a fine word of its own (`6 months and a fine of €500`) is the
 * amount rule's to read. The row's name column then decides whose fine it is (resolve/table-rows.ts).
 */
import type { FineCandidate, Money } from "../../records.js";
import { dittoIn, tableRows } from "../tables.js";
import type { Extractor, Unstamped } from "../types.js";
import { letterCountry } from "./countries.js";
import { countryCurrency } from "./currencies.js";
import { AFTER_ROWS, BEFORE_ROWS, TRIGGER } from "./fine-amount.js";
import { findAmounts, fineFrom, localText, parseAmount, type Amount } from "./money.js";

/** A header naming fines, or penalties that may be fines (`Judicial fine`, `Penalty (date)`, `Sentence or fine`). */
const HEADER = /\b(?:fines?|penalt(?:y|ies)|sentences?|punishments?|verdicts?|outcomes?|amendes?|peines?|sanctions?|multas?|penas?|condenas?|sanci(?:ón|ones))(?!\p{L})/iu;
/** A header naming fines alone, under which a bare number is a fine too (`Fine (dinars)`). */
const FINE_HEADER = /\b(?:fines?|amendes?|multas?)\b/iu;
/** A cell that is a number and nothing else (`150,000`), perhaps with `each`. */
const BARE_CELL = /^\s*(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{3,})(?:\s+each)?\s*$/u;
/** A bracket right after an amount, holding its equivalents. */
const BRACKET = /^\s*[([][^)\]]{0,80}[)\]]/u;
const EACH = /\b(?:each|apiece)\b/iu;

/** The amounts of one cell: the named ones, else a bare number under a fine header, in the country's currency. */
function cellAmounts(text: string, start: number, end: number, fineHeader: boolean): Amount[] {
  const named = findAmounts(text, start, end, text);
  if (named.length > 0 || !fineHeader) return named;
  const bare = BARE_CELL.exec(text.slice(start, end));
  if (!bare?.[1]) return [];
  const at = start + bare.index + (bare[0].length - bare[0].trimStart().length);
  const amount = parseAmount(bare[1].replace(/[\u00a0\u202f ]/gu, ","), "");
  const country = letterCountry(localText(text, at, at + bare[1].length)) ?? letterCountry(text);
  return Number.isFinite(amount) && amount > 0 ? [{ start: at, end: at + bare[1].length, amount, currency: country ? countryCurrency(country) : null, unit: null }] : [];
}

export const tableFineRule: Extractor<FineCandidate> = {
  id: "fines/table-cell",
  type: "fine",
  extract(context) {
    const { text, paragraphs } = context;
    if (!text.includes("\t")) return [];
    const found: Unstamped<FineCandidate>[] = [];
    // Note: the fines each column gave on the row above, for a cell that repeats them (`ditto`, `〃`).
    let above = new Map<number, Unstamped<FineCandidate>[]>();
    for (const row of tableRows(text, paragraphs)) {
      const given = new Map<number, Unstamped<FineCandidate>[]>();
      for (const [index, head] of (row.header ?? []).entries()) {
        const cell = row.cells[index];
        const title = text.slice(head.start, head.end);
        if (!cell || !HEADER.test(title)) continue;
        const words = text.slice(cell.start, cell.end);
        const repeated = above.get(index);
        const ditto = repeated ? dittoIn(text, cell) : null;
        if (repeated && ditto) {
          const copies = repeated.map((fine) => ({ ...fine, ...ditto }));
          found.push(...copies);
          given.set(index, copies);
          continue;
        }
        const before = found.length;
        if (TRIGGER.test(words)) continue;
        const amounts = cellAmounts(text, cell.start, cell.end, FINE_HEADER.test(title));
        let consumed = cell.start;
        for (const amount of amounts) {
          if (amount.start < consumed) continue;
          const before = text.slice(cell.start, amount.start);
          let end = amount.end;
          const money: Money[] = [];
          const bracket = BRACKET.exec(text.slice(end, cell.end));
          if (bracket) {
            for (const a of findAmounts(text, end, end + bracket[0].length, text)) if (a.currency) money.push({ amount: a.amount, currency: a.currency });
            if (money.length > 0) end += bracket[0].length;
          }
          consumed = end;
          const after = text.slice(end, cell.end);
          if (BEFORE_ROWS.some(([pattern]) => pattern.test(before)) || AFTER_ROWS.some(([pattern]) => pattern.test(after))) continue;
          const each = /^\s*(?:each|apiece)\b/iu.exec(after);
          if (each) end += each[0].length;
          found.push(fineFrom(text, { start: amount.start, end }, amount, money, EACH.test(words)));
        }
        if (found.length > before) given.set(index, found.slice(before));
      }
      above = given;
    }
    return found;
  },
};
