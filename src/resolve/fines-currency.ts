/**
 * The currency valid where and when a fine was imposed (GUIDELINES): roubles named in a letter
 * about Belarus are Belarusian roubles, never Russian ones, and before the redenomination of
 * 1 July 2016 (10,000 old roubles to 1 new) their code is BYR, from then on BYN. A year stated
 * with the fine decides, else a sum of a million or more (old roubles), else the ruling's date,
 * else the letter's date, else the latest full date the letter gives.
 */
import type { DateRecord, Fine } from "../records.js";
import { letterCountry } from "../extract/fines/countries.js";
import { redenominated, YEAR_AFTER } from "./fines-redenominations.js";

/** The first month of the new Belarusian rouble (BYN). */
export const BYN_FROM = "2016-07";

/** Roubles named by their name, not by a code the letter states (`BYN 580` stays BYN). */
const ROUBLES_BY_NAME = /\bro?ubles?\b/iu;
/** A stated code, or Russian roubles named as such (`3,000 Russian rubles` in a Belarusian letter). */
const STATED_CODE = /\b(?:RUB|BYN|BYR)\b|\bRussian\s+ro?ubles?\b/iu;

/** The Belarusian code for a fine ruled on `date` (ISO 8601, any precision), BYN when unknown. */
export function belarusianCode(date: string | null): "BYR" | "BYN" {
  return date !== null && date < BYN_FROM ? "BYR" : "BYN";
}

/** The latest full date (`YYYY-MM-DD`) among the letter's dates, or null. */
function latestDate(dates: readonly DateRecord[]): string | null {
  let latest: string | null = null;
  for (const d of dates) if (/^\d{4}-\d{2}-\d{2}$/u.test(d.value) && (latest === null || d.value > latest)) latest = d.value;
  return latest;
}

/**
 * Old roubles were worth 10,000 times less: a fine of a million or more with no date of its own is
 * in old roubles (a million new roubles is a fortune no court fines a person).
 */
const OLD_AMOUNT = 1_000_000;

/** The code of one Belarusian rouble fine: its stated year, its date, else its size and the letter's date. */
function codeOf(text: string, fine: Fine, fallback: string | null): "BYR" | "BYN" {
  const year = YEAR_AFTER.exec(text.slice(fine.end, fine.end + 40))?.[1] ?? null;
  if (year !== null && year !== "2016") return belarusianCode(year);
  // Note: the size before the ruling's date, which may be another clause's (`on 14 May 2016 … fined A
  // 4.2 million roubles; on 3 August 2016 … fined B 630 roubles`): a million new roubles is no fine.
  if (fine.amount >= OLD_AMOUNT) return "BYR";
  return belarusianCode(fine.date ?? fallback);
}

/** Fines with the rouble's code set by the letter's country and the ruling's date. */
export function resolveFineCurrencies(text: string, fines: Fine[], letterDate: string | null, dates: readonly DateRecord[]): Fine[] {
  const fallback = letterDate ?? latestDate(dates);
  const roubles = fines.filter((f) => (f.currency === "RUB" || f.currency === "BYN") && ROUBLES_BY_NAME.test(f.text) && !STATED_CODE.test(f.text));
  // Note: then the other currencies redenominated under the same name (SLE → SLL before July 2022; fines-redenominations.ts).
  if (roubles.length === 0 || letterCountry(text) !== "Belarus") return redenominated(text, fines, fallback);
  return redenominated(text, fines.map((f) => (roubles.includes(f) ? { ...f, currency: codeOf(text, f, fallback) } : f)), fallback);
}
