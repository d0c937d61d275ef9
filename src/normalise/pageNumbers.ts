/** Drops page numbers: a lone number (or "Page 2 of 4", "- 2 -", "2/4") at the top or bottom of a page. */

const PAGE_NUMBER = /^(?:(?:page|p\.|pg\.?)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|[-–—]?\s*\d{1,3}\s*[-–—]?|\d{1,3}\s*(?:of|\/)\s*\d{1,3})$/i;

/** True when `line` reads as a page number. */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

function dropEdge(lines: string[], fromEnd: boolean): string[] {
  const index = fromEnd ? lines.findLastIndex((l) => l.trim() !== "") : lines.findIndex((l) => l.trim() !== "");
  if (index < 0 || !isPageNumber(lines[index] ?? "")) return lines;
  return lines.filter((_, i) => i !== index);
}

/**
 * Removes a page-number line at the top and at the bottom of each page. Note: only for
 * documents of two pages or more; a one-page text ending in a bare number keeps it.
 */
export function pageNumbers(pages: string[]): string[] {
  if (pages.length < 2) return pages;
  return pages.map((page) => dropEdge(dropEdge(page.split("\n"), false), true).join("\n"));
}
