/**
 * Amounts of money and of penalty units as letters write them: `EUR 219`, `€333`,
 * `U.S. $23,000`, `490USD`, `BDT12,500`, `2 million riel`, `39,000 manats`,
 * `25 thousand US dollars`, `25 basic amounts`.
 */
import { NUMBER_SOURCE, parseNumber } from "../sentences/numbers.js";
import { CURRENCY_SIGNS, IRREGULAR_PLURALS, PREFIXED_DOLLAR, LOCAL_ONLY_SIGNS, NAME_ROWS, PACKAGE_NAME_ROWS, PESO_CODES, byCountry, isoCode, nameCode, symbolCode } from "./currencies.js";
import { countryMentions } from "./countries.js";
import type { FineCandidate, Money } from "../../records.js";
import { definedUnitInitials } from "./unit-initials.js";
import type { Unstamped } from "../types.js";

/** An amount found in a text: value, and a currency code or a unit. */
export interface Amount {
  start: number;
  end: number;
  amount: number;
  currency: string | null;
  unit: string | null;
}

/** `[pattern, unit, example]`: non-currency measures fines are given in. */
export const UNIT_ROWS: readonly (readonly [RegExp, string, string])[] = [
  [/^(?:base|basic)\s+(?:amounts?|units?|values?)$/iu, "basic amount", "basic amounts"],
  [/^(?:monthly\s+calculation\s+ind(?:ex|ices)|MCIs?)$/iu, "monthly calculation index", "monthly calculation indices"],
  // Note: Uzbekistan's base calculation amount (BCA) and Kyrgyzstan's calculation index, also
  // written `N times the base calculation amount`.
  [/^(?:times\s+the\s+)?(?:base|basic)\s+calculation\s+(?:amounts?|values?)$/iu, "base calculation amount", "times the base calculation amount"],
  [/^calculation\s+ind(?:ex|ices)$/iu, "calculation index", "calculation indices"],
  // Note: Iranian courts state fines in tomans (ten rials), which have no ISO 4217 code.
  [/^tomans?$/iu, "toman", "tomans"],
  // Note: Zambian and Malawian statutes state fines in penalty units (`20,000 penalty units (K6,000)`),
  // with the kwacha they come to; Australian ones too.
  [/^penalty\s+units?$/iu, "penalty unit", "penalty units"],
  // Note: Mexican courts state fines in UMA (Unidad de Medida y Actualización), often with the pesos they come to.
  // Note: and its name in English (`250 Units of Measure and Update`, a court's own translation).
  [/^(?:UMAs?|[Uu]nits?\s+of\s+[Mm]easure(?:ment)?\s+and\s+[Uu]pdat(?:e|ing))$/u, "UMA", "UMA"],
  // Note: Venezuelan, Peruvian and Bolivian courts state fines in tax units (unidades tributarias, UT or UIT).
  [/^(?:tax\s+units?|UITs?)$/u, "tax unit", "tax units"],
  // Note: Latin American courts state fines in minimum wages (Colombia's `salarios mínimos mensuales legales`).
  // The qualifiers come in any order (`legal minimum monthly salaries`, `minimum legal monthly wages`):
  // the unit is told by which words are there (WAGE_WORDS), never by one listed order.
  [/^(?=.*\bmonthly\b)(?=.*\blegal\b)(?:[a-z]+\s+)+(?:wages?|salar(?:y|ies))$/iu, "monthly minimum legal wage", "legal minimum monthly salaries"],
  [/^(?=.*\bmonthly\b)(?:[a-z]+\s+)+(?:wages?|salar(?:y|ies))$/iu, "minimum monthly wage", "minimum monthly wages"],
  [/^(?:[a-z]+\s+)+(?:wages?|salar(?:y|ies))$/iu, "minimum wage", "minimum wages"],
];

/**
 * A wage unit: one to four qualifiers in any order, `minimum` among them, then `wage(s)` or
 * `salary/salaries` (`30 legal minimum monthly salaries`, `15 current monthly minimum legal wages`).
 */
const WAGE_WORD = "(?:monthly|minimum|legal|current|statutory|vital|mandatory|official|national|basic)";
const WAGE_UNIT = `(?=(?:${WAGE_WORD}\\s+){0,3}minimum\\b)(?:${WAGE_WORD}\\s+){1,4}(?:wages?|salar(?:y|ies))`;

