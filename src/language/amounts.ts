/**
 * Amounts of money written in a vocabulary's words and number style: `500 000 francs CFA`,
 * `20.000 pesos`, `1 250,50 euros`, `un million GNF`, `cien dólares`, `USD 44`. Thousands are
 * grouped by spaces or dots and decimals follow a comma, as French and Spanish write them;
 * currencies come out as ISO 4217 codes, by country where a name is shared (`francs CFA` in
 * Benin → XOF).
 */
import { NAMED_UNIT, singularWords } from "./amounts-units.js";
import { findAmounts, LETTER_SIGN_WORDS_AFTER, LETTER_SIGNS_AFTER, localText, type Amount } from "../extract/fines/money.js";
import { PESO_CODES, SHARED_SYMBOL_ROWS, byCountry, isoCode, nameCode, namesCountry, symbolCode } from "../extract/fines/currencies.js";
import { numberPhrase, phraseValue } from "./numbers.js";
import { definedUnitInitials } from "../extract/fines/unit-initials.js";

/**
 * A bare `$` in a French or Spanish letter (`una multa de $15.000.000`): where the letter names a
 * country whose peso is written `$` (Colombia, Mexico, Chile, Argentina, Uruguay, the Dominican
 * Republic, Cuba), that peso; else the dollar. Note: not `US$`/`U$S`, and English letters keep
 * `$` as the dollar (their writers name pesos).
 */
const BARE_DOLLAR = /(?:^|[^\p{L}$])\$$/u;
const pesoOf = (text: string): string | null => byCountry(PESO_CODES, text);
/** Canada's dollar, written after the number in Quebec French (`une amende de 10 000 $`). */
const CANADA = /\b(?:Canada|canadien(?:ne)?s?|Qu[ée]bec|Montr[ée]al)\b/u;
const dollarOf = (text: string): string => (CANADA.test(text) ? "CAD" : (pesoOf(text) ?? "USD"));
import type { Vocabulary } from "./vocabulary.js";

/**
 * Signs after a number, as the currency tables write them after it (`FCFA`, `DA`, `DH`, `DT`, `250 000 FC`,
 * `5 000 000 FG`: extract/fines/currencies.ts); capitals only, checked apart since the pattern ignores case.
 * Note: and `F CFA`, `F.CFA` as French writes the franc's sign, and a dollar sign after the number, as
 * Quebec writes it (`10 000 $`).
 */
const SIGNS_AFTER = `F\\.?\\s?CFA|${LETTER_SIGNS_AFTER}|\\$`;
/** The same signs without their conditions on the number before them, to test a sign found (`50 000 G`). */
const SIGN_WORDS_AFTER = `F\\.?\\s?CFA|${LETTER_SIGN_WORDS_AFTER}|\\$`;
/**
 * Signs before a number (`Bs. 3.500`, `Bs 200`, the lempira's `L. 40.000,00`, `L 25,000.00`, `Lps. 5,000.00`). Note: `L`
 * only before grouped thousands, not a French code's article (`article L. 1132-1`).
 */
const SIGNS_BEFORE = "Bs\\.?|L(?:ps)?\\.?(?=\\s?\\d{1,3}(?:[.,]\\d{3})+(?![\\d-]))|Ar(?=\\s?\\d{1,3}(?:[\\u00a0\\u202f .]\\d{3})+(?!\\d))";
/** Signs of one currency only that French and Spanish letters write (the English money rules do not read them). */
const OWN_SIGNS: Readonly<Record<string, string>> = { L: "HNL", Lps: "HNL" };
const SIGN_CASE = new RegExp(`^(?:${SIGN_WORDS_AFTER}|Bs\\.?|L(?:ps)?\\.?|Ar)$`, "u");

const compiled = new WeakMap<Vocabulary, RegExp>();

const alternatives = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join("|");

