/**
 * Romanisation rules: the spelling differences between common romanisations of one name
 * (Belarusian, Russian and Ukrainian Cyrillic; Arabic, Persian and Turkish names), folded away
 * so that the variants of a word meet in one form. Each rule is a data row with an example that
 * a test checks against the rule itself. They apply to folded tokens (fold.ts), in order.
 *
 * Two levels: `SPELLING_RULES` give the person key (precise: they only merge spellings of one
 * sound); `SOUND_RULES` go further (Belarusian ў/ц/дз against Russian в/т/д) and only propose
 * candidates that need supporting evidence before a merge (cluster.ts).
 */

/** [pattern, replacement, example in, example out, why] */
export type RomanisationRule = readonly [RegExp, string, string, string, string];

export const SPELLING_RULES: readonly RomanisationRule[] = [
  [/x/g, "ks", "alexei", "aleksei", "x and ks spell one sound (Alexei / Aleksei)"],
  [/j(?=[aeiou])/g, "y", "jauhien", "yauhien", "Belarusian Latin and German j before a vowel is English y (Jaŭhien / Yauhien)"],
  [/(?<=[a-z])i(?=[aeou])/g, "y", "merliak", "merlyak", "i and y before a vowel spell the same glide (Merliak / Merlyak, Siarhei / Syarhei)"],
  [/kh/g, "h", "mikhnevich", "mihnevich", "Cyrillic х is kh or h (Mikhail / Mihail)"],
  [/tch/g, "ch", "tchaikovsky", "chaikovsky", "French and German tch is English ch"],
  [/(?:iy|yi|ii|ij|yj|y)$/, "i", "dmitriy", "dmitri", "the ending -ий/-ій/-ый is -iy, -ii, -yi or -y (Dmitriy / Dmitrii / Dmitry)"],
  [/c(?=k[iy]$)/, "ts", "bialacki", "bialatski", "Polish-style -cki is -tski (Bialacki / Bialiatski)"],
  [/(.)\1+/g, "$1", "mohammed", "mohamed", "doubled letters are written single in other romanisations (Mohammed / Mohamed)"],
];

export const SOUND_RULES: readonly RomanisationRule[] = [
  [/^ts(?=[iy])/, "t", "tsikhanouskaya", "tikhanouskaya", "Belarusian ці is Russian ти (Tsikhanouskaya / Tikhanovskaya)"],
  [/^dz(?=[^aeiouy])/, "d", "dzmitri", "dmitri", "Belarusian дз before a consonant is Russian д (Dzmitry / Dmitry)"],
  [/(?<=[aeo])u(?=[^aeiouy]|$)/g, "v", "tikhanouskaya", "tikhanovskaya", "Belarusian ў after a vowel is Russian в (Tsikhanouskaya / Tikhanovskaya, Kavaloŭ / Kovalev)"],
];

/** Applies `rules` in order to one folded token. */
export function applyRules(token: string, rules: readonly RomanisationRule[]): string {
  let out = token;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out;
}
