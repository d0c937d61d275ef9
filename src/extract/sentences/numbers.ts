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

const SMALL = "one|two|three|four|five|six|seven|eight|nine";

/**
 * Regex source for one number: digits (with an optional decimal part) or words.
 * Note: `a`/`an` are numbers only inside a term (`a year`); callers anchor them to a unit.
 */
export const NUMBER_SOURCE =
  `(?:\\d+(?:[.,]\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:${SMALL}))?` +
  `|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|${SMALL}|an?)`;

/** The value of a number written in digits or words; null when it is not one. */
export function parseNumber(raw: string): number | null {
  const word = raw.trim().toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(word)) return Number(word.replace(",", "."));
  const unit = UNITS[word];
  if (unit !== undefined) return unit;
  const [tens, rest] = word.split(/[-\s]/);
  const tensValue = TENS[tens ?? ""];
  if (tensValue === undefined) return null;
  if (rest === undefined) return tensValue;
  const restValue = UNITS[rest];
  return restValue === undefined || rest === "a" || rest === "an" ? null : tensValue + restValue;
}
