/**
 * Currency names and symbols → ISO 4217 codes. Codes come from the maintained
 * `currency-codes` package; this file only maps what the package cannot (symbols, plain
 * names such as `rubles`), and every code it names is checked against the package.
 */
import currencyCodes from "currency-codes";

/** `[symbol, code, example]`. */
export const SYMBOL_ROWS: readonly (readonly [string, string, string])[] = [
  ["$", "USD", "($392, €333)"],
  ["US$", "USD", "BDT12,500 (US$112)"],
  ["U.S. $", "USD", "(U.S. $23,000)"],
  ["€", "EUR", "€333"],
  ["£", "GBP", "£500"],
  ["₽", "RUB", "₽10,000"],
  ["₺", "TRY", "₺5,000"],
  ["TL", "TRY", "fined TL 5,000"],
  ["₹", "INR", "₹2,000"],
  ["₸", "KZT", "₸100,000"],
  ["৳", "BDT", "৳5,000"],
  ["₼", "AZN", "₼500"],
  ["₴", "UAH", "₴1,700"],
  ["₾", "GEL", "₾2,000"],
  ["₦", "NGN", "each fined ₦20,000"],
  ["HK$", "HKD", "fined HK$10,000"],
  ["NT$", "TWD", "fined NT$30,000"],
  ["NZ$", "NZD", "fined NZ$500"],
  ["A$", "AUD", "fined A$1,000"],
  ["C$", "CAD", "fined C$1,000"],
  ["S$", "SGD", "fined S$2,000"],
  ["₩", "KRW", "fined ₩5,000,000"],
  ["₱", "PHP", "fined ₱10,000"],
  ["₫", "VND", "fined ₫7,500,000"],
  ["₪", "ILS", "fined ₪3,000"],
  ["KSh", "KES", "fined KSh 50,000"],
  ["Tk", "BDT", "fined Tk 5,000"],
  ["R", "ZAR", "fined R5,000"],
  ["E", "SZL", "a fine of E10,000"],
  ["P", "PHP", "a fine of P50,000"],
  ["Q", "GTQ", "a fine of Q 25,000"],
  ["Rp", "IDR", "fined Rp 5,000,000"],
  ["Rp.", "IDR", "fined Rp. 5.000.000"],
];

/**
 * `[abbreviation, currency name, example]`: prefixes shared by several currencies, resolved
 * as their name is (`Rs` is the rupee of India, Pakistan, Sri Lanka or Nepal).
 */
export const SHARED_SYMBOL_ROWS: readonly (readonly [string, string, string])[] = [
  ["Rs", "rupee", "fined Rs 10,000"],
  ["Rs.", "rupee", "fined Rs. 10,000"],
];

/**
 * `[name, default code, example]`: the singular name as letters write it, and the code used
 * when neither an adjective (`Kazakh tenge`) nor the letter's countries decide.
 */
export const NAME_ROWS: readonly (readonly [string, string, string])[] = [
  ["euro", "EUR", "fined 1,000 euros"],
  ["dollar", "USD", "about 25 thousand US dollars"],
  ["ruble", "RUB", "fined 500 rubles"],
  ["rouble", "RUB", "fined 500 roubles"],
  ["lira", "TRY", "fined 5,000 lira"],
  ["rial", "IRR", "fined 10 million rials"],
  ["riyal", "SAR", "fined 1,000 riyals"],
  ["riel", "KHR", "fined 2 million riel"],
  ["manat", "AZN", "a fine of 39,000 manats"],
  ["dinar", "DZD", "a fine of 50,000 dinar"],
  ["tenge", "KZT", "8,212 million Kazakh tenge"],
  ["taka", "BDT", "23,000 taka"],
  ["pound", "GBP", "fined 500 pounds"],
  ["yuan", "CNY", "fined 2,000 yuan"],
  ["rupee", "INR", "fined 5,000 rupees"],
  ["peso", "MXN", "fined 1,000 pesos"],
  ["hryvnia", "UAH", "fined 1,700 hryvnias"],
  ["lari", "GEL", "fined 2,000 lari"],
  ["dram", "AMD", "fined 50,000 dram"],
  ["zloty", "PLN", "fined 500 zloty"],
  ["kyat", "MMK", "fined 100,000 kyats"],
  ["baht", "THB", "fined 20,000 baht"],
  ["naira", "NGN", "fined 50,000 naira"],
  ["rand", "ZAR", "fined 5,000 rand"],
  ["shilling", "KES", "fined 10,000 shillings"],
  ["dirham", "MAD", "fined 2,000 dirhams"],
  ["somoni", "TJS", "fined 1,000 somoni"],
  ["som", "KGS", "fined 5,000 som"],
  ["yen", "JPY", "fined 100,000 yen"],
  ["birr", "ETB", "fined 5,000 birr"],
  ["franc", "CHF", "fined 500 francs"],
  ["dong", "VND", "fined 3 million dong"],
  ["won", "KRW", "fined him 5 million won"],
];

