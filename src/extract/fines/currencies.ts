/**
 * Currency names and symbols → ISO 4217 codes. Codes come from the maintained
 * `currency-codes` package; this file only maps what the package cannot (symbols, plain
 * names such as `rubles`), and every code it names is checked against the package.
 */
import currencyCodes from "currency-codes";
import { LOCAL_COUNTRY_ROWS } from "../../language/places.js";
import { LOCAL_SIGNS, type LocalSign } from "../../language/local-signs.js";
import { namedCurrency, worldCurrency } from "../../language/world-currencies.js";
import { COUNTRY_ROWS, NOT_CASH, countryCodes, countryMentions, inName, letterCountry } from "./countries.js";
import { statedCode } from "./stated-codes.js";
import { OLD_CODES } from "../../language/redenominations.js";

/**
 * ISO 4217 codes withdrawn since the letters were written, which the package no longer lists:
 * a fine keeps the code valid where and when it was imposed (GUIDELINES).
 * Note: BYR until the Belarusian redenomination of 1 July 2016; ZWL from 2009 to 2024.
 */
// Note: and the old codes of the currencies redenominated under the same name (SLL, MRO: language/redenominations.ts).
export const HISTORIC_CODES: readonly string[] = ["BYR", "ZWL", ...OLD_CODES];

/**
 * Where a sign is written: before the number (the default: `TL 5,000`), after it (`2 000 000 Ar`)
 * or either way (`6,000 TL`). The money rules of every language read the signs from these rows.
 */
export type Written = "after" | "both";