/** Number, scale, currency name or code: groups `n`, `scale`, `name`, `code`, `adj` (`CFA`). */
function pattern(vocabulary: Vocabulary): RegExp {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const digits = "\\d{1,3}(?:[\\u00a0\\u202f .]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
  const words = numberPhrase(vocabulary);
  const scales = alternatives(Object.keys(vocabulary.scales));
  const names = alternatives(Object.keys(vocabulary.currencies));
  const units = alternatives(Object.keys(vocabulary.fineUnits));
  // Note: a unit before a code, so a unit written in capitals (`10 UTM`, `300 UMA`) is no unknown code; then initials the
  // letter defines for a unit (`una multa de 2,5 SMLMV` after `salarios mínimos legales mensuales vigentes (SMLMV)`).
  // Note: a lower-case word after the name may be the country's adjective (`pesos cubanos`); kept only when it names one.
  // Note: signs as French and Spanish letters write them, after the number (`5 millions de FCFA`, `2.000.000 F CFA`,
  // `750 000 F.CFA`) or before it (`Bs. 3.500`); `symbolCode` resolves them by the letter's country.
  const built = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?<n>${digits}|(?:${words})(?:\\s*\\((?:${digits})\\))?)(?:\\s+(?<scale>${scales}))?\\s+(?:(?:de|d[’'])\\s*)?` +
      `(?:(?<name>(?:${names})(?:e?s)?)(?:\\s+(?<adj>CFA|\\p{Ll}{4,}))?|(?<sign>${SIGNS_AFTER})|(?<unit>${units})|(?<code>[A-Z]{3})|(?<initials>[A-Z]{2,5}))(?![\\p{L}])` +
      `|(?<![\\p{L}])(?<pre>${SIGNS_BEFORE})\\s?(?<pn>${digits})(?![\\p{N}])`,
    "giu",
  );
  compiled.set(vocabulary, built);
  return built;
}

/** The value of `500 000`, `20.000`, `1 250,50`, `un` (before a scale) in a vocabulary. */
export function amountValue(raw: string, scale: string | undefined, vocabulary: Vocabulary): number {
  // Note: an amount in words may repeat itself in figures, as legal French and Spanish write it (`cinq cent mille (500 000)`).
  const word = /^[\d\u00a0\u202f .,]+$/u.test(raw) ? undefined : phraseValue(raw.replace(/\s*\([^)]*\)$/u, ""), vocabulary);
  // Note: commas before groups of three digits with no scale word separate thousands, as Mexico
  // and Central America write them (`15,000 lempiras`); no fine is a fraction of a unit.
  const grouped = !scale && /^\d{1,3}(?:,\d{3})+$/u.test(raw);
  const base = word ?? Number(grouped ? raw.replace(/,/gu, "") : raw.replace(/[\u00a0\u202f .]/gu, "").replace(",", "."));
  const factor = scale ? (vocabulary.scales[scale.toLowerCase()] ?? 1) : 1;
  return Math.round(base * factor * 100) / 100;
}

/** The record's unit for a measure as written: its key, or the first pattern key it matches whole (a named unit: its words in the singular). */
function unitOf(written: string, vocabulary: Vocabulary): string | null {
  const lower = written.toLowerCase().replace(/\s+/gu, " ");
  const exact = vocabulary.fineUnits[lower];
  if (exact !== undefined) return exact;
  const key = Object.keys(vocabulary.fineUnits).find((k) => new RegExp(`^(?:${k})$`, "iu").test(lower));
  const unit = key === undefined ? null : (vocabulary.fineUnits[key] ?? null);
  return unit === NAMED_UNIT ? singularWords(lower) : unit;
}

const unitReaders = new WeakMap<Vocabulary, (phrase: string) => string | null>();
/** The vocabulary's reader of unit names, one function per vocabulary (unit-initials.ts caches by it). */
function unitReader(vocabulary: Vocabulary): (phrase: string) => string | null {
  let reader = unitReaders.get(vocabulary);
  if (!reader) {
    reader = (phrase: string): string | null => unitOf(phrase, vocabulary);
    unitReaders.set(vocabulary, reader);
  }
  return reader;
}

