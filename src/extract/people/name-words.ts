/**
 * Which tokens can be words of a person's name (`nameish`): capitalised words, particles (`van`, `bin`), initials
 * (`K.`, `A.S`), the Burmese `U`, months and function words only where they name someone (`June Almeida`, `Khin Mar
 * Lwin`), never a currency code or sign before an amount (`EUR 5,000`, `KSh 50,000`). names.ts builds runs of them.
 */
import { isFunctionWord } from "../nlp.js";
import { isoCode, LOCAL_ONLY_SIGNS, SHARED_SYMBOL_ROWS, SYMBOL_ROWS } from "../fines/currencies.js";
import { DESCRIPTOR_WORD } from "../organisations/chunks.js";
import { memoised } from "../memo.js";
import { DATE_BEFORE_MONTH } from "../dates/patterns.js";
import { lower } from "./address-forms.js";
import { familyFirst } from "./family-first.js";
import { JOINED_PARTICLE, NOT_NAME_WORDS, PARTICLES } from "./lexicon.js";
import { isAllCaps, isCapitalised, opensUncapitalised, type Token } from "./tokens.js";

/** An amount right after a word: the word is its currency code (`fined John Smith EUR 5,000`). */
const AMOUNT_AFTER = /^[ \u00a0]?\d/u;
/**
 * Currency signs of two letters or more (`KSh`, `Tk`, `HK` of `HK$`, `ZWL` of `ZWL$`): before an
 * amount they end a name (`fined Otieno Wafula KSh 50,000`, `fined Lee Wai-man HK$6,500`).
 */
// Note: and the signs every country's own locales write (`VT` the vatu, `Db` the dobra: the fines' LOCAL_ONLY_SIGNS),
// and capitals glued to a dollar sign no table holds (`fined Ana Flores BZ$2,000`, `SI$`, `FJ$`: session 24).
const SIGN_WORDS = new Set([...[...SYMBOL_ROWS, ...SHARED_SYMBOL_ROWS].map(([sign]) => sign), ...LOCAL_ONLY_SIGNS.map(({ sign }) => sign)].map((sign) => sign.replace(/[$.₵]$/u, "")).filter((sign) => /^\p{L}{2,}$/u.test(sign)));
const SIGN_AMOUNT_AFTER = /^[$.₵]?[ \u00a0]?\d/u;
/** Capitals before a dollar sign and an amount: a dollar's prefix (`BZ$2,000`), no name word. */
const DOLLAR_PREFIX = /^\p{Lu}{2,3}$/u;
const DOLLAR_AFTER = /^\$[ \u00a0]?\d/u;

/** After an initial: its dot, a space and a capitalised word. */
const INITIAL_AFTER = /^\.[ \u00a0]?\p{Lu}/u;
/** Before an initial `A.` opening a name: the line's start, a cell's bar, a comma, semicolon or bracket, or a lower-case word. */
const OPENS_NAME_BEFORE = /(?:^|[\n|,;(\p{Ll}])[ \t\u00a0]*$/u;
/** After the Burmese `U`, or the last of glued initials (`A.S Muhammed`): a space and a capitalised word. */
const U_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}/u;

/** Months that are also given names (`Jan Willem Goudriaan`, `June Almeida`, `August Landmesser`). */
const MONTH_NAMES = new Set(["jan", "june", "april", "august"]);

/**
 * A month that is also a given name. Note: such a word enters a name chunk only where it names
 * someone (`monthAsName`), so a chunk opening with one opens with a given name.
 */
export const isMonthGivenName = (word: string): boolean => MONTH_NAMES.has(word.toLowerCase());

/** After a month used as a given name: a capitalised word, not a number (`June 2020`). */
const NAME_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}/u;

/** A month word that names a person here: a name follows it, and nothing before makes it a date. */
function monthAsName(text: string, token: Token): boolean {
  return MONTH_NAMES.has(lower(token)) && NAME_AFTER.test(text.slice(token.end, token.end + 3)) &&
    !DATE_BEFORE_MONTH.test(text.slice(Math.max(0, token.start - 12), token.start));
}

/** Around a name syllable that is also a month's abbreviation: capitalised words on both sides. */
const WORD_BEFORE = /\p{Lu}\p{Ll}+[ \u00a0]$/u;

/**
 * `Mar` inside a Burmese name (`Khin Mar Lwin`): a capitalised word before it and after it, where
 * the month's abbreviation stands next to a day or a year (`12 Mar 2021`, `Mar 5`).
 */
