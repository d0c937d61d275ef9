/**
 * What a court's name carries after its head (named.ts): its number (`… Court No. II`), its numbered
 * branch (`Branch 26 of the …`, `…, Branch 22, of Y City`) and its seat set off by a comma (`…, Dhaka`).
 */
import { isCommonWord, isCountryWord, isNameWord, isPlaceName } from "../nlp.js";
import { ROLE_HEADS, TITLE_WORDS } from "../people/lexicon.js";
import { isAllCaps, type Token } from "../people/tokens.js";

const lower = (token: Token): string => token.text.toLowerCase();

/** A court's numbered branch written before it (`Branch 26 of the …`) or after it (`…, Branch 22,` and its seat). */
const BRANCH_BEFORE = /\bBranch[ \u00a0]+(?:No\.?[ \u00a0]*)?\d+[ \u00a0]+of[ \u00a0]+the[ \u00a0]+$/u;
const BRANCH_AFTER = /^,[ \u00a0]+Branch[ \u00a0]+(?:No\.?[ \u00a0]*)?\d+\b(?:,[ \u00a0]+of[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]*){0,3})?/u;
// Note: with a number hyphened to it (`Anti-Terrorism Court-II`).
export const COURT_HEADS = /^(?:court|tribunal)(?:-(?:[ivx]{1,4}|\d{1,2}))?$/u;
/** A court's number after its head (` No. II`, ` No. 3`). */
// Note: with the court's seat after it (`… Court No. 2 of Rosario`).
export const COURT_NUMBER = /^[ \u00a0]+No\.?[ \u00a0]*(?:[IVX]{1,5}|\d{1,3})(?![\p{L}\p{N}])(?:[ \u00a0]+of[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?![\p{L}\p{M}]))?/u;
/**
 * A court's town set off by a comma after its name, one or two capitalised words, then a comma, a stop,
 * a dash, a line's end or a lower-case word (`, Dhaka,`, `, Savar, found`, `, Gazipur` closing a line,
 * `, Tiruppur convicted`).
 */
const COURT_SEAT = /^,[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+)?)(?=[ \u00a0]*(?:[,.;:)\n–—]|-[ \u00a0]|$)|[ \u00a0]+\p{Ll})/u;

/**
 * True for a town's name: a known place or country, or one word no lexicon knows as an ordinary word, a
 * person's name or a post (South Asian towns: `Gazipur`, `Savar`, `Devikulam`, unknown to compromise).
 */
function town(words: string): boolean {
  if (isPlaceName(words) || isCountryWord(words)) return true;
  return !/\s/u.test(words) && !isCommonWord(words.toLowerCase()) && !isNameWord(words) && !TITLE_WORDS.has(words.toLowerCase()) && !ROLE_HEADS.has(words.toLowerCase()) && !isAllCaps(words);
}

/**
 * The length of a court's town after its name, or 0. Note: South Asian courts are named with their town
 * after a comma (`Court of the Senior Judicial Magistrate, Savar`), and golds write it so; the name keeps it.
 */
export function courtSeat(text: string, body: readonly Token[], end: number): number {
  if (!body.some((t) => COURT_HEADS.test(lower(t)))) return 0;
  const seat = COURT_SEAT.exec(text.slice(end, end + 40));
  return seat && town(seat[1] as string) ? seat[0].length : 0;
}

/**
 * The span of a court's mention with its numbered branch (`Branch 1 of the Revolutionary Court of
 * X`, `Regional Trial Court, Branch 22, of Y City`), or null. Note: the name stays the court's and
 * the mention carries the branch, so the record has both forms: letters and analysts name such a
 * court either way.
 */
export function courtBranch(text: string, body: readonly Token[], start: number, end: number): { start: number; end: number } | null {
  if (!body.some((t) => COURT_HEADS.test(lower(t)))) return null;
  const before = BRANCH_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = BRANCH_AFTER.exec(text.slice(end, end + 60));
  if (!before && !after) return null;
  return { start: before ? start - before[0].length : start, end: after ? end + after[0].length : end };
}
