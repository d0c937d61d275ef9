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

/** A window that opens its line, perhaps after the line's list marker, and ends it: one item of a list. */
function isItem(text: string, window: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf("\n", window.start - 1) + 1;
  const marker = MARKER.exec(text.slice(lineStart, window.end));
  if (!marker || window.start > lineStart + marker[0].length) return false;
  const next = text.indexOf("\n", window.end);
  return (next < 0 ? text.slice(window.end) : text.slice(window.end, next)).trim() === "";
}

/** How many items back a list may reach. */
const LIST_REACH = 20;

/**
 * The windows of the list whose last item is `windows[index]`, in order: the items just before it that each name one
 * person, so that `They are: ⏎ • A, president; ⏎ • B, treasurer; and ⏎ • C.` names its people together as a sentence
 * would (`A, B and C`); null when the window is no item or no other item goes with it.
 */
export function itemList(text: string, windows: readonly { start: number; end: number }[], index: number, names: (w: { start: number; end: number }) => number): { start: number; end: number }[] | null {
  const last = windows[index];
  if (!last || !isItem(text, last) || names(last) !== 1) return null;
  const items = [last];
  for (let i = index - 1; i >= 0 && index - i <= LIST_REACH; i--) {
    const w = windows[i] as { start: number; end: number };
    // Note: the splitter may end a sentence at an item's number (`2.`), a window of its own.
    if (MARKER_ONLY.test(text.slice(w.start, w.end))) continue;
    if (!isItem(text, w) || names(w) !== 1) break;
    items.unshift(w);
  }
  return items.length > 1 ? items : null;
}
