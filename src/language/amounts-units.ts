/**
 * Units a fine is stated in that a vocabulary names by a pattern rather than one by one (`unidades
 * reajustables`, `unidades indexadas`): the record's unit is the words as written, in the singular.
 */

/** The value a vocabulary's `fineUnits` gives a pattern whose unit is its own words in the singular. */
export const NAMED_UNIT = "*named*";

/**
 * A French or Spanish word in the singular: `-es` dropped after a consonant that follows a vowel, the
 * plural of a word ending in that consonant (`unidades` → `unidad`, `mensuales` → `mensual`); else a
 * final `-s` or `-x` (`reajustables` → `reajustable`, `unités` → `unité`).
 */
export function singularWord(word: string): string {
  if (/[aeiouáéíóú][dlrnzjy]es$/u.test(word)) return word.slice(0, -2);
  return word.replace(/[sx]$/u, "");
}

/** Each word of a unit's name in the singular (`unidades reajustables` → `unidad reajustable`). */
export const singularWords = (name: string): string => name.split(" ").map(singularWord).join(" ");
