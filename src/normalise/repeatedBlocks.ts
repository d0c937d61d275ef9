/**
 * Repeated page headers and footers: lines found at the same place at the top (or bottom) of
 * most pages are a letterhead or contact block. They count once: the header stays where it
 * first appears (top of the first page that has it); the footer is moved after the last page,
 * so that a paragraph running across a page break is not cut by it.
 */

interface Edge {
  /** Per page: how many non-blank lines from the edge belong to the repeated block (0 = none). */
  depth: number[];
}

function key(line: string): string {
  return line.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

function nonBlank(page: string, fromEnd: boolean): string[] {
  const lines = page.split("\n").filter((line) => line.trim() !== "");
  return fromEnd ? lines.reverse() : lines;
}

/** How deep the repeated block runs on each page, reading from the top or the bottom. */
function findEdge(pages: string[], fromEnd: boolean, reserved: readonly number[] = []): Edge {
  const lines = pages.map((page) => nonBlank(page, fromEnd));
  const depth = pages.map(() => 0);
  const needed = Math.max(2, Math.floor(pages.length / 2) + 1);
  for (let k = 0; ; k++) {
    const counts = new Map<string, number>();
    for (const [p, page] of lines.entries()) {
      const line = page[k];
      // Note: a block must be contiguous from the edge, and must leave some text on the page
      // besides the block already found at the other edge (`reserved`).
      if (line !== undefined && depth[p] === k && k < page.length - 1 - (reserved[p] ?? 0)) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
    }
    const [best, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (count < needed) return { depth };
    for (const [p, page] of lines.entries()) if (depth[p] === k && key(page[k] ?? "\u0000") === best) depth[p] = k + 1;
  }
}

/** Splits `page` after its first `n` non-blank lines (or before its last `n`). */
function cut(page: string, n: number, fromEnd: boolean): [string, string] {
  const lines = page.split("\n");
  let seen = 0;
  const order = fromEnd ? [...lines.keys()].reverse() : [...lines.keys()];
  for (const i of order) {
    if (lines[i]?.trim() !== "") seen++;
    if (seen < n) continue;
    const at = fromEnd ? i : i + 1;
    return [lines.slice(0, at).join("\n"), lines.slice(at).join("\n")];
  }
  return fromEnd ? ["", page] : [page, ""];
}

/** Drops repeated headers and footers from `pages`, keeping one copy of each. */
export function repeatedBlocks(pages: string[]): string[] {
  if (pages.length < 2) return pages;
  const header = findEdge(pages, false);
  const footer = findEdge(pages, true, header.depth);
  let footerText = "";
  const out = pages.map((page, p) => {
    let body = page;
    const h = header.depth[p] ?? 0;
    // Note: the gap below a dropped header is page layout, not a paragraph break.
    if (h > 0 && header.depth.findIndex((d) => d > 0) !== p) body = cut(body, h, false)[1].replace(/^\s*\n/, "");
    const f = footer.depth[p] ?? 0;
    if (f > 0) {
      const [rest, block] = cut(body, f, true);
      if (footerText === "") footerText = block;
      body = rest;
    }
    return body;
  });
  // Note: the leading blank line marks a paragraph break for joinPages.
  if (footerText !== "") out.push(`\n${footerText}`);
  return out;
}