/** `[symbol, code, example, where it is written if not only before the number]`. */
export const SYMBOL_ROWS: readonly (readonly [string, string, string, Written?])[] = [
  ["US$", "USD", "BDT12,500 (US$112)"],
  ["U.S. $", "USD", "(U.S. $23,000)"],
  ["€", "EUR", "€333", "both"],
  ["£", "GBP", "£500", "both"],
  ["₽", "RUB", "₽10,000", "both"],
  ["₺", "TRY", "₺5,000", "both"],
  ["TL", "TRY", "fined TL 5,000", "both"],
  ["₹", "INR", "₹2,000"],
  ["₸", "KZT", "₸100,000"],
  ["৳", "BDT", "৳5,000"],
  ["₼", "AZN", "₼500"],
  ["₴", "UAH", "₴1,700"],
  ["₾", "GEL", "₾2,000"],
  ["₦", "NGN", "each fined ₦20,000", "both"],
  ["HK$", "HKD", "fined HK$10,000"],
  ["ZWL$", "ZWL", "each fined ZWL$5,000"],
  // Note: Zimbabwe Gold, the currency since April 2024 (ISO 4217 ZWG).
  ["ZiG", "ZWG", "fined ZiG 2,000"],
  ["Z$", "ZWL", "fined Z$5,000"],
  ["R$", "BRL", "fined R$2,000"],
  ["LE", "EGP", "fined LE20,000"],
  ["RM", "MYR", "fined RM3,000"],
  ["N", "NGN", "an option of N40,000 fine"],
  ["YTL", "TRY", "fined YTL 2,000", "both"],
  // Note: the Lebanese pound as Lebanese papers and courts write it (livre libanaise).
  ["LL", "LBP", "fined LL 3,000,000", "both"],
  ["GH₵", "GHS", "fined GH₵1,200"],
  ["USh", "UGX", "fined USh 500,000"],
  ["TSh", "TZS", "fined TSh 1,000,000"],
  ["NT$", "TWD", "fined NT$30,000"],
  ["NZ$", "NZD", "fined NZ$500"],
  ["A$", "AUD", "fined A$1,000"],
  ["S$", "SGD", "fined S$2,000"],
  ["₩", "KRW", "fined ₩5,000,000"],
  ["₱", "PHP", "fined ₱10,000"],
  ["₫", "VND", "fined ₫7,500,000"],
  ["₪", "ILS", "fined ₪3,000"],
  ["KSh", "KES", "fined KSh 50,000"],
  ["Tk", "BDT", "fined Tk 5,000"],
  ["R", "ZAR", "fined R5,000"],
  ["E", "SZL", "a fine of E10,000"],
  ["Q", "GTQ", "a fine of Q 25,000"],
  ["Rp", "IDR", "fined Rp 5,000,000"],
  ["Rp.", "IDR", "fined Rp. 5.000.000"],
  // Note: the Kenyan shilling as Kenyan courts and papers write it.
  ["Ksh", "KES", "fined Ksh 50,000"],
  ["Kshs", "KES", "a fine of Kshs 30,000"],
  ["Kshs.", "KES", "a fine of Kshs. 30,000"],
  // Note: the Gulf dinars and riyals by their local signs.
  ["BD", "BHD", "a fine of BD 500"],
  ["KD", "KWD", "fined KD 1,000"],
  ["QR", "QAR", "fined QR 10,000"],
  ["JD", "JOD", "fined JD 200"],
  ["S/", "PEN", "ordered to pay S/ 5,400"],
  ["S/.", "PEN", "must pay S/.12,000"],
  // Note: the dollars of other countries by their own signs, and the Malawian kwacha's and the East African shillings' usual forms.
  // Note: Sierra Leone's leone (SLE since 2022) by its sign.
  ["Le", "SLE", "fined Le 5,000"],
  ["L$", "LRD", "fined L$50,000"],
  ["J$", "JMD", "fined J$100,000"],
  ["TT$", "TTD", "fined TT$5,000"],
  ["EC$", "XCD", "fined EC$2,000"],
  ["G$", "GYD", "fined G$50,000"],
  ["MK", "MWK", "fined MK50,000"],
  ["Tsh", "TZS", "fined Tsh500,000"],
  ["Tshs", "TZS", "fined Tshs 500,000"],
  ["Ush", "UGX", "fined Ush 300,000"],
  ["Ushs", "UGX", "fined Ushs 300,000"],
  // Note: the local signs of African, Asian and American currencies that have one of their own in
  // the countries' courts and press (a class, not the letters' own: each is the sign its central bank prints).
  ["MT", "MZN", "a fine of MT 60.000,00", "both"],
  ["MTn", "MZN", "a fine of MTn 20,000"],
  ["Kz", "AOA", "fined Kz 500.000", "both"],
  ["Rf", "MVR", "fined Rf 15,000"],
  ["MRf", "MVR", "fined MRf 15,000"],
  ["Nfk", "ERN", "fined Nfk 5,000"],
  ["KM", "BAM", "fined KM 2,000", "both"],
  ["฿", "THB", "fined ฿20,000", "both"],
  ["$U", "UYU", "multa de $U 20.000"],
  ["N$", "NAD", "fined N$6,000"],
  ["Ft", "HUF", "fined 200,000 Ft", "both"],
  ["FC", "CDF", "une amende de 250 000 FC", "both"],
  ["DT", "TND", "une amende de 1 000 DT", "both"],
  ["FG", "GNF", "une amende de 5 000 000 FG", "both"],
  ["FBu", "BIF", "une amende de 500 000 FBu", "both"],
  ["FRw", "RWF", "fined FRw 500,000", "both"],
  // Note: Rwandan courts and press also write it `Frw`, glued to the number (`a fine of Frw500,000`).
  ["Frw", "RWF", "a fine of Frw500,000", "both"],
  ["Ar", "MGA", "une amende de 2 000 000 Ar", "after"],
  ["UM", "MRU", "une amende de 50 000 UM", "after"],
  ["GH¢", "GHS", "fined GH¢ 2,400"],
  ["E£", "EGP", "fined E£ 10,000"],
  ["£E", "EGP", "fined £E 10,000"],
  ["RO", "OMR", "fined RO 1,000"],
  // Note: the Yemeni rial as Yemeni courts and papers write it (session 24).
  ["YR", "YER", "fined YR 500,000"],
  ["NRs", "NPR", "fined NRs 10,000"],
  ["Nu.", "BTN", "fined Nu. 10,000"],
  // Note: and without its dot, as Bhutanese papers also write the ngultrum (session 24).
  ["Nu", "BTN", "fined Nu 10,000"],
  ["₮", "MNT", "fined ₮500,000"],
  ["₭", "LAK", "fined ₭5,000,000"],
  ["៛", "KHR", "fined ៛2,000,000"],
  ["₲", "PYG", "multa de ₲ 5.000.000"],
  ["₡", "CRC", "multa de ₡500.000"],
  ["RD$", "DOP", "multa de RD$ 50,000"],
  ["B/.", "PAB", "multa de B/. 1,000"],
  // Note: the Honduran lempira as Honduran courts and papers abbreviate it (`Lps. 5,000.00`), beside its ISO sign `L` (session 22).
  ["Lps.", "HNL", "multa de Lps. 5,000.00"],
  ["Lps", "HNL", "a fine of Lps 5,000"],
  ["Gds", "HTG", "une amende de 50 000 Gds", "both"],
  ["CN¥", "CNY", "fined CN¥5,000"],
  ["JP¥", "JPY", "fined JP¥500,000"],
];

