/** The width (in characters) at which a text's lines were wrapped, if they were. */

/** Lines shorter than this are never taken for wrapped prose (letterheads, signatures, addresses). */
export const MIN_WRAPPED = 40;

/** Wider than this, a "line" is a paragraph written on one line, not a wrapped line. */
export const MAX_WRAP = 160;

/**
 * Estimates the wrap width of `text`: the median length of the lines that are followed by
 * another line of the same paragraph and are at least MIN_WRAPPED long. Returns Infinity when
 * the text is not hard-wrapped (its line breaks are meant): fewer than three such lines (an
 * address block is no evidence), half of them ending a sentence, a median above MAX_WRAP, or
 * lengths that do not cluster (fewer than 60% within ±20% of the median).
 * Note: the cluster test tells a hard-wrapped text (lines of 64–79 characters) from one that
 * writes each paragraph on one line with single line breaks (lines of 80–600 characters).
 */
export function wrapWidth(text: string): number {
  const candidates: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split("\n");
    // Note: a line with a column gap (a tab, see whitespace.ts) is a table row, not wrapped prose.
    for (const line of lines.slice(0, -1)) if (line.length >= MIN_WRAPPED && !line.includes("\t")) candidates.push(line);
  }
  if (candidates.length < 3) return Infinity;
  // Note: wrapped lines mostly break mid-sentence; lines that mostly end a sentence are paragraphs.
  const ended = candidates.filter((line) => /[.!?:;]["'”’)\]]?$/.test(line)).length;
  if (ended >= candidates.length / 2) return Infinity;
  const lengths = candidates.map((line) => line.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? Infinity;
  const clustered = lengths.filter((n) => n >= median * 0.8 && n <= median * 1.2).length;
  return median <= MAX_WRAP && clustered >= lengths.length * 0.6 ? median : Infinity;
}

/**
 * True when `line` was broken because `next`'s first word did not fit: the line plus that word
 * reaches 80% of the wrap width. Note: character counts stand in for widths in proportional
 * fonts, hence the margin; a letterhead line ("Embassy of … to the Kingdom" / "of Belgium")
 * stays well below it.
 */
export function isWrapped(line: string, next: string, width: number): boolean {
  if (!Number.isFinite(width) || line.length < MIN_WRAPPED || line.includes("\t") || next.includes("\t")) return false;
  if (/^(?:[-–•*▪◦>›→]\s|\d{1,2}[.)]\s|\([a-z\d]\)\s)/i.test(next)) return false;
  // Note: a line of title-case words before another capitalised line is a name in a list (a
  // co-signatory's `Centre for Human Rights and Democracy in the Americas`), not wrapped prose.
  if (titleCaseLine(line) && /^\p{Lu}/u.test(next)) return false;
  const word = /^\S*/.exec(next)?.[0] ?? "";
  return line.length + 1 + word.length >= width * 0.8;
}

/** Small words a name in title case keeps in lower case. */
const NAME_CONNECTORS = /^(?:of|for|and|the|in|on|to|at|de|des|du|la|le|del|[y&–\-]|et)$/u;

/** True when every word of the line is capitalised, a connector of a name, or a bracketed acronym. */
function titleCaseLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  return words.length >= 3 && words.every((word) => /^[(“"'‘]?\p{Lu}/u.test(word) || NAME_CONNECTORS.test(word));
}
