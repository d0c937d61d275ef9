/**
 * Currencies that kept their name and sign through a redenomination, for which ISO 4217 gave the new unit a new code
 * (the standard's amendments: world knowledge, not the letters'). The Belarusian rouble (BYR → BYN, July 2016) has its
 * own step, resolve/fines-currency.ts.
 */

/** `[old code, new code, first month of the new code, what changed]`. */
export const REDENOMINATIONS: readonly (readonly [string, string, string, string])[] = [
  ["SLL", "SLE", "2022-07", "Sierra Leone's leone, 1,000 old to 1 new"],
  ["MRO", "MRU", "2018-01", "Mauritania's ouguiya, 10 old to 1 new"],
  ["ZMK", "ZMW", "2013-01", "Zambia's kwacha, 1,000 old to 1 new"],
  ["GHC", "GHS", "2007-07", "Ghana's cedi, 10,000 old to 1 new"],
  ["STD", "STN", "2018-01", "São Tomé and Príncipe's dobra, 1,000 old to 1 new"],
  ["VEF", "VES", "2018-08", "Venezuela's bolívar, 100,000 old to 1 new"],
  ["MZM", "MZN", "2006-07", "Mozambique's metical, 1,000 old to 1 new"],
  ["TMM", "TMT", "2009-01", "Turkmenistan's manat, 5,000 old to 1 new"],
  ["AZM", "AZN", "2006-01", "Azerbaijan's manat, 5,000 old to 1 new"],
];

/** The old codes, which the currency package no longer lists: a fine keeps the code of its time. */
export const OLD_CODES: readonly string[] = REDENOMINATIONS.map(([old]) => old);

