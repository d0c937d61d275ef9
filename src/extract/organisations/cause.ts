/**
 * Bodies named after the people they gather and their cause, with no head noun: `Zimbabwe
 * Lawyers for Human Rights`, `Physicians for Human Rights`, `Reporters Without Borders`,
 * `Mothers Against Impunity`. A capitalised plural of people, then `for`/`without`/`against`,
 * then capitalised words.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isRoleWord } from "../people/roles.js";
import { isCapitalised, type Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { spanText } from "./chunks.js";
import { CONNECTORS } from "./lexicon.js";
import { isHead, proseClauses } from "./named.js";

const LINK = /^(?:for|without|against)$/iu;
const COMPANY_WORD = /^(?:Co|Ltd|Inc|Corp|LLC|plc|PLC)$/u;
const PEOPLE = /^(?:women|people|mothers|fathers|parents|families|citizens|youth|workers)$/iu;

/** True for a capitalised plural naming people (`Lawyers`, `Reporters`, `Women`). */
function people(token: Token): boolean {
  if (!isCapitalised(token.text)) return false;
  return PEOPLE.test(token.text) || (/s$/u.test(token.text) && isRoleWord(token.text));
}

/** The body inside a chunk from its link at `link`, or null. */
function bodyAt(chunk: Token[], link: number): Token[] | null {
  const next = chunk[link + 1];
  if (!next || !isCapitalised(next.text)) return null;
  // Note: a second body of the kind after `and` ends this one (`Workers Against Precarious
  // Employment and Lawyers for Labour Justice` are two).
  const and = chunk.findIndex((token, i) => i > link && token.text === "and" && people(chunk[i + 1] as Token ?? token) && LINK.test(chunk[i + 2]?.text ?? ""));
  const tail = and > 0 ? chunk.slice(0, and) : chunk;
  // Note: a cause is no body: `Drivers for Hanbit Delivery Co.` names the employer after `for`
  // (a sentence's first word capitalised), not a body of drivers.
  if (tail.slice(link + 1).some((token) => isHead(token) || COMPANY_WORD.test(token.text))) return null;
  let start = link - 1;
  // Note: `Rumbidzai Ncube of Zimbabwe Lawyers for …`: the name starts after the last connector.
  while (start > 0 && !CONNECTORS.has((chunk[start - 1] as Token).text.toLowerCase())) start--;
  return tail.slice(start);
}

/** The bodies inside a chunk, from the words before each plural to the chunk's end or the next such body. */
function bodiesIn(chunk: Token[]): Token[][] {
  return chunk.flatMap((token, i) => (i > 0 && LINK.test(token.text) && people(chunk[i - 1] as Token) ? [bodyAt(chunk, i)] : [])).filter((b): b is Token[] => b !== null);
}

export const causeRule: Extractor<OrganisationCandidate> = {
  id: "organisations/cause",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return proseClauses(context).flatMap(({ chunks }) => {
      return chunks.flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        return bodiesIn(chunk).flatMap((body): Unstamped<OrganisationCandidate>[] => {
        if (body.length < 3) return [];
        const start = (body[0] as Token).start;
        const end = (body.at(-1) as Token).end;
        const name = spanText(text, body);
        return [{ type: "organisation", start, end, text: text.slice(start, end), name, acronym: null }];
        });
      });
    });
  },
};
