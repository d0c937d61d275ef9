/**
 * The ISO 4217 codes a letter writes itself (`bail of LKR 50,000`, `MNT 5,400,000`): when a sign or
 * name several countries share (`Rs.`, `rupees`, `$`) names no country the letter names, the letter's
 * own code among its candidates says which it is (`a fine of Rs. 25,000` beside `LKR 150,000` is the
 * Sri Lankan rupee, not the first candidate's). The letter's words, not a table of places.
 */

/** Three capitals standing alone or glued to a number (`LKR 50,000`, `LKR50,000`), as codes are written. */
const CODE = /(?<![\p{L}\p{N}])[A-Z]{3}(?!\p{L})/gu;

/** Code counts for the text last asked about (one letter is resolved at a time). */
let counted: { text: string; counts: Map<string, number> } = { text: "", counts: new Map() };

function codeCounts(text: string): Map<string, number> {
  if (counted.text === text) return counted.counts;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CODE)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  counted = { text, counts };
  return counts;
}

/** Of `codes` (two or more), the one `text` writes most as a code; null when it writes none, or two tie. */
export function statedCode(codes: readonly string[], text: string): string | null {
  if (codes.length < 2 || text === "") return null;
  const counts = codeCounts(text);
  const [best, second] = codes.map((code) => ({ code, n: counts.get(code) ?? 0 })).sort((a, b) => b.n - a.n);
  return best && best.n > 0 && best.n > (second?.n ?? 0) ? best.code : null;
}
