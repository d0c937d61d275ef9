/**
 * A word's own final apostrophe: the glottal stop of Mayan words (`Ch'och'`, `Q'eqchi'`) and the
 * ʿayn or hamza of transliterated Arabic (`Shari'`, `Nida'`). The word tokens stop before a final
 * apostrophe (a possessive or a closing quote everywhere else). The mark is the word's own when
 * it follows a lower-case letter other than a sibilant (no English possessive: `Workers'`,
 * `Jones'`) and closes no single quote its line opened before it.
 */

/** A last letter that makes an apostrophe after it a possessive (`Workers'`, `Jones'`, `Alvarez'`). */
const SIBILANT_END = /[sSzZxX]$/u;
/** A single quote opening a word (`'Voice`, `‘Sawt`), and one closing it (`Street'`). */
const OPENING = /(?<![\p{L}\p{N}])['‘](?=\p{L})/gu;
const CLOSING = /(?<=[\p{L}\p{N}.!?])['’](?![\p{L}\p{N}])/gu;

/** True when the line before `at` opened more single quotes than it closed: an apostrophe at `at` closes one. */
function insideQuote(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  return (line.match(OPENING)?.length ?? 0) > (line.match(CLOSING)?.length ?? 0);
}

/** True when the apostrophe at `at`, after `word` and before a word's end, is that word's own. */
export function ownApostrophe(text: string, at: number, word: string): boolean {
  return /^['’](?![\p{L}\p{N}])/u.test(text.slice(at, at + 2)) && /\p{Ll}$/u.test(word) && !SIBILANT_END.test(word) && !insideQuote(text, at);
}
