/**
 * Character error rate: how far OCR'd text is from a reference text, for tests and the
 * benchmark. Both texts are whitespace-normalised first (runs of white space become one
 * space), since line wrapping and paragraph gaps are not OCR errors.
 */

/** Collapses every run of white space to one space and trims the ends. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Levenshtein distance over UTF-16 code units, in O(min(a, b)) memory. */
export function editDistance(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = (previous[j] ?? 0) + 1;
      const insert = (current[j - 1] ?? 0) + 1;
      current[j] = Math.min(substitute, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Edit distance between the whitespace-normalised texts, divided by the reference's length. */
export function characterErrorRate(ocr: string, reference: string): number {
  const expected = squashWhitespace(reference);
  if (expected.length === 0) return ocr.trim() === "" ? 0 : 1;
  return editDistance(squashWhitespace(ocr), expected) / expected.length;
}
