/**
 * Bodies named next to a common noun saying what they are: before the name (`the electronics
 * maker Jabil Circuit`, `the couriers' union Kurer`, `the rights group OVD-Info`) or as an
 * apposition after it (`Birleşik Metal-İş, the union whose strike …`), or a part only a body has after its
 * possessive (`Sauti Huru's members`).
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isDemonym, isGivenName, isPlaceName } from "../nlp.js";
import { HONORIFICS, TITLE_WORDS } from "../people/lexicon.js";
import type { Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { spanText, trimLeading } from "./chunks.js";
import { beforeCoordinatedPerson } from "./coordinated.js";
import { CONNECTORS, ORG_HEADS } from "./lexicon.js";
import { bodyOf, proseClauses } from "./named.js";

const NOUNS =
  "company|firm|maker|manufacturer|producer|retailer|brand|giant|supplier|subcontractor|contractor|employer|conglomerate|" +
  "union|trade union|federation|confederation|rights group|group|association|organi[sz]ation|NGO|movement|network|collective|" +
  // Note: the other kinds of body a name is introduced by (`the state-owned enterprise X`, `the legal clinic X`, `the
  // opposition party X`, `the charity X`): civil society's and business's kinds, not the state's (`the court X`).
  "enterprise|clinic|party|foundation|institute|cooperative|co-operative|society|coalition|alliance|initiative|charity|think tank|" +
  // Note: the kinds of business by what it does (`the developer, Coral Bay Estates,`, `X, the franchisee of …`,
  // `X, the country's largest exporter,`): trades a firm carries on; a person's jobs (`operator`, `carrier`) are left out,
  // and a known given name before `developer` is a person's (`Ana Ruiz, a software developer,`).
  "developer|franchisee|franchiser|franchisor|exporter|importer|distributor|wholesaler|insurer|airline|multinational|subsidiary|chain|platform";
/** Of NOUNS, the one a person may hold as a job. */
const PERSON_TRADE = /\bdeveloper\b/u;
// Note: only a lower-case noun right before the name (`union Kurer`), not `Union President X`.
const BEFORE = new RegExp(`(?:^|\\P{L})(?:${NOUNS}) $`, "u");
// Note: `French cosmetics company, Yves Rocher Vostok, and …`, `a workers’ centre, Dagongzhe, has …`:
// the noun with its article, then the name between commas. Not after `of` or `for` (`The President of the
// federation, Thabo Mokoena,`, `A spokeswoman for the company, Ketevan Abashidze,`): there the name between
// commas is the holder of the role.
const BEFORE_COMMA = new RegExp(`\\b(?:a|an|(?<!\\b(?:of|for)\\s)the)\\s+(?:[\\p{Ll}’'-]+\\s+){0,3}?(?:${NOUNS}|centre|center), $`, "u");
// Note: a company's legal form after a comma names it (`Agrícola Motagua, S.A.`, `Bright Foods, Inc.`).
// Note: the dotted Romance forms name it without the comma too (`Agroexportadora del Atlántico S.A.`).
// Note: and the Mexican and Central American tails (`S.A. de C.V.`, `S. de R.L.`) and the French `S.A.R.L.`, `SARL`, `SAS`.
const LEGAL_FORM = /^(?:,\s(?:S\.A\.(?:S\.|R\.L\.)?(?:\sde\sC\.V\.)?|S\.\sde\sR\.L\.(?:\sde\sC\.V\.)?|S\.L\.(?:U\.)?|S\.R\.L\.|C\.A\.|Inc\.|Ltd\.|LLC\b|LLP\b|GmbH\b|PLC\b|SARL\b|SAS\b)|\s(?:S\.A\.(?:S\.|C\.|R\.L\.)?(?:\sde\sC\.V\.)?|S\.\sde\sR\.L\.(?:\sde\sC\.V\.)?|S\.L\.(?:U\.)?|S\.R\.L\.|Ltda\.|S\.p\.A\.))/u;
/** A single capital ending a chunk that opens a dotted legal form (`… Atlántico S` of `S.A.`). */
const FORM_LETTER = /^\p{Lu}$/u;
// Note: a relative clause may open on its preposition (`Lundin Oil, a company in which the minister held shares`).
// Note: or set off by a second comma, with a descriptor before the noun (`Harbour Voice, a London-based group, said`);
// not a person's relation to a body (`A, a lawyer for the union,`, `B, a critic of the association,`).
const AFTER = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:(?:\\p{Ll}+\\s+)?(?:${NOUNS})\\s+(?:whose|which|that|of|representing|behind|(?:in|for|with|to|at|by|from|through|against|on|under)\\s+(?:which|whom))\\b|(?:(?!(?:of|for|the|to|in|at|with|from)\\s)[\\p{L}'’-]+\\s+){0,3}?(?:${NOUNS})\\s*,)`, "u");

// Note: a possessive before a part or office only a body has (`Sauti Huru's members`, `the KTU's general secretary`,
// `Red Lantern's Quito branch`); a person has an office, a spokesman and a leadership too, so those are not read.
// Note: two words at least: a lone word or acronym so used is most often a short form of a body named in full
// elsewhere (`KSUCD's Busan branch`), which only resolution can tie to it; so is a name with a head (`the
// Independent Union's chairman`, the first words of a body named in full before).
const POSSESSED = /^['’]s\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:members|membership|branch|branches|headquarters|affiliates|statutes|founders?|president|chair(?:man|woman|person)|general\s+secretary|secretary[- ]general|executive\s+(?:board|committee|council))\b/u;

/**
 * A post only a business or a body has, and its `of`, before the name (`chairman of Mansour Urban Developments`,
 * `the CEO of Kestrel Freight`, `founder of Harbour Voice`): what a chairman chairs is a body. Not `Minister of …`
 * nor `President of …`, whose `of` names a field or a country.
 */
const OWNER_POST = /\b(?:chair(?:man|woman|person)|CEO|chief executive(?: officer)?|managing director|general manager|owner|co-owner|founder|co-founder|proprietor|majority shareholder)\s+of\s+(?:the\s+)?$/iu;

/** A chunk that can be a body's proper name: short, not a title, form of address, place or nationality. */
function usable(chunk: Token[], form: boolean): boolean {
  const first = chunk[0];
  if (!first || chunk.length > 5 || TITLE_WORDS.has(first.text.toLowerCase()) || HONORIFICS.has(first.text.toLowerCase())) return false;
  const words = chunk.map((t) => t.text).join(" ");
  // Note: a legal form after it names a company even when its words read as a body's (`Minera Candelaria del Centro, S.A. de C.V.`).
  return !isDemonym(first.text) && !isDemonym(words) && !isPlaceName(words) && !(chunk.length === 1 && isCommonWord(first.text)) && (form || bodyOf(words, chunk) === null);
}

export const apposedRule: Extractor<OrganisationCandidate> = {
  id: "organisations/apposed",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return proseClauses(context).flatMap(({ span, chunks }) => {
      return chunks.map((chunk) => beforeCoordinatedPerson(text, trimLeading(chunk))).map((chunk) => withoutFormLetter(text, chunk)).flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        const first = chunk[0] as Token;
        const last = chunk.at(-1) as Token;
        const form = first && last ? LEGAL_FORM.exec(text.slice(last.end, last.end + 24)) : null;
        if (!usable(chunk, form !== null)) return [];
        const before =
          BEFORE.test(text.slice(Math.max(span.start, first.start - 30), first.start)) ||
          (BEFORE_COMMA.test(text.slice(Math.max(span.start, first.start - 50), first.start)) && /^,/u.test(text.slice(last.end, last.end + 1)) && !isGivenName(first.text));
        const owned = chunk.length >= 2 && OWNER_POST.test(text.slice(Math.max(span.start, first.start - 40), first.start)) && !isGivenName(first.text);
        const after = owned || AFTER.test(text.slice(last.end, Math.min(span.end, last.end + 60))) || (chunk.length > 1 && POSSESSED.test(text.slice(last.end, last.end + 40)) && !isGivenName(first.text) && !chunk.some((t) => ORG_HEADS.has(t.text.toLowerCase())));
        if (!before && !after && !form) return [];
        if (!form && !owned && isGivenName(first.text) && PERSON_TRADE.test(text.slice(Math.max(span.start, first.start - 50), Math.min(span.end, last.end + 60)))) return [];
        const end = form ? last.end + form[0].length : last.end;
        // Note: `Workers of Bonita Frutas, S.A.`: the company's name starts after the last connector.
        // Note: a Romance particle stays inside the name (`Carbones del Norte S.A.S.`).
        const from = form ? (chunk.findLast((t) => CONNECTORS.has(t.text) && /^(?:of|for|at|the|and|to|in|on)$/u.test(t.text)) ?? first) : first;
        const start = from === first ? first.start : (chunk[chunk.indexOf(from) + 1] as Token).start;
        const name = form ? text.slice(start, end) : spanText(text, chunk);
        return [{ type: "organisation", start, end, text: text.slice(start, end), name, acronym: null }];
      });
    });
  },
};

/** The chunk without a last single capital that opens a dotted legal form after it (`S` of `S.A.`). */
// Note: the chunk may hold every letter of the form (`S`, `A` of `S.A.`, chunks.ts joins dotted letters).
function withoutFormLetter(text: string, chunk: Token[]): Token[] {
  let at = chunk.length;
  while (at > 1 && FORM_LETTER.test((chunk[at - 1] as Token).text) && text.charAt((chunk[at - 1] as Token).end) === ".") at--;
  if (at === chunk.length) return chunk;
  const previous = chunk[at - 1] as Token;
  return LEGAL_FORM.test(text.slice(previous.end, previous.end + 24)) ? chunk.slice(0, at) : chunk;
}
