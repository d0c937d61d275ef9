/**
 * Words hyphenated across a line break: `Lukash-\nenko` → `Lukashenko`, but a real hyphen
 * that happened to fall at a line end stays (`co-\nchairman` → `co-chairman`).
 * The rule, first match wins:
 *  1. the part after the break starts with a capital or a digit → keep (`ACV-\nCSC`, `B-\n1210`);
 *  2. the part before is one letter → keep (`e-\nmail`);
 *  3. the joined word occurs elsewhere in the document → join;
 *  4. the hyphenated word occurs elsewhere → keep;
 *  5. the part before is a prefix that takes a hyphen (`co`, `ex`, `non`, `vice`…) → keep;
 *     a weaker prefix (`re`, `pre`, `pro`…) keeps it only if the part after is a word found
 *     elsewhere (`re-\nelection` with `election` in the text);
 *  6. both parts occur elsewhere as words → keep (a compound: `strike-\nleaders`);
 *  7. otherwise join: a typesetter's break inside one word.
 * A soft hyphen (U+00AD) at a line end always joins; elsewhere it is removed.
 */

const STRONG_PREFIXES = new Set(["co", "ex", "self", "non", "anti", "vice", "post", "multi", "semi", "cross", "half", "well", "mid", "quasi", "ultra", "all", "neo", "pan", "full", "long", "short", "high", "low"]);
const WEAK_PREFIXES = new Set(["re", "pre", "pro", "de", "inter", "counter", "over", "under", "out", "sub", "super", "trans", "extra", "intra"]);

const BREAK = /(\p{L}+)-\n([\p{L}\d]+)/gu;

/** The forms a decision may ask about, for each break site: x, y, xy and x-y. */
function wanted(text: string): Set<string> {
  const forms = new Set<string>();
  for (const [, before = "", after = ""] of text.matchAll(BREAK)) {
    const x = before.toLowerCase();
    const y = after.toLowerCase();
    for (const form of [x, y, x + y, `${x}-${y}`]) forms.add(form);
  }
  return forms;
}

/** Which of `forms` occur as words (or parts of hyphenated words) elsewhere in `text`. */
function vocabulary(text: string, forms: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  // Note: the split fragments themselves are blanked out so they do not attest themselves.
  for (const token of text.replace(BREAK, " ").toLowerCase().split(/[^\p{L}-]+/u)) {
    const word = token.replace(/^-+|-+$/g, "");
    if (forms.has(word)) words.add(word);
    if (word.includes("-")) for (const part of word.split("-")) if (forms.has(part)) words.add(part);
  }
  return words;
}

/** Whether the hyphen between `before` and `after` (split at a line end) is a real one. */
export function keepHyphen(before: string, after: string, words: ReadonlySet<string>): boolean {
  const x = before.toLowerCase();
  const y = after.toLowerCase();
  if (/^[\p{Lu}\p{Lt}\d]/u.test(after)) return true;
  if (before.length === 1) return true;
  if (words.has(x + y)) return false;
  if (words.has(`${x}-${y}`)) return true;
  if (STRONG_PREFIXES.has(x)) return true;
  if (WEAK_PREFIXES.has(x)) return words.has(y);
  return before.length >= 2 && words.has(x) && words.has(y);
}

/** Re-joins words split by a hyphen at a line break, keeping real hyphens. */
export function hyphenation(text: string): string {
  const softened = text.replace(/\u00ad\n?/g, "");
  if (!/\p{L}-\n[\p{L}\d]/u.test(softened)) return softened;
  const words = vocabulary(softened, wanted(softened));
  return softened.replace(BREAK, (_, before: string, after: string) =>
    keepHyphen(before, after, words) ? `${before}-${after}` : `${before}${after}`,
  );
}