/**
 * Any other unit a statute fixes fines in, named by a lower-case qualifier and `unit(s)` (`500 conventional
 * units` in Moldova, `fiscal units`, `fine units`): the qualifier and the singular are the unit's name.
 * Note: not a count of things (`200 housing units`) nor one the rows above name.
 * Note: Central Asian codes name theirs `indicators` in translation (`600 calculation indicators (TJS 43,200)`,
 * Tajikistan's), which read the same way; not a statistic (`economic indicators`).
 */
const NAMED_UNIT = "(?!(?:housing|apartment|residential|dwelling|storage|police|military|army|hospital|intensive|care|economic|social|performance|key)\\s)\\p{Ll}{3,}(?:\\s\\p{Ll}{3,})?\\s+(?:units?|indicators?)";
const NAMED_UNIT_ROW = new RegExp(`^${NAMED_UNIT}$`, "u");

/** Hundreds in words: `one hundred`, `a hundred and fifty`, `two hundred` (before a scale: `one hundred thousand`). */
const HUNDREDS = `(?:${NUMBER_SOURCE})\\s+hundred(?:\\s+(?:and\\s+)?(?!an?\\b)(?:${NUMBER_SOURCE}))?`;

/** Digits, or number words other than the articles (`five million rials`). */
// Note: and `half a` / `a quarter of a` before a scale (`half a million riyals`); a number word is a
// whole word (`CFA and` holds no `an`).
// Note: and South Asia's grouping by lakhs (`Rs 1,00,000`, `₹12,50,000`).
const NUMBER = `(?:half|a\\s+quarter\\s+of)\\s+an?(?=\\s+(?:million|billion|thousand)\\b)|\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?!\\d)|\\d{1,3}(?:['’]\\d{3})+(?!\\d)|\\d{1,3}(?:\\.\\d{3})+,\\d{2}(?!\\d)|\\d{1,3}(?:\\.\\d{3}){2,}(?!\\d|,\\d)|\\d+(?:[.,]\\d+)?|${HUNDREDS}|(?!an?\\b)(?=\\p{L})(?:${NUMBER_SOURCE})(?!\\p{L})`;
// Note: `m`/`bn` glued to the number (`₦2.5m`, `$1.2bn`) as newspapers write them.
// Note: and South Asia's lakh (100,000) and crore (ten million): `Rs 2 lakh`, `Tk 1.5 crore`; Indonesian and
// Malay `ribu` (thousand), `juta` (million) and `miliar` (billion), which English letters keep (`Rp50 juta`).
const SCALE = "(?:\\s?(?:million|billion|thousand|mln|bn|lakhs?|crores?|ribu|juta|miliar|milyar)\\b|(?<=\\d)(?:m|bn|k)\\b)?";
// Note: letter prefixes (`KSh`, `Rs`, `Tk`, `TL`) must not end a longer word, and stand right before the number.
// Note: signs whose letters are also other words' stand only before a number of their shape (CONDITIONED).
const escaped = (sign: string): string => sign.replace(/[.$/\\^*+?()[\]{}|]/gu, "\\$&").replace(/ /gu, "\\s?");
/**
 * Signs read only before a number of their shape. Sierra Leone's `Le` only before thousands grouped
 * by commas (`Le 5,000`), so a French article before a day (`Le 12 mars`) is none. `N` (the naira)
 * and `K` (the kwacha, kina or kyat) only glued to a number of three digits or more (`N40,000`,
 * `K25,000`) or to a scale (`N5 million`, `N1.5m`), so a lone capital or a road (`N1`, `K2`) is no
 * currency; Malawi's `MK` likewise before thousands (`MK50,000`, not `MK500 notes`).
 */
