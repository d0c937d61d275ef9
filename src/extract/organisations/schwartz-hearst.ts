/**
 * Schwartz & Hearst (2003) abbreviation matching: does a short form abbreviate the end of a
 * long text, and where does the long form start? Letters are compared case- and accent-folded.
 */

const fold = (value: string): string => value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const alnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The index in `long` where the long form of `short` starts, or -1 when `short` does not
 * abbreviate it. Every letter of the short form must appear in order, the first at a word start.
 */
export function longFormStart(short: string, long: string): number {
  const s = [...fold(short)];
  const l = [...fold(long)];
  if (s.length !== [...short].length || l.length !== [...long].length) return -1;
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!alnum(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && alnum(l[li - 1])))) li--;
    if (li < 0) return -1;
    li--;
    si--;
  }
  const start = li + 1;
  // Note: the word starts after the last whitespace of any kind (a table's column gap is a tab).
  return l.slice(0, start).join("").search(/\s\S*$/u) + 1;
}
