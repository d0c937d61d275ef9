/**
 * A short form the letter writes with an amount (`ZiG 10 000`, `ZiG5 000`, `2 500 ZiG`) is a currency's sign, even where a
 * bracket defines it (`Zimbabwe Gold (ZiG)`): no body.
 */
// Note: an amount has three digits at least; a year (`In 2019 ITUC said`, `ZCTU 2024`) and a convention's number
// (`ILO 87`) are no amount.
const AMOUNT = String.raw`\d{1,3}(?:[., \u00a0\u202f]\d{3})+|\d{3,}`;
const AFTER = new RegExp(String.raw`^[ \u00a0]?(${AMOUNT})(?!\d)`, "u");
const BEFORE = new RegExp(String.raw`(?<![\p{L}\d/-])(${AMOUNT})[ \u00a0]?$`, "u");
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** True when an amount stands right before or after one of the word's occurrences. */
export function writtenWithAmount(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (/\p{L}/u.test(text.charAt(at - 1)) || /\p{L}/u.test(text.charAt(end))) continue;
    const after = AFTER.exec(text.slice(end, end + 16))?.[1];
    const before = BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1];
    if ([after, before].some((amount) => amount !== undefined && !YEAR.test(amount))) return true;
  }
  return false;
}