const CONDITIONED: Readonly<Record<string, string>> = {
  Le: "(?=\\s?\\d{1,3}(?:,\\d{3})+(?![\\d.]))",
  MK: "(?=\\s?(?:\\d{1,3},\\d{3}|\\d{4}|\\d+(?:\\.\\d+)?\\s?(?:million|billion|m|bn)\\b))",
  N: "(?=\\d{1,3},\\d{3}|\\d{3}|\\d+(?:\\.\\d+)?\\s?(?:million|billion|m|bn)\\b)",
  K: "(?=\\d{1,3},\\d{3}|\\d{3}|\\d+(?:\\.\\d+)?\\s?(?:million|billion|m|bn)\\b)",
};
/** The signs of the currency tables written `where` the number (`before` or `after` it); a sign written either way is both. */
const signsWritten = (where: "before" | "after"): string[] => CURRENCY_SIGNS.filter(({ written }) => written === where || written === "both").map(({ sign }) => sign);
const BEFORE_SIGNS = signsWritten("before").filter((sign) => !(sign in CONDITIONED));
/** A letter sign that ends in a dollar sign (`US$`, `HK$`, `U.S. $`): the dollar sign itself bounds it. */
const DOLLARS = BEFORE_SIGNS.filter((sign) => /^\p{L}.*\$$/u.test(sign));
/**
 * A sign of two or three capitals, also written with a dot after each (`L.L. 30,000,000` for `LL`, `T.L.` for
 * `TL`), as initials are.
 */
const dottedToo = (sign: string): string => (/^[A-Z]{2,3}$/u.test(sign) ? `(?:${escaped(sign)}|${[...sign].map((c) => `${c}\\.`).join("")})` : escaped(sign));
/** Other signs that open on a letter (`KSh`, `Rs.`, `S/.`, `GH₵`, `E£`). */
const LETTERED = BEFORE_SIGNS.filter((sign) => /^\p{L}/u.test(sign) && !DOLLARS.includes(sign));
/** Signs of a glyph and letters (`£E`), and signs of one glyph (`€`, `₦`, `$`). */
const GLYPH_LED = BEFORE_SIGNS.filter((sign) => !/^\p{L}/u.test(sign) && sign.length > 1);
const GLYPHS = BEFORE_SIGNS.filter((sign) => !/^\p{L}/u.test(sign) && sign.length === 1);
/**
 * The countries' own signs (LOCAL_ONLY_SIGNS) before a number. One or two letters (`D`, `M`, `Db`)
 * only before a number of a sum's shape (grouped thousands, three digits or more, a scale), as `K`;
 * longer ones before any number (`WS$20`, `Lekë 5,000`).
 */
const SUM_SHAPE = "(?=\\s?(?:\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?!\\d)|\\d{3,}|\\d+(?:[.,]\\d+)?\\s?(?:million|billion|m|bn)\\b))";
const SHORT_SIGN = /^\p{L}{1,2}\.?$/u;
const LOCAL_BEFORE = LOCAL_ONLY_SIGNS.filter(({ written }) => written !== "after").map(({ sign }) => sign);
const LOCAL_SYMBOL = LOCAL_BEFORE.sort((a, b) => b.length - a.length)
  .map((sign) => `${/^\p{L}/u.test(sign) ? "(?<![\\p{L}\\p{N}])" : ""}${escaped(sign)}${SHORT_SIGN.test(sign) ? SUM_SHAPE : "(?=\\s?\\d)"}`)
  .join("|");
const SYMBOL = [
  `(?<![A-Za-z])(?:${DOLLARS.map(escaped).join("|")})`,
  `(?<![A-Za-z])(?:${LETTERED.map(dottedToo).join("|")})(?=\\s?\\d)`,
  ...GLYPH_LED.map(escaped),
  ...Object.entries(CONDITIONED).map(([sign, condition]) => `(?<![A-Za-z])${escaped(sign)}${condition}`),
  `[${GLYPHS.join("")}]`,
  LOCAL_SYMBOL,
  // Note: any other dollar written with its country's capitals (`B$` Brunei's), read by currencies.ts's `prefixedDollar`.
  `(?<![A-Za-z])${PREFIXED_DOLLAR.source.replace(/^\^|\$$/gu, "")}(?=\\s?\\d)`,
].join("|");
/** Signs written after the number (`6,000 TL`, `500,000 FCFA`, `50 000 DA`, `2 000 000 Ar`): letters, and glyphs (`500 €`). */
// Note: and the countries' own signs written after it (`1 800 zł`, `5 000 Lekë`); one or two letters only after three digits or more (`50 000 G`).
const LOCAL_AFTER = LOCAL_ONLY_SIGNS.filter(({ written, sign }) => written !== "before" && /^\p{L}/u.test(sign))
  .map(({ sign }) => sign)
  .sort((a, b) => b.length - a.length);
