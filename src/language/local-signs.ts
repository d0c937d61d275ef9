/**
 * Currency signs as each country's own locales write them (CLDR, read through Node's Intl): `D`
 * the Gambian dalasi, `zł` the złoty, `WS$` the tala, `T$` the paʻanga, `Lekë` the lek, `K` the
 * kina, kwacha or kyat. World knowledge, not the letters': every country of world-countries, its
 * currencies, and the locales of English and of its own languages. The money rules read a sign of
 * this table only where the letter names a country that pays in it (extract/fines/currencies.ts).
 * Kept as a data file beside this module (local-signs.json, written by `npm run data:signs`, checked
 * against Intl by tests/language/local-signs.test.ts): the table takes ~1 s of Intl work and the data
 * package's parse, which no run should pay (issue 19), and a JSON import is inlined in the worker's
 * bundle, where a file read beside the module would miss.
 */
import type { Country } from "world-countries";
import table from "./local-signs.json" with { type: "json" };

/** A sign, the codes of the currencies it stands for, and where its locales write it. */
export interface LocalSign {
  sign: string;
  codes: string[];
  written: "before" | "after" | "both";
}

/**
 * A sign worth reading in an English, French or Spanish letter: Latin letters, currency glyphs and
 * the dollar's, a dot or slash (`Gs.`, `S/`); not a sign in another script (`ل.س.`, `сом`).
 */
// Note: and a space inside (`F CFA`, the West African franc's), no-break spaces made plain.
const READABLE = /^(?=.*[\p{Script=Latin}\p{Sc}])[\p{Script=Latin}\p{Sc}./]+(?: [\p{Script=Latin}\p{Sc}./]+)?$/u;

/** The locale's sign for `code` and whether it stands before the number; null when it writes the code itself. */
function signOf(locale: string, code: string, display: "symbol" | "narrowSymbol"): { sign: string; before: boolean } | null {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, { style: "currency", currency: code, currencyDisplay: display }).formatToParts(1);
  } catch {
    // Note: a locale or a code Intl does not know.
    return null;
  }
  const at = parts.findIndex((part) => part.type === "currency");
  const sign = parts[at]?.value.replace(/[\u00a0\u202f]/gu, " ");
  if (sign === undefined || sign === code || !READABLE.test(sign)) return null;
  return { sign, before: at < parts.findIndex((part) => part.type === "integer") };
}

/** The locales a country's money is written in: English and each of its own languages, in that country. */
function localesOf(country: Country): string[] {
  const languages = new Set(["en"]);
  for (const code of Object.keys(country.languages ?? {})) {
    try {
      languages.add(new Intl.Locale(code).language);
    } catch {
      // Note: a language code Intl cannot read.
    }
  }
  return [...languages].map((language) => `${language}-${country.cca2}`);
}

/** The table from the data package (the build script and tests; a run reads the build's copy). */
export function localSignTable(countries: readonly Country[]): LocalSign[] {
  const signs = new Map<string, { codes: Set<string>; before: boolean; after: boolean }>();
  for (const country of countries) {
    for (const code of Object.keys(country.currencies ?? {})) {
      for (const locale of localesOf(country)) {
        for (const display of ["symbol", "narrowSymbol"] as const) {
          const found = signOf(locale, code, display);
          if (!found) continue;
          const entry = signs.get(found.sign) ?? { codes: new Set<string>(), before: false, after: false };
          entry.codes.add(code);
          if (found.before) entry.before = true;
          else entry.after = true;
          signs.set(found.sign, entry);
        }
      }
    }
  }
  return [...signs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sign, { codes, before, after }]) => ({ sign, codes: [...codes].sort(), written: before && after ? "both" : before ? "before" : "after" }));
}

/** Every country's own currency signs. */
export const LOCAL_SIGNS: readonly LocalSign[] = table as LocalSign[];
