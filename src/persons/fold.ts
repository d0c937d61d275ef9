/**
 * Folding a name to comparable tokens: any script to ASCII (any-ascii: Cyrillic, Greek,
 * Arabic, Vietnamese, Turkish dotless ı …), case-folded, apostrophes and other marks dropped.
 * The romanisation rules (romanise.ts) and given-name table (variants.ts) work on these tokens.
 */
import anyAscii from "any-ascii";

/** ASCII lower-case text of `text`: `Aleś Bialacki` → `ales bialacki`, `Ціханоўская` → `tsikhanouskaya`. */
export function foldText(text: string): string {
  return anyAscii(text).toLowerCase();
}

/**
 * A name's folded tokens: words split at spaces, hyphens and dots; apostrophes inside a word
 * dropped (`Nko'o` → `nkoo`, `Ales'` → `ales`), so a transliterated soft sign does not split a word.
 */
export function nameTokens(name: string): string[] {
  return foldText(name)
    .replace(/['`\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== "");
}