const TABLE_AFTER = signsWritten("after").filter((sign) => /^\p{L}/u.test(sign)).map(escaped);
export const LETTER_SIGNS_AFTER = [...TABLE_AFTER, ...LOCAL_AFTER.map((sign) => `${SHORT_SIGN.test(sign) ? "(?<=\\d{3}\\s?)" : ""}${escaped(sign)}`)].join("|");
/** The same signs as plain alternatives, without their conditions on the number before them: to test a sign found. */
export const LETTER_SIGN_WORDS_AFTER = [...TABLE_AFTER, ...LOCAL_AFTER.map(escaped)].join("|");
const SUFFIX_GLYPHS = signsWritten("after").filter((sign) => !/^\p{L}/u.test(sign)).join("");
// Note: and every other currency the package names by a word of its own, and their irregular plurals (`maloti`, `leva`).
const NAMES = [...NAME_ROWS.map(([name]) => name), ...PACKAGE_NAME_ROWS.map(([name]) => name), ...Object.keys(IRREGULAR_PLURALS)]
  .sort((a, b) => b.length - a.length)
  .map((name) => `[${name[0]?.toUpperCase()}${name[0]}]${name.slice(1)}`)
  .join("|");
const UNITS =
  `(?:times\\s+the\\s+)?(?:[Bb]ase|[Bb]asic)\\s+calculation\\s+(?:amounts?|values?)|(?:[Bb]ase|[Bb]asic)\\s+(?:amounts?|units?|values?)|monthly\\s+calculation\\s+ind(?:ex|ices)|calculation\\s+ind(?:ex|ices)|MCIs?|[Tt]omans?|[Pp]enalty\\s+units?|UMAs?|[Uu]nits?\\s+of\\s+[Mm]easure(?:ment)?\\s+and\\s+[Uu]pdat(?:e|ing)|[Tt]ax\\s+units?|UITs?|${WAGE_UNIT}|${NAMED_UNIT}`;

/** `[abbreviation, the currency name it stands for, example]`: names cut short after the number. */
export const ABBREVIATION_ROWS: readonly (readonly [string, string, string])[] = [
  ["rub", "rouble", "fined 12,000 rub."],
  ["rbl", "rouble", "fined 7 000 rbl."],
  ["руб", "rouble", "fined 5 000 руб."],
  // Note: the franc as Swiss courts and papers abbreviate it after the sum (`une amende de 500 fr.`, `300 Fr.`); the
  // letter's country decides which franc (nameCode).
  ["fr", "franc", "une amende de 500 fr."],
  ["frs", "franc", "fined 800 frs."],
];
const ABBREVIATIONS = ABBREVIATION_ROWS.map(([a]) => `[${a[0]?.toUpperCase()}${a[0]}]${a.slice(1)}`).join("|");

/**
 * A prefixed amount (`EUR 219`, `$392`) or a suffixed one (`2 million riel`, `490USD`).
 * Note: a code or initials after a number that stand right before another number open that amount
 * (`each of the other two ETB 5,000`: no fine of 2 ETB).
 */
const AMOUNT = new RegExp(
  `(?<pre>[A-Z]{3}(?=\\s?\\d)|${SYMBOL})\\s?(?<n1>${NUMBER})(?<s1>${SCALE})` +
    `|\\b(?<n2>${NUMBER})(?<s2>${SCALE})[-\\s]?(?:(?<unit>${UNITS})\\b|(?<adj>(?:U\\.S\\.|US|CFA|[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s)?(?<name>(?:${NAMES})(?:e?s)?)\\b(?<post>\\s+CFA\\b)?|(?<suf>${LETTER_SIGNS_AFTER})(?![\\p{L}\\p{N}])|(?<abbr>${ABBREVIATIONS})\\.?(?!\\p{L})|(?<code>[A-Z]{3})\\b(?!\\s?\\d)|(?<initials>[A-Z]{2,5})s?\\b(?!\\s?\\d)|(?<sym>[${SUFFIX_GLYPHS}]))`,
  "gu",
);

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, m: 1e6, k: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9 };

/**
 * The value of a written number and its scale.
 * Note: with a scale word a comma is decimal (`8,212 million` = 8.212 million), as the
 * stated equivalents show; without one it separates thousands when three digits follow.
 */