/**
 * `[abbreviation, codes it may stand for (the default first), example]`: signs shared by the
 * currencies of several countries, resolved by the country the letter names most (`Rs` is the
 * rupee of India, Pakistan, Nepal or Sri Lanka; `C$` the Canadian dollar or the Nicaraguan córdoba);
 * where it is written, as in SYMBOL_ROWS.
 */
export const SHARED_SYMBOL_ROWS: readonly (readonly [string, readonly string[], string, Written?])[] = [
  ["Rs", ["INR", "PKR", "NPR", "LKR", "MUR", "SCR"], "fined Rs 10,000"],
  ["Rs.", ["INR", "PKR", "NPR", "LKR", "MUR", "SCR"], "fined Rs. 10,000"],
  ["₨", ["INR", "PKR", "NPR", "LKR", "MUR", "SCR"], "fined ₨10,000"],
  // Note: a bare `P` glued to its amount: the Philippine peso or Botswana's pula.
  ["P", ["PHP", "BWP"], "a fine of P50,000"],
  ["C$", ["CAD", "NIO"], "fined C$1,000"],
  ["CFA", ["XAF", "XOF"], "a fine of CFA 500,000", "both"],
  ["FCFA", ["XAF", "XOF"], "a fine of 500,000 FCFA", "both"],
  ["DH", ["MAD", "AED"], "a fine of 5,000 DH", "both"],
  ["Dh", ["MAD", "AED"], "a fine of Dh5,000", "both"],
  ["Dhs", ["MAD", "AED"], "a fine of Dhs 5,000", "both"],
  ["DA", ["DZD"], "a fine of 50 000 DA", "both"],
  // Note: the franc's abbreviations before the sum (`Fr. 2,000`, `Frs. 500`, Switzerland's `SFr.`); the letter's country decides.
  ["Fr.", ["CHF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF"], "fined Fr. 2,000"],
  ["Frs.", ["CHF", "XOF", "XAF", "CDF", "GNF", "RWF", "BIF", "DJF", "KMF"], "fined Frs. 500"],
  ["SFr.", ["CHF"], "fined SFr. 2,000"],
  // Note: the shilling's bare `Sh` (East Africa); the letter's country decides (Kenya by default).
  ["Sh", ["KES", "UGX", "TZS", "SOS"], "each fined Sh20,000"],
  ["Shs", ["UGX", "KES", "TZS", "SOS"], "to pay Shs1m each"],
  ["Sh.", ["KES", "UGX", "TZS", "SOS"], "fined Sh. 20,000"],
  ["Shs.", ["UGX", "KES", "TZS", "SOS"], "fined Shs. 500,000"],
  // Note: a bare `$` is the dollar of the country the letter names, if it has one of its own (Fiji,
  // Australia, Singapore…); else the US dollar (`($392, €333)` in a letter about Cambodia).
  // Note: and the Hong Kong dollar, which Hong Kong's courts and press write with a bare `$` (`a fine of $3,000`).
  // Note: every dollar whose country writes it with a bare `$` (CLDR), Brunei's and Bermuda's too (session 24).
  ["$", ["USD", "FJD", "AUD", "NZD", "SGD", "CAD", "JMD", "TTD", "BBD", "BSD", "BZD", "GYD", "LRD", "NAD", "SBD", "TWD", "HKD", "BND", "BMD", "KYD", "SRD", "XCD"], "each fined $1,500"],
  // Note: a bare `K` glued to its amount: the kwacha of Zambia or Malawi, the kina, the kyat (Zambia by default).
  ["K", ["ZMW", "MWK", "PGK", "MMK"], "fined K25,000"],
  // Note: the bolívar of Venezuela or the boliviano of Bolivia.
  ["Bs", ["VES", "BOB"], "a fine of Bs 3,500"],
  ["Bs.", ["VES", "BOB"], "a fine of Bs. 3,500"],
  // Note: the yen sign is also the renminbi's (`¥5,000` in a letter about China).
  ["¥", ["CNY", "JPY"], "fined ¥5,000"],
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
  ["soum", "UZS", "fined 12 million soums"],
  ["yen", "JPY", "fined 100,000 yen"],
  ["birr", "ETB", "fined 5,000 birr"],
  ["franc", "CHF", "fined 500 francs"],
  ["dong", "VND", "fined 3 million dong"],
  // Note: as Vietnamese writes it, with its diacritics (`fined 20 million đồng`).
  ["đồng", "VND", "fined 20 million đồng"],
  ["won", "KRW", "fined him 5 million won"],
  ["ringgit", "MYR", "fined 3,000 ringgit"],
  ["cedi", "GHS", "fined 1,200 cedis"],
  ["kwacha", "ZMW", "fined 5,000 kwacha"],
  ["cordoba", "NIO", "fined 15,000 cordobas"],
  ["sol", "PEN", "fined 10,000 soles"],
  ["quetzal", "GTQ", "fined 5,000 quetzales"],
  ["boliviano", "BOB", "fined 3,000 bolivianos"],
  // Note: Venezuela's bolívar soberano (2018); the package also lists the digital bolívar VED of the same notes.
  ["bolivar", "VES", "fined 5,000 bolivars"],
  ["guarani", "PYG", "fined 2 million guaranis"],
  ["rupiah", "IDR", "fined 50 million rupiah"],
  ["afghani", "AFN", "fined 10,000 afghanis"],
  ["tugrik", "MNT", "fined 500,000 tugriks"],
  // Note: Sierra Leone's new leone (2022); the old one was SLL.
  ["leone", "SLE", "fined 500,000 leones"],
  ["koruna", "CZK", "fined 40,000 korunas"],
  // Note: Haiti's gourde (HTG), and the Central and South American currencies named by their own word.
  ["gourde", "HTG", "fined 50,000 gourdes"],
  ["lempira", "HNL", "fined 15,000 lempiras"],
  ["colon", "CRC", "fined 500,000 colones"],
  ["balboa", "PAB", "fined 1,000 balboas"],
];

