/**
 * The same person written in two scripts: a Cyrillic caption (`Андрэй Козел`) beside the Latin
 * name (`Andrei Koziel`). A Cyrillic name whose transliteration is close to a Latin person's name
 * becomes that person's alias (corpus convention: "Cyrillic forms of the same person are aliases").
 */

import { memoised } from "../extract/memo.js";

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", ё: "yo", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ў: "u", ф: "f", х: "kh",
  ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** True when the name is written in Cyrillic. */
export function isCyrillic(name: string): boolean {
  return /\p{Script=Cyrillic}/u.test(name) && !/\p{Script=Latin}/u.test(name);
}

/** A loose Latin reading of a Cyrillic name: `Андрэй Козел` → `andrey kozel`. */
export function transliterate(name: string): string {
  return [...name.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join("");
}

const fold = (value: string): string => value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** Levenshtein distance between two short strings. */
export function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * The index of the Latin name closest to a Cyrillic one, or -1 when none is close enough
 * (at most a third of the letters differ).
 */
export function sameInLatin(cyrillic: string, latin: readonly string[]): number {
  const reading = transliterate(cyrillic);
  let best = -1;
  let bestRatio = 0.34;
  latin.forEach((name, i) => {
    const target = fold(name);
    const ratio = distance(reading, target) / Math.max(reading.length, target.length);
    if (ratio < bestRatio) {
      best = i;
      bestRatio = ratio;
    }
  });
  return best;
}

/**
 * One word as transliterations write it either way: accents off, `ph` → `f`, `y` between
 * letters → `i`, `ou` → `u`, `dh` → `d`, doubled letters single (`Mustapha`/`Mustafa`,
 * `Maryam`/`Mariam`, `Aliyev`/`Aliev`, `Mohammed`/`Mohamed`).
 */
export const spellingKey = memoised((word: string): string => {
  return fold(word)
    .replace(/ph/gu, "f")
    .replace(/dh/gu, "d")
    .replace(/ou/gu, "u")
    .replace(/(?<=\p{L})y(?=\p{L})/gu, "i")
    .replace(/(\p{L})\1+/gu, "$1");
});

/**
 * True when two words are spellings of one name word: the same key, or keys one letter apart
 * (five letters or more), or a short form of three letters or more inside the longer (`Abd`,
 * `Abdel`). Note: a difference that is only a final `a` is another person (`Petrov`/`Petrova`,
 * `Jan`/`Jana`): Slavic and other feminine forms.
 */
export function sameWord(a: string, b: string): boolean {
  const x = spellingKey(a);
  const y = spellingKey(b);
  if (x === y) return true;
  if (x.charAt(0) !== y.charAt(0)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long === `${short}a`) return false;
  if (short.length >= 5 && distance(x, y) === 1) return true;
  return short.length >= 3 && long.length - short.length <= 2 && long.startsWith(short) && !/^a$/u.test(long.slice(short.length));
}

/**
 * True when two full names of the same number of words are spellings of one person's name
 * (`Mustapha Abd Daiem` and `Mustafa Abdel Dayem`): every word pair the same by `sameWord`, and
 * the names not equal.
 */
export function sameSpelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a.every((word, i) => word === b[i])) return false;
  return a.every((word, i) => sameWord(word, b[i] as string));
}

const INITIAL = /^\p{Lu}\.?$/u;

/** A generation suffix or rank after a name: another person (`Juan Pérez Jr`), or no name word. */
const SUFFIX = /^(?:Jr|Sr|Snr|Jnr|II|III|IV)\.?$/u;

/**
 * True when `short` is the first words of `long` followed by at least one capitalised word: the
 * given names alone (`José Gregorio` for `José Gregorio de la Rosa Villamizar`) or a name without
 * its second surname (`Juan Carlos Ibarra` for `Juan Carlos Ibarra Saucedo`, `Efraín Robles` for
 * `Efraín Robles de Santiago`), as letters write people they have named in full.
 * Note: not when the rest is a generation suffix (`Juan Pérez` and `Juan Pérez Jr` are father and son).
 */
export function leadingForm(short: readonly string[], long: readonly string[]): boolean {
  if (long.length <= short.length || !short.every((word, i) => sameWord(word, long[i] as string))) return false;
  const rest = long.slice(short.length);
  return rest.some((word) => /^\p{Lu}/u.test(word)) && !rest.some((word) => SUFFIX.test(word));
}

/** True when `word` is an initial of `full` (`B.` of `Bautista`) or a spelling of it. */
function sameOrInitial(word: string, full: string): boolean {
  if (INITIAL.test(word)) return !INITIAL.test(full) && fold(full).startsWith(fold(word.charAt(0)));
  return sameWord(word, full);
}

/**
 * True when `short` is a shorter or initialled form of the full name `long`: the same first and
 * last word (by spelling), and every word between them found in order among `long`'s middle words
 * or as their initial (`Neema Mollel` and `Joselyn B. Magbanua` for `Neema Joseph Mollel` and
 * `Jocelyn Bautista Magbanua`); the first word may be the initial of the first (`G. Batzorig` for `Ganbold
 * Batzorig`). Note: a shorter form with only one word, or one with a word the
 * longer lacks, is not (`Ali Hassan` is no form of `Ali Reza Karimi`).
 */
/** One or two capitalised surnames, after particles if any (`Saucedo`, `de Santiago`, `de la Rosa Villamizar`). */
function surnameTail(rest: readonly string[]): boolean {
  const names = rest.filter((w) => !/^(?:de|del|la|las|los|y|da|do|dos|das)$/u.test(w));
  return names.length >= 1 && names.length <= 2 && rest.length <= 4 && names.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && rest.indexOf(names[0] as string) === rest.length - names.length;
}

export function shortenedForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short.length > long.length) return false;
  if (leadingForm(short, long)) return true;
  // Note: a Spanish or Portuguese name of four words or more is also written with its first given
  // name and first surname (`Osvaldo Cárdenas` for `Osvaldo Rigoberto Cárdenas Leyva`).
  if (short.length === 2 && long.length >= 4 && sameWord(short[0] as string, long[0] as string) && sameWord(short[1] as string, long.at(-2) as string) && /^\p{Lu}/u.test(long.at(-2) as string)) return true;
  // Note: and without its last surname or surnames (`Juan Carlos Ibarra` for `Juan Carlos Ibarra Saucedo`,
  // `Efraín Robles` for `Efraín Robles de Santiago`, `José Gregorio` for `José Gregorio de la Rosa Villamizar`).
  if (short.length < long.length && short.every((word, i) => sameWord(word, long[i] as string)) && surnameTail(long.slice(short.length))) return true;
  if (short.length === long.length && !short.some((word, i) => INITIAL.test(word) && !INITIAL.test(long[i] as string))) return false;
  // Note: the first given name may be written as its initial too (`G. Batzorig` for `Ganbold Batzorig`).
  if (!sameOrInitial(short[0] as string, long[0] as string) || !sameWord(short.at(-1) as string, long.at(-1) as string)) return false;
  let at = 1;
  for (const word of short.slice(1, -1)) {
    while (at < long.length - 1 && !sameOrInitial(word, long[at] as string)) at++;
    if (at >= long.length - 1) return false;
    at++;
  }
  return true;
}
