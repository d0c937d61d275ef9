/** The width (in characters) at which a text's lines were wrapped, if they were. */

/** Lines shorter than this are never taken for wrapped prose (letterheads, signatures, addresses). */
export const MIN_WRAPPED = 40;

/**
 * Estimates the wrap width of `text`: the median length of the lines that are followed by
 * another line of the same paragraph and are at least MIN_WRAPPED long. Returns Infinity when
 * fewer than two such lines exist (the text is not hard-wrapped; its line breaks are meant).
 */
export function wrapWidth(text: string): number {
  const lengths: number[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split("\n");
    for (const line of lines.slice(0, -1)) if (line.length >= MIN_WRAPPED) lengths.push(line.length);
  }
  if (lengths.length < 2) return Infinity;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? Infinity;
}

/**
 * True when `line` was broken because `next`'s first word did not fit: the line plus that word
 * reaches 80% of the wrap width. Note: character counts stand in for widths in proportional
 * fonts, hence the margin; a letterhead line ("Embassy of … to the Kingdom" / "of Belgium")
 * stays well below it.
 */
export function isWrapped(line: string, next: string, width: number): boolean {
  if (!Number.isFinite(width) || line.length < MIN_WRAPPED) return false;
  if (/^(?:[-–•*▪◦]\s|\d{1,2}[.)]\s|\([a-z\d]\)\s)/i.test(next)) return false;
  const word = /^\S*/.exec(next)?.[0] ?? "";
  return line.length + 1 + word.length >= width * 0.8;
}
