/** Paragraph text from the small, well-formed HTML subset mammoth writes. */

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

/**
 * Splits mammoth's HTML into paragraph texts: each block element (paragraph, heading, list
 * item, table cell) is one paragraph; `<br>` is a line break inside it; other tags vanish.
 */
export function htmlToParagraphs(html: string): string[] {
  return html
    .replace(NOTE_MARKS, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .split(BLOCK_TAGS)
    .map((part) => decodeEntities(part.replace(/<[^>]*>/g, "")))
    .filter((part) => part.trim() !== "");
}
