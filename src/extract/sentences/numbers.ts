/**
 * Numbers as letters write them in terms and amounts: digits, English number words
 * (`fifteen`, `twenty-five`, `a`/`an` for one) and the `… and a half` forms.
 */

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const FRACTIONS: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75 };

const SMALL = "one|two|three|four|five|six|seven|eight|nine";

/**
 * Regex source for one number: digits (with an optional decimal part or a fraction: `1½`,
 * `3 1/2`) or words.
 * Note: `a`/`an` are numbers only inside a term (`a year`); callers anchor them to a unit.
 */
export const NUMBER_SOURCE =
  `(?:\\d+(?:[.,]\\d+)?(?:\\s?[½¼¾]|\\s[13]/[24](?!\\d))?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:${SMALL}))?` +
  `|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|${SMALL}|an?)`;

/** The value of a number written in digits or words; null when it is not one. */
export function parseNumber(raw: string): number | null {
  const word = raw.trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(word)) return Number(word.replace(",", "."));
  const fraction = /^(\d+)\s?(?:([½¼¾])|([13])\/([24]))$/u.exec(word);
  if (fraction) {
    const part = fraction[2] ? (FRACTIONS[fraction[2]] ?? 0) : Number(fraction[3]) / Number(fraction[4]);
    return Number(fraction[1]) + part;
  }
  const unit = UNITS[word];
  if (unit !== undefined) return unit;
  const [tens, rest] = word.split(/[-\s]/);
  const tensValue = TENS[tens ?? ""];
  if (tensValue === undefined) return null;
  if (rest === undefined) return tensValue;
  const restValue = UNITS[rest];
  return restValue === undefined || rest === "a" || rest === "an" ? null : tensValue + restValue;
}
