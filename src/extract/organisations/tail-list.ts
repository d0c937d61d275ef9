/**
 * A list of fields inside a body's `of`/`for` tail, written with commas: `Federation of Korean
 * Port, Transport and Logistics Workers' Unions`, `Ministry of Justice, Islamic Affairs and
 * Waqf`, `International Union of Food, Agricultural, Hotel, Restaurant … Workers`. The commas
 * belong to the name when every item is a short capitalised run that names no body of its own
 * and the list closes with `and` and a last item.
 */
import type { Token } from "../people/tokens.js";
import { isCountry, isGivenName, isPlaceName } from "../nlp.js";
import { FIELD_HEADS, ORG_HEADS } from "./lexicon.js";
import { HONORIFICS } from "../people/lexicon.js";

const COMMA = /^,[ \u00a0]$/u;
const SPACE = /^[ \u00a0]$/u;
const AND = /^(?:,[ \u00a0])?[ \u00a0]?$/u;

/** Reads tokens by index (chunks.ts's TokenStream). */
interface Tokens {
  at(index: number): Token | undefined;
}

/** A head that names another body (`Ministry`, `Union`), not a field (`Service`, `Press`). */
const bodyHead = (token: Token): boolean => ORG_HEADS.has(token.text.toLowerCase()) && !FIELD_HEADS.has(token.text.toLowerCase());

/**
 * The index of the list's last token when a comma after token `i` opens a list of fields (see
 * above), else -1. Note: the last item may end in the body's own plural head after a
 * possessive (`… Logistics Workers' Unions`), never in another body's name (`…, Amnesty
 * International and Human Rights Watch`); no item is a known given name or place.
 */
export function fieldListEnd(text: string, tokens: Tokens, i: number, word: (token: Token) => boolean): number {
  let at = i;
  let items = 0;
  const countries = isCountry((tokens.at(i) as Token).text) && /^(?:of|for)$/u.test(tokens.at(i - 1)?.text ?? "");
  for (;;) {
    const from = tokens.at(at) as Token;
    const first = tokens.at(at + 1);
    if (!first) return -1;
    const gap = text.slice(from.end, first.start);
    const last = /^(?:,[ \u00a0])?(?:and|AND)$/u.test(first.text) && items > 0 && AND.test(gap);
    if (!last && !COMMA.test(gap)) return -1;
    let j = last ? at + 2 : at + 1;
    const start = j;
    // An item: one to four capitalised words, single-spaced.
    while (j - start < 4) {
      const t = tokens.at(j);
      if (!t || !word(t) || (j > start && !SPACE.test(text.slice((tokens.at(j - 1) as Token).end, t.start)) && !possessiveGap(text, tokens.at(j - 1) as Token, t))) break;
      j++;
    }
    if (j === start) return -1;
    const item = Array.from({ length: j - start }, (_, k) => tokens.at(start + k) as Token);
    // Note: people or places listed after a body (`the Ministry of Health, Fatima Bello and …`,
    // `… of Journalists, Lagos and Abuja branches`) are no fields of it.
    // Note: but a list of countries after a country is the remit of a regional office
    // (`ILO Country Office for Zambia, Malawi and Mozambique`).
    const phrase = item.map((t) => t.text).join(" ");
    // Note: nor a person named with a form of address (`the Committee on Labour, Ms Ruiz and Mr Dogan`).
    if (isGivenName((item[0] as Token).text) || HONORIFICS.has((item[0] as Token).text.toLowerCase()) || (isPlaceName(phrase) && !(countries && isCountry(phrase)))) return -1;
    if (last) {
      const headAt = item.findIndex(bodyHead);
      const ownPlural = headAt === item.length - 1 && headAt > 0 && /s['’]$/u.test(text.slice((item[headAt - 1] as Token).start, (item[headAt - 1] as Token).end + 1));
      return headAt < 0 || ownPlural ? j - 1 : -1;
    }
    if (item.some(bodyHead)) return -1;
    items++;
    at = j - 1;
    if (items > 6) return -1;
  }
}

const possessiveGap = (text: string, left: Token, right: Token): boolean => /^['’][ \u00a0]$/u.test(text.slice(left.end, right.start)) && /s$/u.test(left.text);
