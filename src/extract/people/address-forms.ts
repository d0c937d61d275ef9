/**
 * Forms of address and titles at a name's start (`Mr`, `Daw`, `L'honorable`, the Turkish lawyer's `Av.`):
 * which words of a capitalised run are its title rather than its name. names.ts splits runs with them.
 */
import { isGivenName } from "../nlp.js";
import { FILIAL_PARTICLES, HONORIFICS, INNER_TITLES, SHARED_NAME_HONORIFICS, START_HONORIFICS, TITLE_HONORIFICS, TITLE_WORDS } from "./lexicon.js";
import { isCapitalised, type Token } from "./tokens.js";

/** A token lower-cased; a form of address after French `L'` is the form itself (`L'honorable Albert Kalala`). */
export const lower = (token: Token): string => {
  const word = token.text.toLowerCase();
  const elided = /^l['’](\p{L}+)$/u.exec(word)?.[1];
  return elided !== undefined && HONORIFICS.has(elided) ? elided : word;
};
export const isTitle = (token: Token): boolean => {
  const word = lower(token);
  return HONORIFICS.has(word) || TITLE_HONORIFICS.has(word) || TITLE_WORDS.has(word) || (word.endsWith("s") && TITLE_WORDS.has(word.slice(0, -1)));
};

/**
 * A form of address that is also a name elsewhere (lexicon.ts START_HONORIFICS) at `index`: at the
 * chunk's start (or after another title), before a name of one word or more (`Daw Yi Phyu Phyu
 * Myint`); `Ko` or `Ato` only before two or more unhyphenated words, since they are also names
 * (`Ko Un`, `Ko Min-su`, `Ato Boldon`).
 */
export function startHonorific(tokens: readonly Token[], index: number, text: string): boolean {
  const word = lower(tokens[index] as Token);
  if (!START_HONORIFICS.has(word)) return false;
  // Note: such a form of address is never written with a full stop; `Ma.` is the Filipino `María`.
  if (text.charAt((tokens[index] as Token).end) === ".") return false;
  if (index > 0 && !isTitle(tokens[index - 1] as Token)) return false;
  const rest = tokens.slice(index + 1);
  if (!SHARED_NAME_HONORIFICS.has(word)) return rest.length >= 1;
  return rest.length >= 2 && rest.every((token) => !token.text.includes("-"));
}

/** Before a lawyer's name: the word lawyer or counsel, a few words back in the same clause. */
const LAWYER_BEFORE = /\b(?:lawyers?|counsel|attorneys?|advocates?|avukat\p{L}*|represented by|defended by)\b[^.;\n]{0,30}$/iu;

/**
 * The Turkish `Av.` (avukat, lawyer) before a name (`Her lawyer, Av. Sinan Oruçoğlu`): a form of
 * address where a lawyer is spoken of or a known given name follows, and no number after the
 * name makes the words a street (`Av. Moliere 192`, the French and Spanish avenue).
 */
export function lawyerAddress(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index] as Token;
  if (token.text !== "Av" || text.charAt(token.end) !== "." || (index > 0 && !isTitle(tokens[index - 1] as Token))) return false;
  const rest = tokens.slice(index + 1);
  const last = rest.at(-1);
  if (rest.length < 2 || !last || /^[\s,]*\d/u.test(text.slice(last.end, last.end + 4))) return false;
  return isGivenName(rest[0]?.text ?? "") || LAWYER_BEFORE.test(text.slice(Math.max(0, token.start - 50), token.start)) ||
    rest.some((t) => TURKISH_LETTER.test(t.text)) || LAWYER_AND_BEFORE.test(text.slice(Math.max(0, token.start - 60), token.start));
}

/**
 * A letter only Turkish (and Azerbaijani) spelling has (`Balcı`, `Oğuz`, `Arıkan`): `Av.` before such a name is the
 * Turkish lawyer's form of address, since a Turkish avenue is `Cad.` and a Romance `Av.` names no such word.
 */
const TURKISH_LETTER = /[ıİğş]/iu;
/** Another lawyer so addressed and `and` right before (`Av. Zeynep Karaca and Av. Baran Demir`). */
const LAWYER_AND_BEFORE = /(?<!\p{L})Av\.[ \u00a0]+\p{Lu}[\p{L}'’ \u00a0-]{1,40}[ \u00a0](?:and|ve|&)[ \u00a0]+$/u;


/** A form of address: dropped from the name, kept in the alias (`Mr`, `Daw`). */
// Note: `Av` is in a chunk's title only as the Turkish lawyer's form of address (lawyerAddress).
export const isAddress = (token: Token): boolean => HONORIFICS.has(lower(token)) || START_HONORIFICS.has(lower(token)) || token.text === "Av";

/** Religious forms of address that are also given names (`Sayed`, `Seyed`, `Sheikh`). */
const ADDRESS_GIVEN_NAMES = new Set(["sayed", "sayyid", "seyed", "seyyed", "sheikh", "shaikh"]);

/**
 * A religious form of address right after a Western one is the person's given name (`Mr. Sayed
 * Hamed`, `Ms Sheikh Hasina`): one form of address is enough; right after a given name it is a
 * name in the chain of names (`Mahmoud Sayed El-Naggar`).
 */
export function givenAfterAddress(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (token === undefined || before === undefined || !ADDRESS_GIVEN_NAMES.has(lower(token)) || index >= tokens.length - 1) return false;
  // Note: and after a given name it is a father's or grandfather's name (`Mahmoud Sayed El-Naggar`).
  return /^(?:mr|mrs|ms|miss|dr)$/u.test(lower(before)) || (!isTitle(before) && isCapitalised(before.text));
}

/**
 * A Malay or Bruneian title inside a name (lexicon.ts INNER_TITLES) at `index`: after `bin`/`binti` (`binti Haji
 * Osman`), or after two of the person's own words (`Ahmad Zulkarnain Pg. Hj. Metussin`), perhaps after another such
 * title, and before a name word. Opening a name it is a form of address (`Pg. Hj. Ahmad Zulkarnain …`).
 */
export function innerTitle(tokens: readonly Token[], index: number): boolean {
  if (!INNER_TITLES.has(lower(tokens[index] as Token)) || index >= tokens.length - 1) return false;
  let before = index - 1;
  while (before >= 0 && INNER_TITLES.has(lower(tokens[before] as Token))) before--;
  if (before < 0) return false;
  if (FILIAL_PARTICLES.has((tokens[before] as Token).text)) return true;
  let after = index + 1;
  while (after < tokens.length - 1 && INNER_TITLES.has(lower(tokens[after] as Token))) after++;
  return tokens.slice(0, before + 1).filter((token) => !isTitle(token)).length >= 2 && !isTitle(tokens[after] as Token);
}
