/**
 * News outlets named by a media noun: `the independent newspaper Azadliq`, `news agency AFP`,
 * `television station TV5Monde`, `the ‘Belsat’ TV channel`, `the Birgün daily`, `the Casbah
 * Tribune news site`. The name is the capitalised words; the whole phrase is an alias.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isDemonym, isPlaceName } from "../nlp.js";
import type { Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { spanText, trimLeading } from "./chunks.js";
import { orgClauses } from "./named.js";

const NOUN = "newspaper|daily|weekly|magazine|website|web-site|news site|news agency|tv channel|tv-channel|television station|television channel|radio station|broadcaster";
const BEFORE = new RegExp(`\\b(?:${NOUN})\\s+[‘'"“]?$`, "iu");
const AFTER = new RegExp(`^[’'"”]?\\s+(?:${NOUN})\\b`, "iu");

function usable(chunk: Token[]): boolean {
  const words = chunk.map((t) => t.text).join(" ");
  const first = chunk[0] as Token;
  return chunk.length <= 4 && !isDemonym(first.text) && !isPlaceName(words) && !(chunk.length === 1 && isCommonWord(first.text));
}

export const mediaRule: Extractor<OrganisationCandidate> = {
  id: "organisations/media",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return orgClauses(context).flatMap(({ span: sentence, chunks }) =>
      chunks.map(trimLeading).flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        if (chunk.length === 0 || !usable(chunk)) return [];
        const first = chunk[0] as Token;
        const last = chunk.at(-1) as Token;
        const before = BEFORE.exec(text.slice(Math.max(sentence.start, first.start - 30), first.start));
        const after = AFTER.exec(text.slice(last.end, Math.min(sentence.end, last.end + 30)));
        if (!before && !after) return [];
        const quote = /[‘'"“]$/u.test(text.slice(first.start - 1, first.start)) ? 1 : 0;
        const start = before ? first.start : first.start - quote;
        const end = after ? last.end + after[0].length : last.end;
        const name = spanText(text, chunk);
        return [{ type: "organisation", start, end, text: text.slice(start, end), name, acronym: null }];
      }),
    );
  },
};
