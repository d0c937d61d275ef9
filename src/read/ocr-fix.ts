/**
 * Repairs OCR misreadings that are systematic for the English model and that would change
 * records, before the text reaches the normaliser. Each fix is a data row with an example.
 */

/** `[pattern, replacement, example in, example out]`: applied in order. */
export const OCR_FIXES: ReadonlyArray<readonly [RegExp, string, string, string]> = [
  // Note: the model reads a final capital J of an acronym as `]` (`IFJ` → `IF]`), which loses
  // an organisation. A `]` closing a capitals-only word with no open `[` before it on the
  // line cannot be a bracket.
  [/(?<!\[[^\]\n]*)\b([A-Z]{2,})\]\B/gu, "$1J", "(IF]); IF] and [ref IFJ]", "(IFJ); IFJ and [ref IFJ]"],
];

/** Applies every row of OCR_FIXES to `text`. */
export function fixOcrText(text: string): string {
  return OCR_FIXES.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}
