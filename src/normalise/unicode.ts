/** Unicode NFC and line endings: the only character changes casebook makes besides whitespace. */

/**
 * NFC, CRLF/CR line endings to `\n`, and Unicode line/paragraph separators to `\n`.
 * Note: typographic quotes, dashes and accents are left as the letter has them; offsets point
 * into this text and names must stay in the letter's spelling.
 */
export function unicode(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\u0085\f\v]/g, "\n")
    .replace(/^\uFEFF/, "");
}