export function parseAmount(number: string, scale: string): number {
  const factor = SCALES[scale.trim().toLowerCase()] ?? 1;
  const [before, after] = number.split(/\shundred\b/iu);
  if (after !== undefined) {
    const rest = after.replace(/^\s*(?:and\s+)?/iu, "");
    return ((parseNumber(before ?? "") ?? Number.NaN) * 100 + (rest ? (parseNumber(rest) ?? Number.NaN) : 0)) * factor;
  }
  const fraction = /^(half|a\s+quarter\s+of)\s+an?$/iu.exec(number);
  if (fraction) return (fraction[1]?.toLowerCase() === "half" ? 0.5 : 0.25) * factor;
  if (/^[a-z]/iu.test(number)) return (parseNumber(number) ?? Number.NaN) * factor;
  let plain: string;
  if (factor !== 1 && /^\d+,\d+$/u.test(number)) plain = number.replace(",", ".");
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(number) || /^\d{1,2}(?:,\d{2})+,\d{3}$/u.test(number)) plain = number.replace(/,/gu, "");
  // Note: and an apostrophe, as Switzerland and Liechtenstein write them (`CHF 2'000`, `2’500 francs`).
  else if (/^\d{1,3}(?:['’]\d{3})+$/u.test(number)) plain = number.replace(/['’]/gu, "");
  // Note: a space (or a no-break space) between groups of three digits separates thousands (`2 000 euros`).
  else if (/^\d{1,3}(?:[\u00a0\u202f ]\d{3})+$/u.test(number)) plain = number.replace(/[\u00a0\u202f ]/gu, "");
  // Note: without a scale word, dots before groups of three digits separate thousands
  // (`€1.500`, `1.000.000 rubles`, European usage); no fine is a fraction of a unit.
  else if (factor === 1 && /^\d{1,3}(?:\.\d{3})+$/u.test(number)) plain = number.replace(/\./gu, "");
  // Note: and a comma before two decimal digits after them (`MT 60.000,00`, `L. 40.000,00`).
  else if (/^\d{1,3}(?:\.\d{3})+,\d{2}$/u.test(number)) plain = number.replace(/\./gu, "").replace(",", ".");
  else plain = number.replace(",", ".");
  return Math.round(Number(plain) * factor * 100) / 100;
}

/** How far back an amount's own paragraph is read for the country that decides its currency. */
const PARAGRAPH_REACH = 600;

/** A paragraph that is a list's item (`* A: a fine of $3,000`, `2. B – fined …`). */
const LIST_ITEM = /^\s*(?:[*•·–-]|\d{1,2}[.)])\s/u;

/**
 * The amount's paragraph up to it (at most PARAGRAPH_REACH characters back), whose country decides a shared currency.
 * Note: a list's items that name no country take their lead-in paragraph's (`… in Solomon Islands.` then `* A: a fine
 * of $3,000` in a digest of cases from two countries).
 */
export function localText(text: string, start: number, end: number): string {
  const paragraph = text.lastIndexOf("\n\n", start);
  const own = text.slice(Math.max(0, start - PARAGRAPH_REACH, paragraph), end);
  if (paragraph <= 0 || !LIST_ITEM.test(text.slice(paragraph + 2, start)) || countryMentions(own).size > 0) return own;
  const before = text.lastIndexOf("\n\n", paragraph - 1);
  return text.slice(Math.max(0, paragraph - PARAGRAPH_REACH, before), end);
}

/** The unit a phrase names (`basic calculation amount`), or null. */
const unitOfPhrase = (phrase: string): string | null => UNIT_ROWS.find(([pattern]) => pattern.test(phrase))?.[1] ?? (NAMED_UNIT_ROW.test(phrase) ? phrase.replace(/s$/u, "") : null);

