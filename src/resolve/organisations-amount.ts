/**
 * A currency's code or sign closing a name before an amount (`the company VND 120 million`, `fined the
 * channel Al-Rafidain Al-Jadeeda IQD 25 million`, `the union Sh10,000`): the word is the amount's, no
 * word of the name. ISO 4217 codes (currency-codes) and the signs the fines know (fines/currencies.ts);
 * a name that was only the code is no body.
 */
import { code as currency } from "currency-codes";
import { CURRENCY_SIGNS } from "../extract/fines/currencies.js";
import type { OrganisationCandidate } from "../records.js";

const SIGNS = new Set(CURRENCY_SIGNS.map((s) => s.sign));
/** A digit right after the word, one space apart at most. */
const NUMBER_AFTER = /^[ \u00a0]?\d/u;
/** A sign glued to its amount in one token (`Sh10`, `KSh500`, `Tk8`). */
const GLUED = /^(\p{L}{1,4})\d[\d.,]*$/u;

const isCode = (word: string): boolean => /^\p{Lu}{3}$/u.test(word) && currency(word) !== undefined;

/** True when `word`, followed by `after`, is a currency's code or sign with its amount. */
function moneyWord(word: string, after: string): boolean {
  if (NUMBER_AFTER.test(after) && (isCode(word) || SIGNS.has(word))) return true;
  const glued = GLUED.exec(word)?.[1];
  return glued !== undefined && (SIGNS.has(glued) || isCode(glued));
}

/** The candidate without a currency's word closing it before an amount; null when nothing else is left. */
export function withoutAmount(text: string, candidate: OrganisationCandidate): OrganisationCandidate | null {
  // Note: a rule may have read the code after the name as its acronym, leaving it out of the span (`Nile Horizon TV` + `EGP 25,000`).
  const { acronym } = candidate;
  if (acronym !== null && acronym !== candidate.name && isCode(acronym) && text.startsWith(` ${acronym}`, candidate.end) && moneyWord(acronym, text.slice(candidate.end + acronym.length + 1, candidate.end + acronym.length + 4))) {
    return { ...candidate, acronym: null };
  }
  const at = candidate.text.search(/\S+$/u);
  const word = candidate.text.slice(at);
  if (at < 0 || !moneyWord(word, text.slice(candidate.end, candidate.end + 3))) return candidate;
  const kept = candidate.text.slice(0, at).trimEnd();
  const name = candidate.name.endsWith(word) ? candidate.name.slice(0, candidate.name.length - word.length).trimEnd() : candidate.name;
  if (kept === "" || name === "") return null;
  return { ...candidate, end: candidate.start + kept.length, text: kept, name, acronym: candidate.acronym === word ? null : candidate.acronym };
}