/** Lower case without diacritics (`Bolívar` → `bolivar`). */
const folded = (name: string): string => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Words that end a currency's name in the package but are common words or no cash name of their own
 * (`mark`, `real`, `gold`, `Boliviano Mvdol`): read only through NAME_ROWS, an adjective or a plural below.
 */
const NOT_A_NAME = new Set(["mark", "real", "gold", "silver", "platinum", "palladium", "account", "purposes", "involved", "convertible", "sterling", "oro", "omani", "uruguayo", "previsional", "soberano", "beac", "bceao", "sucre", "fomento", "mvdol", "renminbi", "guilder", "florin", "escudo"]);

/**
 * Plurals the package's names take irregularly (`maloti` of the loti, `leva` of the lev, `reais` of
 * the real), with the singular they stand for: the money rules read them as names.
 */
// Note: and the South Slavic plurals English letters keep (`100.000 dinara`, `5.000 denara`: the counted forms; session 22).
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  maloti: "loti", emalangeni: "lilangeni", leva: "lev", lei: "leu", reais: "real", meticais: "metical", kroner: "krone", kronor: "krona", kronur: "krona", denari: "denar", denara: "denar", dinara: "dinar", dinari: "dinar", lekë: "lek", tugriks: "tugrik", rufiyaas: "rufiyaa",
};

/**
 * `[name, code]` for every other cash currency the package names by a word of its own, where that word
 * names one currency only (`nakfa` ERN, `pula` BWP, `dalasi` GMD, `kwanza` AOA, `rufiyaa` MVR): the class
 * of currency names, not the ones letters so far have used. NAME_ROWS keeps the hand-made defaults
 * for names several countries share.
 */
export const PACKAGE_NAME_ROWS: readonly (readonly [string, string])[] = (() => {
  const heads = new Map<string, string[]>();
  for (const r of currencyCodes.data) {
    const head = folded(r.currency).split(" ").at(-1) ?? "";
    if (/^[a-z]{3,}$/u.test(head)) heads.set(head, [...(heads.get(head) ?? []), r.code]);
  }
  const own = new Set(NAME_ROWS.map(([name]) => name));
  return [...heads].filter(([head, codes]) => codes.length === 1 && !own.has(head) && !NOT_A_NAME.has(head)).map(([head, codes]) => [head, codes[0] as string] as const);
})();

