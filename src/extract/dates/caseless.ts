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
const ASCII_LETTER = /^[A-Za-z]$/u;
const ASCII_ALNUM = /^[\dA-Za-z]$/u;
/** Characters above 127 that fold onto no other under `i` (tests/extract/dates/caseless.test.ts checks every one). */
const CASE_FREE_WIDE = /^[\p{P}\p{Zs}\p{Sm}]$/u;

/** Whether `char` is ASCII or has no other case. */
function caseFreeWide(char: string): boolean {
  return char.charCodeAt(0) <= 127 || CASE_FREE_WIDE.test(char);
}

/** The escape at `source[index]` (after a backslash) when its meaning is case-free, else null. */
function caseFreeEscape(source: string, index: number): string | null {
  const next = source[index];
  if (next === undefined) return null;
  if (CASE_FREE_ESCAPES.has(next)) return next;
  return ASCII_ALNUM.test(next) || !caseFreeWide(next) ? null : next;
}

/** `source` with each ASCII letter outside a class spelled in both cases, or null when that would change what it matches under `i`. */
export function caselessSource(source: string): string | null {
  let out = "";
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? "";
    if (!caseFreeWide(char)) return null;
    if (char === "\\") {
      const escaped = caseFreeEscape(source, index + 1);
      if (escaped === null) return null;
      out += char + escaped;
      index++;
    } else if (inClass) {
      if (ASCII_LETTER.test(char)) return null;
      if (char === "]") inClass = false;
      out += char;
    } else if (char === "[") {
      inClass = true;
      out += char;
    } else if (char === "(" && source[index + 1] === "?") {
      // Note: `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` hold no letter; a named group `(?<name>` does.
      const head = /^\(\?(?:[!:=]|<[!=])/u.exec(source.slice(index, index + 4))?.[0];
      if (head === undefined) return null;
      out += head;
      index += head.length - 1;
    } else {
      out += ASCII_LETTER.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char;
    }
  }
  return out;
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
