/**
 * A case-insensitive (`i`, not `u`) regular expression written out with explicit cases, for the
 * worker bundle's chrono-node (scripts/chrono-caseless.ts routes chrono's `new RegExp` through
 * `caselessRegExp`). Why: V8's optimising regexp compiler spends ~100–400 ms (by the load) on
 * each of chrono's two time-unit patterns (`3 days ago`, `two weeks later`: ~800 characters of
 * number words and units in a loop of up to ten, then a word) under `i`, on a thread's first
 * letter; spelled `[aA]…` without `i` the same expression compiles 4–8× faster and runs as fast
 * (docs/performance.md, "Small batches, session 12").
 * Note: the same matches, by the spec's non-Unicode case folding (Canonicalize: an ASCII letter
 * is equal only to its other ASCII case; no character above 127 folds onto one below). Anything
 * whose `i` reading the spelling would not keep — a character class holding a letter, an escape
 * that names a character (`\x41`, `\u0041`, `\cJ`), a back-reference, a character above 127 other
 * than punctuation, a space or a mathematical symbol (which Unicode gives no case: `–`, `（`, `∙`),
 * the `u` or `v` flag — leaves the expression as it was.
 */

/** Escapes whose meaning does not depend on case: classes of characters, anchors, control characters. */
const CASE_FREE_ESCAPES = new Set(["s", "S", "d", "D", "w", "W", "b", "B", "n", "r", "t", "f", "v"]);
/** A character above 127 that may fold onto another under `i`: any but punctuation, spaces and mathematical symbols (tests/extract/dates/caseless.test.ts checks every one it lets through). */
const CASED_WIDE = /[^\0-\x7F\p{P}\p{Zs}\p{Sm}]/u;
/** The pieces of a pattern the spelling reads: an escape, a class, a group's head, a letter. */
const PIECE = /\\[\s\S]|\[(?:\\[\s\S]|[^\\\]])*\]|\(\?(?:[!:=]|<[!=])?|[A-Za-z]/gu;
const ESCAPE_IN_CLASS = /\\([\s\S])/gu;
const LETTER = /[A-Za-z]/u;

/** Whether the escaped character `char` (after a backslash) means the same in any case: not a letter naming a character, nor a digit (a back-reference). */
function caseFreeEscape(char: string): boolean {
  return CASE_FREE_ESCAPES.has(char) || !(LETTER.test(char) || (char >= "0" && char <= "9"));
}

/** `source` with each ASCII letter outside a class spelled in both cases, or null when that would change what it matches under `i`. */
export function caselessSource(source: string): string | null {
  if (CASED_WIDE.test(source)) return null;
  let kept = true;
  // Note: a regular expression reads the pieces (natively): a loop over each character ran ~3 ms per chrono pattern, cold, at every thread's start.
  const out = source.replace(PIECE, (piece) => {
    if (piece.startsWith("\\")) {
      kept &&= caseFreeEscape(piece.slice(1));
    } else if (piece.startsWith("[")) {
      let escapesFree = true;
      const bare = piece.replace(ESCAPE_IN_CLASS, (_escape, char: string) => {
        escapesFree &&= caseFreeEscape(char);
        return "";
      });
      kept &&= escapesFree && !LETTER.test(bare);
    } else if (piece.startsWith("(")) {
      // Note: `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` hold no letter; a named group `(?<name>` does.
      kept &&= piece.length > 2;
    } else {
      return `[${piece.toLowerCase()}${piece.toUpperCase()}]`;
    }
    return piece;
  });
  return kept ? out : null;
}

/** Spellings by source (chrono's are a fixed few; bounded all the same). */
const spelled = new Map<string, string | null>();
const MAX_SPELLED = 1000;

/** `new RegExp(source, flags)`, written out with explicit cases when `flags` asks for `i` without `u` or `v` and the spelling keeps its matches. */
export function caselessRegExp(source: string | RegExp, flags?: string): RegExp {
  if (typeof source !== "string" || flags === undefined || !flags.includes("i") || /[uv]/u.test(flags)) return new RegExp(source, flags);
  if (spelled.size >= MAX_SPELLED) spelled.clear();
  let written = spelled.get(source);
  if (written === undefined && !spelled.has(source)) {
    written = caselessSource(source);
    spelled.set(source, written);
  }
  return written === null || written === undefined ? new RegExp(source, flags) : new RegExp(written, flags.replace("i", ""));
}