/** Spellings of a name that the package writes otherwise (`rouble` is its `Ruble`, `soum` its `Uzbekistan Sum`), and irregular plurals. */
const PACKAGE_NAME: Record<string, string> = { rouble: "ruble", soum: "sum", ...IRREGULAR_PLURALS };
/** Names the package spells two ways across currencies: `riyal` is Saudi Arabia's, `rial` Qatar's, Oman's, Yemen's and Iran's. */
const SAME_NAME: Record<string, readonly string[]> = { riyal: ["riyal", "rial"], rial: ["rial", "riyal"] };

const DEFAULTS = new Map([...NAME_ROWS, ...PACKAGE_NAME_ROWS].map(([name, code]) => [name, code]));

/** True when the money rules resolve `name` (an English currency name, singular) to a code: the currency words of French and Spanish map to these. */
export const knownCurrencyName = (name: string): boolean => DEFAULTS.has(name) || name in PACKAGE_NAME;

/** The singular of a currency name as written (`rubles` → `ruble`, `liras` → `lira`). */
export function singular(name: string): string {
  const lower = name.toLowerCase();
  if (DEFAULTS.has(lower) || lower in IRREGULAR_PLURALS) return lower;
  const trimmed = lower.replace(/e?s$/u, "");
  return DEFAULTS.has(trimmed) ? trimmed : lower.replace(/s$/u, "");
}

/** Every currency sign of the two tables, with where it is written (`before`, `after` or `both`). */
export const CURRENCY_SIGNS: readonly { readonly sign: string; readonly written: "before" | Written }[] = [...SYMBOL_ROWS, ...SHARED_SYMBOL_ROWS].map(([sign, , , written]) => ({ sign, written: written ?? "before" }));

/** A sign as the tables hold it: no spaces, and capitals written as dotted initials undotted (`L.L.` → `LL`). */
const compactSign = (sign: string): string => {
  const compact = sign.replace(/\s+/gu, "");
  return /^(?:[A-Z]\.){2,3}$/u.test(compact) ? compact.replace(/\./gu, "") : compact;
};
const TABLE_SIGNS = new Set([...SYMBOL_ROWS, ...SHARED_SYMBOL_ROWS].map(([sign]) => compactSign(sign)));

/**
 * The signs every country's own locales write (CLDR: `D` the dalasi, `zł`, `WS$`, `Lekë`) that the two
 * tables above do not hold: the money rules read one only where the letter names a country that pays
 * in it, so that a capital letter before a number in a letter about elsewhere is no money.
 */
export const LOCAL_ONLY_SIGNS: readonly LocalSign[] = LOCAL_SIGNS.filter(({ sign }) => !TABLE_SIGNS.has(compactSign(sign)));
const LOCAL_BY_SIGN = new Map(LOCAL_ONLY_SIGNS.map((row) => [compactSign(row.sign), row]));

/** The ISO 4217 code of `code` if the package knows it (or it is a withdrawn one), else null. */
export function isoCode(code: string): string | null {
  const upper = code.toUpperCase();
  return currencyCodes.code(upper) || HISTORIC_CODES.includes(upper) ? upper : null;
}

/** The pesos written with a bare `$` in their countries (Colombia, Mexico, Chile, Argentina, Uruguay, the Dominican Republic, Cuba). */
export const PESO_CODES = ["COP", "MXN", "CLP", "ARS", "UYU", "DOP", "CUP"] as const;

/** A dollar sign after one to three capitals that no table holds (`B$`, `SI$`): the country's initials. */
export const PREFIXED_DOLLAR = /^[A-Z]{1,3}\$$/u;
/** The currencies CLDR writes with a bare `$` (the dollars and pesos). */
const DOLLAR_CODES = LOCAL_SIGNS.find(({ sign }) => sign === "$")?.codes ?? [];

/**
 * A dollar written with capitals before its sign that the tables do not hold: the dollars whose ISO code
 * opens with those capitals (`B$` → BBD, BMD, BND, BSD, BZD), the one whose country the letter names;
 * else the capitals say nothing and the sign is read as a bare `$`.
 */
function prefixedDollar(compact: string, documentText: string, localText: string): string | null {
  const letters = compact.slice(0, -1);
  const codes = DOLLAR_CODES.filter((code) => code.startsWith(letters));
  const named = codes.length === 0 ? null : (namedCurrency(codes, localText, inName) ?? namedCurrency(codes, documentText, inName));
  return named ?? symbolCode("$", documentText, localText);
}