function syllableInName(text: string, token: Token): boolean {
  return lower(token) === "mar" && token.text === "Mar" && NAME_AFTER.test(text.slice(token.end, token.end + 3)) &&
    WORD_BEFORE.test(text.slice(Math.max(0, token.start - 20), token.start)) && !DATE_BEFORE_MONTH.test(text.slice(Math.max(0, token.start - 12), token.start));
}

export function nameish(text: string, token: Token): boolean {
  // Note: a word opening without a capital (opensUncapitalised) is a name word only as a particle, the
  // last test below; every test before that can only say no, so the others are not asked (no cache lookups).
  if (opensUncapitalised(token.text)) return lowerParticle(token.text) && nameWordTests(text, token);
  return nameWordTests(text, token);
}

function nameWordTests(text: string, token: Token): boolean {
  // Note: `A.S Muhammed`: an initial `A` is no article.
  if (token.text === "A" && /^\.\p{Lu}/u.test(text.slice(token.end, token.end + 2))) return true;
  // Note: `M. A. Nimal Jayasundara`: an `A.` after another initial is an initial too, not the article.
  if (token.text === "A" && INITIAL_AFTER.test(text.slice(token.end, token.end + 3)) && /(?:^|\P{L})\p{Lu}\.[ \u00a0]?$/u.test(text.slice(Math.max(0, token.start - 4), token.start))) return true;
  // Note: a middle initial `A.` after a given name (`Gulmira A. Dauletova`) is no article either.
  if (token.text === "A" && INITIAL_AFTER.test(text.slice(token.end, token.end + 3)) && /(?:^|[^\p{L}.])\p{Lu}\p{Ll}+[ \u00a0]$/u.test(text.slice(Math.max(0, token.start - 30), token.start))) return true;
  // Note: an `A.` opening a name where no capitalised word or number stands before it (a table's cell, after a comma or a
  // lower-case word: `| A. Fathima Rizana |`, `the late A. Rahman`): the article takes no full stop; `Plan A. The` and
  // `Annex A. Workers` keep a word before it.
  if (token.text === "A" && INITIAL_AFTER.test(text.slice(token.end, token.end + 3)) && OPENS_NAME_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))) return true;
  if (NOT_NAME_WORDS.has(lower(token)) && !monthAsName(text, token) && !syllableInName(text, token) && !familyFirst(text, token)) return false;
  if (token.text.length > 3 && isFunctionWord(token.text)) return false;
  if (token.text.length === 3 && AMOUNT_AFTER.test(text.slice(token.end, token.end + 2)) && isoCode(token.text) === token.text) return false;
  if (SIGN_WORDS.has(token.text) && SIGN_AMOUNT_AFTER.test(text.slice(token.end, token.end + 3))) return false;
  if (DOLLAR_PREFIX.test(token.text) && DOLLAR_AFTER.test(text.slice(token.end, token.end + 3))) return false;
  // Note: a sign glued to its amount may be one token (`Sh500,000`).
  if (/^\p{L}{2,4}\d/u.test(token.text) && SIGN_WORDS.has(token.text.replace(/\d.*$/u, ""))) return false;
  // Note: an initial before a name (`Marcus T. Lindgren`, `K. Seitkaliyev`, `A.S Muhammed`);
  // the Burmese `U` before one (`U Win Htein`).
  if (/^\p{Lu}$/u.test(token.text)) return INITIAL_AFTER.test(text.slice(token.end, token.end + 3)) || ((token.text === "U" || /^\p{Lu}\.$/u.test(text.slice(token.start - 2, token.start))) && U_AFTER.test(text.slice(token.end, token.end + 3)));
  return opensUncapitalised(token.text) ? lowerParticle(token.text) : nameWordShape(token.text);
}

/**
 * `nameWordShape` of a word opening without a capital: a particle (`van`, `bin`, `al-Shaab`); its other
 * tests (a capital, a descriptor) need a capital first. The hyphen or apostrophe test spares the pattern.
 */
const lowerParticle = (word: string): boolean =>
  PARTICLES.has(word) || ((word.includes("-") || word.includes("'") || word.includes("’")) && JOINED_PARTICLE.test(word));

// Note: one cached answer per word for the last test of `nameish`, which every token asks.
// Note: a hyphened descriptor is no name word (`the London-born Maria Lopez`, `PSI-affiliated`).
/** A word without its diacritics, lower-cased (`Nội` → `noi`); one answer per word (folded per call, it took ~2% of the extraction's CPU). */
export const foldedWord = memoised((word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d").replace(/Đ/gu, "D").toLowerCase());

const nameWordShape = memoised((word: string): boolean => !DESCRIPTOR_WORD.test(word) && (isCapitalised(word) || isAllCaps(word) || PARTICLES.has(word) || JOINED_PARTICLE.test(word)));