/** Every amount in `text` between `from` and `to`; `documentText` helps choose currencies. */
export function findAmounts(text: string, from: number, to: number, documentText = text): Amount[] {
  const found: Amount[] = [];
  const slice = text.slice(from, to);
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(slice); m; m = AMOUNT.exec(slice)) {
    const g = m.groups ?? {};
    const amount = parseAmount(g.n1 ?? g.n2 ?? "", g.s1 ?? g.s2 ?? "");
    let currency: string | null = null;
    let unit: string | null = null;
    const local = localText(text, from + m.index, from + m.index + m[0].length);
    if (g.pre) currency = (/^[A-Z]{3}$/u.test(g.pre) ? isoCode(g.pre) : null) ?? symbolCode(g.pre, documentText, local);
    // Note: a bare `$` before thousands grouped by dots (`$2.500.000`), as the peso countries write their sums, is the
    // peso of the country the paragraph, else the letter, names (English letters keep `$1,500` as the dollar).
    if (g.pre === "$" && /^\d{1,3}(?:\.\d{3})+$/u.test(g.n1 ?? "")) currency = byCountry(PESO_CODES, local) ?? byCountry(PESO_CODES, documentText) ?? currency;
    else if (g.suf) currency = symbolCode(g.suf, documentText, local);
    else if (g.code) currency = isoCode(g.code);
    else if (g.sym) currency = symbolCode(g.sym, documentText, local);
    // Note: `francs CFA`, as French word order has it in English letters too.
    else if (g.name) currency = nameCode(g.name, g.adj ?? g.post?.trim() ?? null, documentText, local);
    else if (g.abbr) currency = nameCode(ABBREVIATION_ROWS.find(([a]) => a === g.abbr?.toLowerCase())?.[1] ?? "", null, documentText, local);
    else if (g.unit) unit = unitOfPhrase(g.unit);
    // Note: initials the letter defines as a unit (`50 BCA`, with `BCA: basic calculation amount` in a note).
    if (currency === null && (g.code ?? g.initials)) unit = definedUnitInitials(documentText, unitOfPhrase).get(g.code ?? g.initials ?? "") ?? null;
    if ((currency === null && unit === null) || !Number.isFinite(amount) || amount <= 0) continue;
    found.push({ start: from + m.index, end: from + m.index + m[0].length, amount, currency, unit });
  }
  return found;
}

/**
 * A number and a word the currency tables do not know, right before a bracket that opens on
 * an amount (`12 million lempiras (about USD 950)`): the fine is the number, in a currency left
 * unstated, and the bracket its equivalent, never the fine's own currency.
 * Note: or before a comma and a word that states the equivalent (`fined 5,400 units, the equivalent of MNT
 * 5,400,000`, `, i.e.`, `, that is`): a statutory unit the letter leaves unnamed, its sum in money after it.
 */
const UNNAMED_BEFORE =
  /\b(?<n>\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)(?<s>(?:\s?(?:million|billion|thousand|mln|bn))?)\s+(?<w>[a-z]{3,})(?:\s*[([]\s*|,\s+(?:(?:the\s+)?equivalent\s+(?:of|to)|i\.e\.,?|that\s+is,?)\s+)(?:(?:about|around|approx(?:imately|\.)?|roughly|some|nearly|almost|c\.|ca\.|~)\s*)?$/u;
/** Words after a number that are no currency (`20 days (about $90)`, `15 percent`). */
const NOT_MONEY = /^(?:days?|weeks?|months?|years?|hours?|percent|per|times|people|persons|workers|members|pages?|km|kilometres?|miles?)$/u;

/**
 * The fine a bracketed amount at `bracketed` is the equivalent of, when a number and an unknown
 * word stand before the bracket; `"count"` when the word is a count or a time (`20 days (about
 * $90)`: the sum is no fine of its own); null when no number stands there.
 */
export function unnamedAmount(text: string, from: number, bracketed: number): Amount | "count" | null {
  const left = text.slice(Math.max(from, bracketed - 60), bracketed);
  const m = UNNAMED_BEFORE.exec(left);
  const g = m?.groups;
  if (!m || !g) return null;
  if (NOT_MONEY.test(g.w ?? "")) return "count";
  const amount = parseAmount(g.n ?? "", g.s ?? "");
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const start = bracketed - left.length + m.index;
  return { start, end: start + (g.n ?? "").length + (g.s ?? "").length + 1 + (g.w ?? "").length, amount, currency: null, unit: null };
}

/**
 * The fine an amount makes, spanning `start`–`end` of `text` (its wording), with the stated
 * equivalents: one builder for the English and the per-language rules.
 */
export function fineFrom(
  text: string,
  span: { start: number; end: number },
  amount: Amount,
  money: Money[],
  each: boolean,
): Unstamped<FineCandidate> {
  const { start, end } = span;
  return {
    type: "fine",
    text: text.slice(start, end),
    start,
    end,
    amount: amount.amount,
    currency: amount.currency,
    unit: amount.unit,
    money,
    term: { start: amount.start, end: amount.end },
    each,
    share: null,
  };
}
