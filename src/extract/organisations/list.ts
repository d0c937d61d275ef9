/**
 * Bodies listed with "other unions": `Justice for Colombia, together with RMT, other trade unions
 * and Labourstart`. Every capitalised item of such a list names a body.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isDemonym, isFunctionWord, isPlaceName } from "../nlp.js";
import type { Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { orgChunks, spanText } from "./chunks.js";

const OTHERS = /\bother\s+(?:\p{Ll}+\s+)?(?:unions|organi[sz]ations|groups|federations|NGOs|bodies|associations|confederations)\b/u;
const SEPARATOR = /^(?:,\s*(?:together with\s+|along with\s+|and\s+)?|\s+and\s+)$/u;

export const listRule: Extractor<OrganisationCandidate> = {
  id: "organisations/list",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return context.sentences.flatMap((sentence) => {
      const others = OTHERS.exec(text.slice(sentence.start, sentence.end));
      if (!others) return [];
      const othersStart = sentence.start + others.index;
      const othersEnd = othersStart + others[0].length;
      const chunks = orgChunks(text, sentence);
      const items: Token[][] = [];
      // Note: walk back from "other unions" while each gap is a list separator.
      let boundary = othersStart;
      for (const chunk of chunks.filter((c) => (c.at(-1) as Token).end <= othersStart).reverse()) {
        if (!SEPARATOR.test(text.slice((chunk.at(-1) as Token).end, boundary))) break;
        items.push(chunk);
        boundary = (chunk[0] as Token).start;
      }
      const after = chunks.find((c) => (c[0] as Token).start >= othersEnd);
      if (after && /^\s+and\s+$/u.test(text.slice(othersEnd, (after[0] as Token).start))) items.push(after);
      return items.flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        const first = chunk[0] as Token;
        const name = spanText(text, chunk);
        if (chunk.length > 5 || isFunctionWord(first.text) || isDemonym(first.text) || isPlaceName(name)) return [];
        return [{ type: "organisation", start: first.start, end: (chunk.at(-1) as Token).end, text: name, name, acronym: null }];
      });
    });
  },
};