/** The code of a currency symbol, or null; `documentText` decides shared ones (`Rs`, `C$`). */
export function symbolCode(symbol: string, documentText = "", localText = ""): string | null {
  const compact = compactSign(symbol);
  const row = SYMBOL_ROWS.find(([s]) => compactSign(s) === compact);
  if (row) return row[1];
  if (PREFIXED_DOLLAR.test(compact) && !TABLE_SIGNS.has(compact) && !LOCAL_BY_SIGN.has(compact)) return prefixedDollar(compact, documentText, localText);
  const shared = SHARED_SYMBOL_ROWS.find(([s]) => s === compact);
  if (!shared) {
    const local = LOCAL_BY_SIGN.get(compact);
    return local ? (namedCurrency(local.codes, localText, inName) ?? namedCurrency(local.codes, documentText, inName)) : null;
  }
  const [, codes] = shared;
  // Note: a bare `$` takes another country's dollar only where that country is the one the text names most
  // (a co-signatory in Sydney does not make a Cambodian fine Australian).
  if (compact === "$") return ownDollar(codes, localText) ?? ownDollar(codes, documentText) ?? "USD";
  // Note: then any country the letter names (world-currencies), beyond the place table's; then the code the
  // letter writes itself (`Rs. 25,000` beside `LKR 150,000`, in a letter naming only the country's towns).
  return byCountry(codes, localText) ?? byCountry(codes, documentText) ?? worldCurrency(codes, documentText, inName) ?? statedCode(codes, documentText) ?? codes[0] ?? null;
}

/** Of the dollars `codes`, the currency of the country `text` names most (its own first: Brunei's BND, not SGD), if one of them. */
function ownDollar(codes: readonly string[], text: string): string | null {
  const country = text ? letterCountry(text) : null;
  return country ? (countryCodes(country).find((code) => codes.includes(code)) ?? null) : null;
}

/**
 * Of `codes`, the one whose countries the letter names most; null when none or a tie. Every country of the world
 * counts (countries.ts), so a letter about Mauritius signed in Durban reads its `Rs` as MUR.
 */
export function byCountry(codes: readonly string[], documentText: string): string | null {
  if (codes.length < 2) return null;
  const counts = new Map<string, number>();
  for (const [country, n] of countryMentions(documentText)) for (const code of countryCodes(country)) if (codes.includes(code)) counts.set(code, (counts.get(code) ?? 0) + n);
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && (!second || best[1] > second[1]) ? best[0] : null;
}

/** The country an adjective names (`Algerian`, `Kazakh`, `Hong Kong`), from the place table. */
// Note: and the French and Spanish forms (`livres libanaises`, `pesos mexicanos`).
const COUNTRY_OF_WORD = new Map([...COUNTRY_ROWS, ...LOCAL_COUNTRY_ROWS].flatMap(([country, words]) => words.map((w) => [w.toLowerCase(), country] as const)));

/** True when a word names a country in the place table (`cubano`, `tunisien`): lets another language's adjective follow a currency name. */
export const namesCountry = (word: string): boolean => COUNTRY_OF_WORD.has(word.toLowerCase());

const FOLDED_WORDS = new Map<string, readonly string[]>();
/** A package name's folded words, computed once per name. */
function foldedWords(name: string): readonly string[] {
  let words = FOLDED_WORDS.get(name);
  if (!words) {
    words = folded(name).split(" ");
    FOLDED_WORDS.set(name, words);
  }
  return words;
}