const DEFAULTS = new Map(NAME_ROWS.map(([name, code]) => [name, code]));

/** The singular of a currency name as written (`rubles` → `ruble`, `liras` → `lira`). */
export function singular(name: string): string {
  const lower = name.toLowerCase();
  if (DEFAULTS.has(lower)) return lower;
  const trimmed = lower.replace(/e?s$/u, "");
  return DEFAULTS.has(trimmed) ? trimmed : lower.replace(/s$/u, "");
}

/** The ISO 4217 code of `code` if the package knows it, else null. */
export function isoCode(code: string): string | null {
  return currencyCodes.code(code.toUpperCase()) ? code.toUpperCase() : null;
}

/** The code of a currency symbol, or null; `documentText` decides shared ones (`Rs`). */
export function symbolCode(symbol: string, documentText = ""): string | null {
  const compact = symbol.replace(/\s+/gu, "");
  const row = SYMBOL_ROWS.find(([s]) => s.replace(/\s+/gu, "") === compact);
  if (row) return row[1];
  const shared = SHARED_SYMBOL_ROWS.find(([s]) => s === compact);
  return shared ? nameCode(shared[1], null, documentText) : null;
}

/** First letters of a country name, enough to match its adjective (`Algeria` → `Alger`). */
function stem(country: string): string {
  const first = country.split(/[\s(,]/u)[0] ?? country;
  return first.length <= 5 ? first : first.slice(0, Math.max(5, first.length - 2));
}

/** Mention counts for the document last asked about (one letter is resolved at a time). */
let counted: { text: string; counts: Map<string, number> } = { text: "", counts: new Map() };

function mentions(text: string, word: string): number {
  if (counted.text !== text) counted = { text, counts: new Map() };
  const known = counted.counts.get(word);
  if (known !== undefined) return known;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const n = text.match(new RegExp(`\\b${escaped}`, "gu"))?.length ?? 0;
  counted.counts.set(word, n);
  return n;
}

/**
 * The code of a currency name, optionally with an adjective (`Algerian dinar`, `US dollars`):
 * the package's currency of that full name, else the candidate whose country the adjective
 * or the letter names most, else the default.
 */
export function nameCode(name: string, adjective: string | null, documentText: string): string | null {
  const base = singular(name);
  const candidates = currencyCodes.data.filter((r) => r.currency.toLowerCase().split(" ").includes(base));
  const adj = adjective?.replace(/\./gu, "").trim() ?? "";
  if (adj) {
    const full = candidates.find((r) => r.currency.toLowerCase() === `${adj} ${base}`.toLowerCase());
    if (full) return full.code;
    const byAdjective = candidates.find((r) => r.countries.some((c) => adj.startsWith(stem(c))));
    if (byAdjective) return byAdjective.code;
  }
  const fallback = DEFAULTS.get(base) ?? null;
  if (candidates.length > 1) {
    const counted = candidates
      .map((r) => ({ code: r.code, n: r.countries.reduce((sum, c) => sum + mentions(documentText, stem(c)), 0) }))
      .sort((a, b) => b.n - a.n);
    const best = counted[0];
    if (best && best.n > 0 && best.n > (counted[1]?.n ?? 0)) return best.code;
  }
  return fallback ?? (candidates.length === 1 ? (candidates[0]?.code ?? null) : null);
}
