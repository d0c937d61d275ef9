/** Paragraph text from the small, well-formed HTML subset mammoth writes. */
import { INNER_TABLE, tableRows } from "./html-tables.js";

const BLOCK_TAGS = /<\/?(?:p|h[1-6]|li|ul|ol|table|tr|td|th|blockquote|div)(?:\s[^>]*)?>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the named entities mammoth emits and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Note: mammoth marks a footnote in the body as `<sup><a href="#footnote-1">[1]</a></sup>` and
// ends the note with a `↑` back-link; neither is the letter's text (a "[1]" inside a sentence
// would split names and phrases). The notes themselves stay, as paragraphs at the end.
const NOTE_MARKS = /<sup><a href="#(?:footnote|endnote)-\d+"[^>]*>[^<]*<\/a><\/sup>|\s*<a href="#(?:footnote|endnote)-ref-\d+"[^>]*>[^<]*<\/a>/g;

/** Marks a table's rows until the blocks are split: they hold no tag, so survive as one block. */
const ROWS_MARK = "\u{F0002}";
const ROWS_PLACE = new RegExp(`^${ROWS_MARK}(\\d+)${ROWS_MARK}$`, "u");

/** A data table's text: one line a row, cells joined by a tab (tabs and breaks inside a cell are spaces). */
function rowsText(rows: string[][]): string {
  const cell = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, " ")).replace(/\s+/gu, " ").trim();
  return rows.map((row) => row.map(cell).join("\t")).join("\n");
}

/**
 * Splits mammoth's HTML into paragraph texts: each block element (paragraph, heading, list
 * item, layout table cell) is one paragraph; a table of data is one paragraph of rows
 * (html-tables.ts); `<br>` is a line break inside a paragraph; other tags vanish.
 */
export function htmlToParagraphs(html: string): string[] {
  const tables: string[] = [];
  const marked = html.replace(NOTE_MARKS, "").replace(INNER_TABLE, (table) => {
    const rows = tableRows(table);
    if (!rows) return table;
    tables.push(rowsText(rows));
    return `<p>${ROWS_MARK}${tables.length - 1}${ROWS_MARK}</p>`;
  });
  return marked
    .replace(/<br\s*\/?>/gi, "\n")
    .split(BLOCK_TAGS)
    .map((part) => {
      const table = ROWS_PLACE.exec(part);
      return table ? (tables[Number(table[1])] ?? "") : decodeEntities(part.replace(/<[^>]*>/g, ""));
    })
    .filter((part) => part.trim() !== "");
}