/** First letters of a country name, enough to match its adjective (`Algeria` → `Alger`). */
function stem(country: string): string {
  const first = country.split(/[\s(,]/u)[0] ?? country;
  return first.length <= 5 ? first : first.slice(0, Math.max(5, first.length - 2));
}

/** Mention counts of country-name stems for the document last asked about. */
let counted: { text: string; counts: Map<string, number> } = { text: "", counts: new Map() };

function mentions(text: string, source: string): number {
  if (counted.text !== text) counted = { text, counts: new Map() };
  const known = counted.counts.get(source);
  if (known !== undefined) return known;
  const n = text.match(new RegExp(`\\b${source}`, "gu"))?.length ?? 0;
  counted.counts.set(source, n);
  return n;
}

const escapedWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/** Endings of a country's adjective or people after its stem (`Mexic-an`, `Liber-ian`). */
const ENDINGS = "(?:an|ans|ian|ians|n|ns|i|is|ese|ish|o|os|a|as|e|es|ien|iens|ienne|iennes|ano|anos|ana|anas|ain|aine|ains|aines)";
/**
 * A country's stem as a pattern: a stem cut from a longer name goes on with the name's next letter or an ending of
 * its adjective, so a word that merely opens like it is none (`Libertad`, `Liberation` are no Liberia; `Liberian` is).
 */
function stemSource(country: string): string {
  const first = country.split(/[\s(,]/u)[0] ?? country;
  const cut = stem(country);
  if (cut === first) return escapedWord(cut);
  return `${escapedWord(cut)}(?:${escapedWord(first.charAt(cut.length))}|${ENDINGS}(?!\\p{L}))`;
}

/**
 * Of several currencies, the one whose country's name (by its stem, `Colomb`) the letter
 * mentions most: the fallback for countries the place table does not list.
 * Note: multi-word names count whole (`Sri Lanka`), so a person called `Sri …` is no country.
 */
function byCountryName(candidates: readonly { code: string; countries: string[] }[], documentText: string): string | null {
  const ranked = candidates
    .map((r) => ({ code: r.code, n: r.countries.reduce((sum, c) => sum + mentions(documentText, /^[^(,]+\s[^(,]+/u.test(c) ? escapedWord(c.split(/\s*[(,]/u)[0] ?? c) : stemSource(c)), 0) }))
    .sort((a, b) => b.n - a.n);
  const [best, second] = ranked;
  return best && best.n > 0 && best.n > (second?.n ?? 0) ? best.code : null;
}

/**
 * The code of a currency name, optionally with an adjective (`Algerian dinar`, `US dollars`,
 * `CFA francs`): the package's currency of that full name, else the candidate whose country
 * the adjective names, else (for a name several countries share) the one whose country the
 * amount's paragraph (`localText`), else the letter, names most (its name, demonym or capital: see
 * countries.ts), else the default.
 */
export function nameCode(name: string, adjective: string | null, documentText: string, localText = ""): string | null {
  const base = singular(name);
  const known = PACKAGE_NAME[base] ?? base;
  const spellings = SAME_NAME[known] ?? [known];
  // Note: the package writes some names with their accents (`Bolívar Soberano`); letters and our rows may not.
  let candidates = currencyCodes.data.filter((r) => !NOT_CASH.has(r.code) && foldedWords(r.currency).some((w) => spellings.includes(w)));
  const adj = adjective?.replace(/\./gu, "").trim() ?? "";
  let narrowed = false;
  if (adj) {
    const full = candidates.find((r) => r.currency.toLowerCase() === `${adj} ${known}`.toLowerCase());
    if (full) return full.code;
    const country = COUNTRY_OF_WORD.get(adj.toLowerCase());
    const byAdjective = candidates.find((r) => (country ? r.countries.includes(country) : r.countries.some((c) => adj.startsWith(stem(c)))));
    if (byAdjective) return byAdjective.code;
    // Note: an adjective that is a word of the currency's name narrows the choice (`CFA francs` → XAF or XOF).
    const named = candidates.filter((r) => r.currency.toLowerCase().split(" ").includes(adj.toLowerCase()));
    if (named.length > 0) {
      candidates = named;
      narrowed = true;
    }
  }
  const fallback = DEFAULTS.get(base) ?? null;
  if (candidates.length > 1) {
    const codes = candidates.map((r) => r.code);
    // Note: the country the amount's own paragraph names first (`dinars` in a paragraph on Iraq of a
    // letter about Jordan and Iraq), then the letter's.
    const best = (localText && (byCountry(codes, localText) ?? byCountryName(candidates, localText))) || (byCountry(codes, documentText) ?? byCountryName(candidates, documentText)) || worldCurrency(codes, documentText, inName) || statedCode(codes, documentText);
    if (best) return best;
  }
  if (narrowed) return candidates[0]?.code ?? fallback;
  return fallback ?? (candidates.length === 1 ? (candidates[0]?.code ?? null) : null);
}

/**
 * The one currency a country pays fines in (`Serbia` → RSD), or null when the package lists
 * several cash currencies for it (Panama's balboa and dollar) or none.
 */
export function countryCurrency(country: string): string | null {
  const codes = countryCodes(country);
  return codes.length === 1 ? (codes[0] ?? null) : null;
}
