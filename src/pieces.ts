/**
 * Cuts a legitimately large text (a compilation of letters, a long report) into pieces that the
 * extractors take one at a time, so that memory stays bounded and time grows linearly with the
 * text. Each piece is read with a little context on both sides (whole paragraphs where it can),
 * and owns the records that start in its own part: none is lost or doubled at a cut.
 * docs/reading.md ("Large texts") says how this fits with LINE_TOO_LONG / TEXT_TOO_LONG.
 */

/** Texts up to this many characters are analysed whole (every letter is far below: ~5-30k). */
export const PIECE_CHARS = 100_000;
/** Characters of context read before and after a piece's own part. */
export const CONTEXT_CHARS = 3_000;

/** A piece: `own` is the part whose records it keeps; `read` the part it analyses (own + context). */
export interface Piece {
  own: { start: number; end: number };
  read: { start: number; end: number };
}

/**
 * The best place at or before `limit` (and after `floor`) to cut: just after a paragraph break,
 * else after a line break, else after a sentence end, else after a space, else `limit` itself.
 */
export function cutBefore(text: string, floor: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const paragraph = text.lastIndexOf("\n\n", limit - 2);
  if (paragraph > floor) return paragraph + 2;
  const line = text.lastIndexOf("\n", limit - 1);
  if (line > floor) return line + 1;
  const window = text.slice(floor, limit);
  const sentence = /[.!?]["”’)]?\s+(?=\S)/g;
  let last = -1;
  for (let m = sentence.exec(window); m; m = sentence.exec(window)) last = m.index + m[0].length;
  if (last > 0) return floor + last;
  const space = text.lastIndexOf(" ", limit - 1);
  if (space > floor) return space + 1;
  return limit;
}

/** The first paragraph or line start at or after `from` within `slack` characters, else `from`. */
function cutAfter(text: string, from: number, slack: number): number {
  if (from >= text.length) return text.length;
  const paragraph = text.indexOf("\n\n", from);
  if (paragraph >= 0 && paragraph - from <= slack) return paragraph + 2;
  const line = text.indexOf("\n", from);
  if (line >= 0 && line - from <= slack) return line + 1;
  return from;
}

/** The pieces of `text` (one piece, the whole text, when it is no longer than `size`). */
export function pieces(text: string, size = PIECE_CHARS, context = CONTEXT_CHARS): Piece[] {
  const whole = { start: 0, end: text.length };
  if (text.length <= size) return [{ own: whole, read: whole }];
  const out: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    // Note: a cut is looked for in the second half of the piece, so pieces never get tiny.
    const end = cutBefore(text, start + Math.floor(size / 2), start + size);
    // Note: the context reaches back to a paragraph or line start, and on to a paragraph or line end.
    const readStart = start === 0 ? 0 : Math.min(start, cutAfter(text, Math.max(0, start - context), context));
    const readEnd = Math.min(text.length, cutAfter(text, end + context, context));
    out.push({ own: { start, end }, read: { start: readStart, end: readEnd } });
    start = end;
  }
  return out;
}
