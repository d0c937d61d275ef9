/**
 * A statute's range of fines is no fine imposed: `an offence punishable by … a fine of 2,000 to 20,000 dirhams`,
 * `une amende de 2 000 à 20 000 dirhams`, `a fine of between FRW 5,000,000 and FRW 10,000,000`. The sum after
 * the range word is the range's top; a sum followed by one is its floor. A fine changed on appeal (`reduced the fine
 * from 15,000 to 8,000 dirhams`, `a ramené l'amende de 15 000 à 8 000 dirhams`) is read by its verb of change, and
 * a range runs upward: a smaller second sum is no top.
 */
import { parseAmount } from "./money.js";

/** A number as any of the languages write it, with a scale word; the currency may stand before it. */
const FIGURE = String.raw`(?:[A-Z]{2,3}\$?\s?|[$€£₦₹]\s?)?(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)(?:\s?(millions?|millones|milliards?|thousand|billion|mil))?`;
/**
 * The lower sum and a range word right before the top (`2,000 dirhams to `, `2 000 à `, `between 5 and `); group 1
 * `between`, group 2 the lower number, group 3 its scale. Note: a currency word between them only before `to` or a dash
 * (`condenó a 3 de ellos a 500 pesos` is no range).
 */
const BEFORE_TOP = new RegExp(String.raw`(?:(\bbetween|\bentre)\s+)?${FIGURE}(?:(?:\s+\p{L}{2,12}){0,2}?\s*(?:to|[\-–])|\s+(?:[àay]|and|et))\s*$`, "u");
/** A range word and a second figure right after a sum (`… 5,000,000 and FRW 10,000,000`): the sum is a floor. */
const AFTER_FLOOR = new RegExp(String.raw`^\s*(?:to|[àay\-–]|and|et)\s+${FIGURE}`, "u");
/** `between` right before a floor. */
const BETWEEN_BEFORE = /\b(?:between|entre)\s+(?:[A-Z]{2,3}\$?\s?|[$€£₦₹]\s?)?$/u;
/** A verb of change before the sums: an appeal's new fine, not a range. */
const CHANGE = /\b(?:reduc\w*|rais\w*|increas\w*|lower\w*|cut|halved|doubled|changed|commuted|r[ée]dui\w*|ramen\w*|port[ée]\w*|augment\w*|diminu\w*|rebaj\w*|reduj\w*|aument\w*|elev\w*|modific\w*)\b[^.;]{0,80}$/iu;
/** A `from` right before the lower sum: `from 500 to 5,000`, a change told by its two ends. */
const FROM = /\bfrom\s+$/iu;
/** How far back the lower sum and a verb of change are read, in characters. */
const REACH = 120;

const valueOf = (number: string, scale: string | undefined): number => parseAmount(number, scale ?? "");

/**
 * Whether the sum of `value` at `start`–`end` of `text` is an end of a statutory range: the top after a lower
 * figure and a range word (`2,000 to 20,000 dirhams`), or a floor with `between` before it and a second figure
 * after (`between FRW 5,000,000 and FRW 10,000,000`).
 */
export function inRange(text: string, start: number, end: number, value: number): boolean {
  const left = text.slice(Math.max(0, start - REACH), start);
  if (CHANGE.test(left)) return false;
  const top = BEFORE_TOP.exec(left);
  if (top?.[2]) {
    const lower = valueOf(top[2], top[3]);
    const words = /\s(?:and|et|y)\s*$/u.test(top[0]);
    // Note: `and`/`et`/`y` make a range only after `between`/`entre` (`fined 20,000 and 15,000 rubles` is a list).
    if ((!words || top[1]) && !FROM.test(left.slice(0, top.index)) && lower < value) return true;
  }
  const floor = AFTER_FLOOR.exec(text.slice(end, end + 40));
  if (floor?.[1] && BETWEEN_BEFORE.test(left) && valueOf(floor[1], floor[2]) > value) return true;
  return false;
}
