/**
 * The people a fine verb names before its amount (`fined each of the defendants, Ana Ruiz, Juan
 * Soto and Luis Paz, 10,000 rubles`): read by the amount rule for where a fine's wording starts,
 * and by the bare-amount rule for whether a number is the verb's object.
 */

/** The longest gap from `fined` to its amount that may hold a list of objects. */
export const OBJECT_REACH = 160;
/** Lower-case words a list of objects may hold besides names (`each of the defendants, A, B and C`). */
const LIST_WORDS = /^(?:and|of|the|each|both|all|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten)$/u;

/** Between the verb and the amount: names (capitalised words), list words and at most two other words. */
export function objectList(gap: string): boolean {
  if (gap.length > OBJECT_REACH || /[.;:!?]\s/u.test(gap)) return false;
  const others = gap.split(/[\s,]+/u).filter((w) => w !== "" && !/^\p{Lu}/u.test(w) && !LIST_WORDS.test(w));
  return others.length <= 2;
}