/**
 * Of codes that share a sign or name (`FCFA`: XOF or XAF), the one whose country the amount's own
 * paragraph names, when it names one: `au Cameroun, … 500 000 FCFA d'amende` in a Senegalese letter is XAF.
 */
function localCurrency(text: string, start: number, end: number, currency: string): string {
  const shared = SHARED_SYMBOL_ROWS.find(([, codes]) => codes.length > 1 && codes.includes(currency));
  if (!shared) return currency;
  return byCountry(shared[1], localText(text, start, end)) ?? currency;
}

/** A currency name's singular (`francs` → `franc`, `dólares` → `dólar`). */
function singularOf(name: string, vocabulary: Vocabulary): string {
  const lower = name.toLowerCase();
  if (vocabulary.currencies[lower] !== undefined) return lower;
  for (const cut of [2, 1]) if (vocabulary.currencies[lower.slice(0, -cut)] !== undefined) return lower.slice(0, -cut);
  return lower;
}

/** A country's adjective in its singular (`cubanos` → `cubano`, `tunisiens` → `tunisien`), or null when the word names none. */
function countryAdjective(word: string | undefined): string | null {
  if (!word) return null;
  for (const cut of [0, 1, 2]) {
    const form = word.slice(0, word.length - cut);
    if (namesCountry(form)) return form;
  }
  return null;
}

/** Every amount in `text[from, to)`: the vocabulary's forms first, then the language-neutral ones (`USD 44`, `€500`). */
export function findLanguageAmounts(text: string, vocabulary: Vocabulary, from: number, to: number): Amount[] {
  const found: Amount[] = [];
  const re = pattern(vocabulary);
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const g = m.groups ?? {};
    const sign = g.sign ?? g.pre;
    if (sign !== undefined && !SIGN_CASE.test(sign)) continue;
    const amount = amountValue(g.n ?? g.pn ?? "", g.scale, vocabulary);
    let currency: string | null = null;
    let length = m[0].length;
    const unit = g.unit ? unitOf(g.unit, vocabulary) : g.initials ? (definedUnitInitials(text, unitReader(vocabulary)).get(g.initials) ?? null) : null;
    if (sign === "$") currency = dollarOf(text);
    else if (sign !== undefined) currency = OWN_SIGNS[sign.replace(/[\s.]/gu, "")] ?? symbolCode(sign.replace(/[\s.]/gu, ""), text);
    else if (g.code) currency = isoCode(g.code.toUpperCase());
    else if (g.name) {
      const english = vocabulary.currencies[singularOf(g.name, vocabulary)] ?? null;
      const adjective = g.adj === "CFA" ? g.adj : countryAdjective(g.adj);
      if (g.adj && adjective === null) length -= g.adj.length + (/\s+$/u.exec(m[0].slice(0, -g.adj.length))?.[0].length ?? 0);
      // Note: `dollars` with no adjective in a letter from Canada (`une amende de mille cinq cents dollars`, Quebec) is Canada's, as `$` is.
      currency = english === "dollar" && adjective === null && CANADA.test(text) ? "CAD" : english ? nameCode(english, adjective, text) : null;
    }
    if ((currency === null && unit === null) || !Number.isFinite(amount) || amount <= 0) continue;
    if (currency !== null) currency = localCurrency(text, from + m.index, from + m.index + length, currency);
    found.push({ start: from + m.index, end: from + m.index + length, amount, currency, unit });
  }
  const neutral = findAmounts(text, from, to, text)
    .filter((a) => !found.some((f) => f.start < a.end && a.start < f.end))
    .map((a) => (a.currency === "USD" && BARE_DOLLAR.test(text.slice(Math.max(0, a.start - 2), a.start + 1)) ? { ...a, currency: pesoOf(text) ?? a.currency } : a));
  return [...found, ...neutral].sort((a, b) => a.start - b.start);
}
