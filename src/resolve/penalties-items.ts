/**
 * A line that ends on a coordinating conjunction does not end its clause: a list item `3. A,
 * secretary-general, and` goes on in the next item (`4. B, head of the branch: three years each`), so
 * the next item's penalty reads its subject from the first item on. Markdown items that the reader
 * sets one to a paragraph (`Ma A and` ⏎⏎ `Ma B, both members — three years each`) go on the same way.
 */

/** A line's end on a conjunction (English, French, Spanish, Portuguese, German, `&`). */
const OPEN_END = /[\s,](?:and|et|und|[&ey])[ \t]*$/u;
/** A list marker opening a line (`3.`, `b)`, `-`, `•`). */
const MARKER = /^[ \t]*(?:\d{1,3}[.)]|[a-z][.)]|[-*•–—])[ \t]+/u;
const MARKER_ONLY = new RegExp(`${MARKER.source.slice(0, -6)}[ \\t]*$`, "u");
/** Where a sentence ends inside a line, before its last clause. */
const SENTENCE_END = /[.;:!?](?=\s)/gu;
/** How many lines back a clause may go on. */
const REACH = 4;

/**
 * The offset the clause of a window starting at `start` really starts from: the first of the lines
 * before it that each end on a conjunction (up to REACH), else `start` itself.
 */
export function continuedFrom(text: string, start: number): number {
  let from = start;
  for (let n = 0; n < REACH; n++) {
    const ownLine = text.lastIndexOf("\n", from - 1) + 1;
    const head = text.slice(ownLine, from);
    // Note: the window must open its line, perhaps after the line's list marker (the splitter may end a
    // sentence at `3.`); a window inside a line has its clause already.
    if (head.trim() !== "" && !MARKER_ONLY.test(head)) return from;
    let end = ownLine;
    while (end > 0 && /\s/u.test(text[end - 1] ?? "")) end--;
    if (end === 0) return from;
    const lineStart = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(lineStart, end);
    if (!OPEN_END.test(line)) return from;
    const marker = MARKER.exec(line)?.[0].length ?? 0;
    const ends = [...line.slice(marker).matchAll(SENTENCE_END)];
    const last = ends.at(-1);
    const clause = marker + (last ? last.index + 1 : 0);
    from = lineStart + clause + (line.slice(clause).length - line.slice(clause).trimStart().length);
    if (last) return from;
  }
  return from;
}
