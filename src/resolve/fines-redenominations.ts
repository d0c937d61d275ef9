/**
 * The code valid when a fine was imposed, for the currencies that kept their name and sign through a
 * redenomination (ISO 4217 gave the new unit a new code): a fine in leones before July 2022 is SLL, after
 * it SLE; in ouguiyas before 2018 MRO, after it MRU. World knowledge (the ISO 4217 amendments), not the
 * letters'. The Belarusian rouble, whose name letters share with Russia's, has its own step
 * (fines-currency.ts).
 */
import type { Fine } from "../records.js";
import { REDENOMINATIONS } from "../language/redenominations.js";

/** The letter's own word for the old or the new unit right after the sum (`Le 50,000,000 (old leones)`, `100 000 UM (anciennes ouguiyas)`). */
const MARKED = /^\s*(?:[([]\s*)?(?:(old|former|ancien(?:ne)?s?|antigu[oa]s?|viej[oa]s?)|new|nouveau|nouvelles?|nuev[oa]s?)\s+\p{L}/iu;
/** How far after the fine its marker may stand. */
const MARK_REACH = 40;
/** A year stated with the fine (`fined Le 5,000,000 in 2019`); the Belarusian step reads it too (fines-currency.ts). */
export const YEAR_AFTER = /^[^.;]{0,30}?\b((?:19|20)\d{2})\b/u;

/** Each new code as the letter may write it itself (`SLE 4,000`), built once. */
const STATED = new Map(REDENOMINATIONS.map(([, code]) => [code, new RegExp(`(?<![\\p{L}])${code}(?![\\p{L}])`, "u")]));

/**
 * Fines with the old code where the ruling came before the currency's redenomination: the unit the letter marks
 * (`old leones`), else the year stated with the fine, its date, else `fallback` (the letter's date). A code the
 * letter writes itself (`SLE 4,000`) stays.
 */
export function redenominated(text: string, fines: Fine[], fallback: string | null): Fine[] {
  return fines.map((fine) => {
    const row = REDENOMINATIONS.find(([, code]) => code === fine.currency);
    if (!row) return fine;
    const [old, code, from] = row;
    if (STATED.get(code)?.test(fine.text)) return fine;
    const after = text.slice(fine.end, fine.end + MARK_REACH);
    const marked = MARKED.exec(after);
    if (marked) return marked[1] ? { ...fine, currency: old } : fine;
    const when = YEAR_AFTER.exec(after)?.[1] ?? fine.date ?? fallback;
    return when !== null && when < from ? { ...fine, currency: old } : fine;
  });
}
