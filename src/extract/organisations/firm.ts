/**
 * Partnerships named by their partners: `Marsh & Holt Outfitters`, `Kessler & Obi Advocates`,
 * `Whitfield & Crane`. A capitalised chunk joined by an ampersand is a firm's name, whatever
 * its last word; two people would be joined by `and`, save before the partnership's own noun
 * (`Banda and Associates`). The partners before them in a comma list are the name's too
 * (`Kiiza, Mukasa & Partners Advocates`, `Lungu, Mweemba and Associates`). Not firms: two common
 * words (`Research & Development`, `Peace & Justice`), a couple's given names (`Ana & Juan`),
 * chunks another rule reads as a body by its head noun.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isCountry, isFunctionWord, isGivenName, isPlaceName } from "../nlp.js";
import { isCapitalised, type Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { spanText, trimLeading } from "./chunks.js";
import { CONNECTORS } from "./lexicon.js";
import { bodyOf, proseClauses } from "./named.js";

/** The nouns a partnership names itself by after its partners and `and` (`Banda and Associates`). */
const PARTNERS = /^(?:Associates|Partners|Company|Sons|Brothers)$/u;

/** The index of the token after the chunk's ampersand (or `and` before a partnership's noun), or -1. */
function ampersand(text: string, chunk: readonly Token[]): number {
  return chunk.findIndex((t, i) => {
    if (i === 0) return false;
    const gap = text.slice((chunk[i - 1] as Token).end, t.start);
    return gap === " & " || (t.text === "and" && PARTNERS.test(chunk[i + 1]?.text ?? "") && isCapitalised((chunk[i - 1] as Token).text));
  });
}

/** Partners' names before a firm's, each closed by a comma (`Kiiza, ` before `Mukasa & Partners`), and the word before them. */
const PARTNER_LIST = /(\S*)[ \u00a0]((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,[ \u00a0]){1,3})$/u;

/** A surname, as far as the lexicon can tell: capitalised, no common or function word, place or country. */
const surnameLike = (word: string): boolean => !isCommonWord(word.toLowerCase()) && !isFunctionWord(word) && !isPlaceName(word) && !isCountry(word);

/**
 * Where the partners listed before a firm's first partner start (`Aketch, ` in `Aketch, Wambua & Co.
 * Advocates`), or `start`: every listed word a surname, the word before the list no capitalised one.
 */
function listedPartners(text: string, start: number): number {
  const list = PARTNER_LIST.exec(text.slice(Math.max(0, start - 80), start));
  if (!list) return start;
  const names = (list[2] as string).split(/,[ \u00a0]/u).filter(Boolean);
  if (/^\p{Lu}/u.test(list[1] as string) || !names.every(surnameLike)) return start;
  return start - (list[2] as string).length;
}

/** A common word, known to the lexicon or shaped like an abstract noun (`Development`, `Relations`). */
const commonWord = (word: string): boolean => isCommonWord(word.toLowerCase()) || /(?:ment|tion|sion|ity|ness|ance|ence|ing|ship|ure|ics)s?$/u.test(word);

/** The firm a chunk names, or null. */
export function firmIn(text: string, chunk: Token[]): Token[] | null {
  let tokens = trimLeading(chunk);
  // Note: `Staff of Kessler & Obi Advocates`: the name starts after the last connector before the partners.
  const first = ampersand(text, tokens);
  const connector = tokens.slice(0, Math.max(0, first)).findLastIndex((t) => CONNECTORS.has(t.text));
  if (connector >= 0) tokens = tokens.slice(connector + 1);
  const at = ampersand(text, tokens);
  if (at < 1 || tokens.length > 6 || bodyOf(text, tokens) !== null) return null;
  const left = tokens[at - 1] as Token;
  const right = tokens[at] as Token;
  // Note: a partner's name is no common word on at least one side (`Marsh & Holt`, not `Research & Development`).
  if (commonWord(left.text) && commonWord(right.text)) return null;
  if (tokens.length === 2 && isGivenName(left.text) && isGivenName(right.text)) return null;
  // Note: `and` joins a firm's partners only before the partnership's noun, which closes the name or its trade does
  // (`… and Partners Advocates`); partners named by surnames, a given name being a person's (`Ana Banda and Partners`).
  if (right.text === "and") {
    if (tokens.slice(0, at).some((t) => isGivenName(t.text))) return null;
    const trade = tokens[at + 2];
    return tokens.slice(0, at + 2 + (trade && isCapitalised(trade.text) && !CONNECTORS.has(trade.text) ? 1 : 0));
  }
  return tokens;
}

export const firmRule: Extractor<OrganisationCandidate> = {
  id: "organisations/firm",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return proseClauses(context).flatMap(({ chunks }) =>
      chunks.flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        const firm = firmIn(text, chunk);
        if (!firm) return [];
        const first = (firm[0] as Token).start;
        const start = listedPartners(text, first);
        const end = (firm.at(-1) as Token).end;
        const name = `${text.slice(start, first)}${spanText(text, firm)}`;
        return [{ type: "organisation", start, end, text: text.slice(start, end), name, acronym: null }];
      }),
    );
  },
};
