/**
 * Bodies listed with "other unions": `Justice for Colombia, together with RMT, other trade unions
 * and Labourstart`, or after a plural body noun and `including`/`such as` (`Fashion brands …,
 * including Inditex and Primark`). Every capitalised item of such a list names a body. So does a
 * name coordinated with a body as the subject of one verb (`the Harbour Workers' Union (HWU) and Red
 * Lantern have condemned`, `l'Union des Journalistes (UJ) et SOS Presse ont dénoncé`).
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isDemonym, isFunctionWord, isGivenName, isPlaceName } from "../nlp.js";
import type { Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { orgChunks, spanText } from "./chunks.js";
import { bodyOf } from "./named.js";

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

// Note: between the body (its bracketed acronym read past) and the name, one conjunction of English, French or Spanish.
const CONJOINED = /^\s+(?:and|et|y)\s+$/u;
// Note: the verb the two share, plural or past (`have`, `ont`, `han`, `condemned`), or an adverb before it
// (`also`, `également`, `también`): a noun after the name (`Red Lantern standards`) makes it no subject.
const SHARED_VERB = /^\s+(?:have|had|are|were|will|would|both|also|jointly|together|\p{Ll}{3,}ed|ont|avaient|sont|seront|han|habían|son|serán|également|aussi|conjointement|también|conjuntamente)\b/u;

/** Names coordinated with a body named before them, the two the subject of one verb. */
function conjoined(text: string, chunks: Token[][]): Token[][] {
  return chunks.filter((chunk, i) => {
    // Note: a body's bracketed acronym is a chunk of its own: the body is the chunk before it.
    const bracketed = (c: Token[] | undefined): boolean => c !== undefined && c.length === 1 && text.charAt((c[0] as Token).start - 1) === "(";
    const previous = bracketed(chunks[i - 1]) ? chunks[i - 2] : chunks[i - 1];
    const first = chunk[0] as Token;
    const last = chunk.at(-1) as Token;
    if (!previous || chunk.length > 4 || !CONJOINED.test(text.slice((previous.at(-1) as Token).end, first.start).replace(/^\s*\([^()]*\)/u, ""))) return false;
    if (!SHARED_VERB.test(text.slice(last.end, last.end + 24))) return false;
    // Note: a person (`the union and Ana Ruiz have`), a place (`the ITUC and Brazil have`) or a common word is no body.
    if (isGivenName(first.text) || (chunk.length === 1 && isCommonWord(first.text.toLowerCase()))) return false;
    // Note: the body is one by its head (`Union`) or by the acronym defined for it, whatever its language.
    return (bodyOf(text, previous) !== null || bracketed(chunks[i - 1])) && bodyOf(text, chunk) === null;
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
      listed.push(...conjoined(text, chunks));
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
