/** Whitespace within lines: tabs and space runs collapsed, column gaps kept as one tab, lines trimmed. */

// Note: no-break and typographic spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) are
// spacing, not content; they become plain spaces so that patterns see one kind of space.
// Note: a lone plain space is left alone (replacing it with itself made this step 10× slower).
const SPACES = /(?: [\t \u00a0\u2000-\u200a\u202f\u205f\u3000]|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000])[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]*/g;

/**
 * A run that separates the columns of a plain-text table (`Ashwini Kulkarni      NTUI      India`):
 * four or more spaces, or two or more tabs, between two words of one line.
 * Note: kept as a single tab so that later steps and the extractors can tell a column gap from
 * a space inside a name; a lone tab or a short run (`+32   (0)2`) stays an ordinary space.
 */
function isColumnGap(run: string, offset: number, text: string): boolean {
  const before = text[offset - 1];
  const after = text[offset + run.length];
  if (before === undefined || after === undefined || before === "\n" || after === "\n") return false;
  return run.length >= 4 || (run.match(/\t/g)?.length ?? 0) >= 2;
}

/** Collapses tabs and runs of spaces to one space (a column gap to one tab) and trims each line. */
export function whitespace(text: string): string {
  return text
    .replace(SPACES, (run: string, offset: number, all: string) => (isColumnGap(run, offset, all) ? "\t" : " "))
    .replace(/ ?\n ?/g, "\n")
    .replace(/^ | $/g, "");
}
