/**
 * Partnerships named by their partners: `Marsh & Holt Outfitters`, `Kessler & Obi Advocates`,
 * `Whitfield & Crane`. A capitalised chunk joined by an ampersand is a firm's name, whatever
 * its last word; two people would be joined by `and`. Not firms: two common words (`Research &
 * Development`, `Peace & Justice`), a couple's given names (`Ana & Juan`), chunks another rule
 * reads as a body by its head noun.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isGivenName } from "../nlp.js";
import { type Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { spanText, trimLeading } from "./chunks.js";
import { CONNECTORS } from "./lexicon.js";
import { bodyOf, proseClauses } from "./named.js";

/** The index of the token after the chunk's ampersand, or -1. */
function ampersand(text: string, chunk: readonly Token[]): number {
  return chunk.findIndex((t, i) => i > 0 && text.slice((chunk[i - 1] as Token).end, t.start) === " & ");
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
        const start = (firm[0] as Token).start;
        const end = (firm.at(-1) as Token).end;
        return [{ type: "organisation", start, end, text: text.slice(start, end), name: spanText(text, firm), acronym: null }];
      }),
    );
  },
};
