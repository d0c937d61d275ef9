/**
 * Bodies listed with "other unions": `Justice for Colombia, together with RMT, other trade unions
 * and Labourstart`, or after a plural body noun and `including`/`such as` (`Fashion brands …,
 * including Inditex and Primark`). Every capitalised item of such a list names a body.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isDemonym, isFunctionWord, isPlaceName } from "../nlp.js";
import type { Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { orgChunks, spanText } from "./chunks.js";

const OTHERS = /\bother\s+(?:\p{Ll}+\s+)?(?:unions|organi[sz]ations|groups|federations|NGOs|bodies|associations|confederations)\b/u;
// Note: bounded and lazy, so the gap between the noun and `including` stays linear.
const INCLUDING = /\b(?:brands|companies|retailers|employers|firms|buyers|manufacturers|unions|federations|confederations|organi[sz]ations|NGOs)\b[^.;:]{1,60}?\b(?:including|such as)\s+/u;
const SEPARATOR = /^(?:,\s*(?:together with\s+|along with\s+|and\s+)?|\s+and\s+)$/u;

/** A chunk cut at each `and`. */
function splitAtAnd(chunk: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const token of chunk) {
    if (token.text === "and") out.push([]);
    else out.at(-1)?.push(token);
  }
  return out.filter((part) => part.length > 0);
}

/** The list items that can be bodies' names: short, not a function word, nationality or place. */
function bodies(text: string, items: Token[][]): Unstamped<OrganisationCandidate>[] {
  return items.flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
    const first = chunk[0] as Token;
    const name = spanText(text, chunk);
    if (chunk.length > 5 || isFunctionWord(first.text) || isDemonym(first.text) || isPlaceName(name)) return [];
    return [{ type: "organisation", start: first.start, end: (chunk.at(-1) as Token).end, text: name, name, acronym: null }];
  });
}

export const listRule: Extractor<OrganisationCandidate> = {
  id: "organisations/list",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return context.sentences.flatMap((sentence) => {
      const chunks = orgChunks(text, sentence);
      const including = INCLUDING.exec(text.slice(sentence.start, sentence.end));
      const listed: Token[][] = [];
      if (including) {
        let boundary = sentence.start + including.index + including[0].length;
        for (const chunk of chunks.filter((c) => (c[0] as Token).start >= boundary)) {
          if ((chunk[0] as Token).start !== boundary && !SEPARATOR.test(text.slice(boundary, (chunk[0] as Token).start))) break;
          // Note: `Inditex and Primark` is one chunk to the name rules; in a list, `and` separates items.
          listed.push(...splitAtAnd(chunk));
          boundary = (chunk.at(-1) as Token).end;
        }
      }
      const others = OTHERS.exec(text.slice(sentence.start, sentence.end));
      if (!others) return bodies(text, listed);
      const othersStart = sentence.start + others.index;
      const othersEnd = othersStart + others[0].length;
      const items: Token[][] = [...listed];
      // Note: walk back from "other unions" while each gap is a list separator.
      let boundary = othersStart;
      for (const chunk of chunks.filter((c) => (c.at(-1) as Token).end <= othersStart).reverse()) {
        if (!SEPARATOR.test(text.slice((chunk.at(-1) as Token).end, boundary))) break;
        items.push(chunk);
        boundary = (chunk[0] as Token).start;
      }
      const after = chunks.find((c) => (c[0] as Token).start >= othersEnd);
      if (after && /^\s+and\s+$/u.test(text.slice(othersEnd, (after[0] as Token).start))) items.push(after);
      return bodies(text, items);
    });
  },
};
