/**
 * Definitions: `International Trade Union Confederation (ITUC)`, `Trade Union Confederation of
 * Swaziland (Tucoswa)`, and the reverse `ACR (Full Name)`. The long form is found by
 * Schwartz–Hearst matching, widened to its whole capitalised chunk (`HKSAR Legislative Council`);
 * when the letters do not match (French acronyms: `Reporters Without Borders (RSF)`), the
 * capitalised chunk before the bracket is taken. Laws and documents (`Penal Code (TCK)`) are not bodies.
 */
import { code as currency } from "currency-codes";
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isFunctionWord, isGivenName } from "../nlp.js";
import { isAcronymShaped, isAllCaps, isCapitalised, tokenize, type Token } from "../people/tokens.js";
import { writtenWithAmount } from "./currency-short.js";
import type { Extractor, Unstamped } from "../types.js";
import { DESCRIPTOR_WORD, orgChunks, trimLeading } from "./chunks.js";
import { CONNECTORS, DOCUMENT_FIRST, DOCUMENT_HEADS, ORG_HEADS, TURKISH_BODY } from "./lexicon.js";
import { ARTICLES } from "../people/lexicon.js";
import { longFormStart } from "./schwartz-hearst.js";

const CLAUSE_MARKS = [",", ";", ":", ".", "(", ")", "–", "—"];
const BRACKET = /\(([^()\n]{1,80})\)/gu;

/**
 * True when a long form names a law or document rather than a body: its head (the word before
 * an `of`/`on`/`for` tail, else the last word) is a document noun (`Turkish Penal Code`, `Law on
 * Trade Unions`). Note: a document word elsewhere does not make one (`Media and Law Studies Association`).
 */
export function isDocument(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  const tail = words.findIndex((word, i) => i > 0 && /^(?:of|on|for|against|concerning)$/u.test(word));
  // Note: a law named by its purpose ends with its head (`Prevention of Terrorism Act`) and holds no body's head.
  const purpose = DOCUMENT_HEADS.has(words.at(-1) ?? "") && !words.some((word) => ORG_HEADS.has(word));
  return DOCUMENT_HEADS.has((tail > 0 ? words[tail - 1] : words.at(-1)) ?? "") || DOCUMENT_FIRST.has(words[0] ?? "") || purpose;
}

function candidate(start: number, end: number, name: string, acronym: string): Unstamped<OrganisationCandidate> {
  return { type: "organisation", start, end, text: name, name, acronym };
}

/** Widens a long form left over capitalised words joined by spaces only (`HKSAR` + `Legislative Council`). */
function widened(text: string, from: number, start: number): number {
  const before = tokenize(text, from, start);
  let at = start;
  for (let i = before.length - 1; i >= 0; i--) {
    const token = before[i] as Token;
    if (!/^ $/u.test(text.slice(token.end, at)) || token.possessive || !(isAcronymShaped(token.text) || isCapitalised(token.text))) break;
    // Note: nor over a French or Spanish article (`La Confédération … (CNTS)`).
    if (isFunctionWord(token.text) || isCommonWord(token.text) || ARTICLES.has(token.text.toLowerCase())) break;
    at = token.start;
  }
  return at;
}

/**
 * Where a chunk's body starts: after its first `of` (and `the`) when no head stands before it, the
 * words there naming a person or place (`lawyer Ana Ruiz Soto of the Legal Aid Institute (LAI)`).
 */
function bodyStart(chunk: readonly Token[]): number {
  const of = chunk.findIndex((t) => t.text === "of");
  if (of <= 0 || chunk.slice(0, of).some((t) => ORG_HEADS.has(t.text.toLowerCase()))) return (chunk[0] as Token).start;
  const rest = chunk.slice(of + 1).filter((t, i) => !(i === 0 && t.text === "the"));
  return rest.some((t) => ORG_HEADS.has(t.text.toLowerCase())) ? (rest[0] as Token).start : (chunk[0] as Token).start;
}

/**
 * Two or three capitalised words the dictionary does not know (or a known given name and any
 * capitalised words), none a body's head (`Kavindya Perera (CRJL), communications officer`): when the acronym's letters do not match them, they are a
 * person with their body in brackets, not the body's long form.
 */
function personShaped(chunk: readonly Token[]): boolean {
  const given = isGivenName(chunk[0]?.text ?? "");
  return chunk.length <= 3 && chunk.every((t, i) => isCapitalised(t.text) && !isAllCaps(t.text) && (!isCommonWord(t.text) || (given && i > 0)) && !isFunctionWord(t.text) && !ORG_HEADS.has(t.text.toLowerCase()));
}

function longBefore(text: string, short: string, open: number, lineStart: number): Unstamped<OrganisationCandidate> | null {
  // Note: searched within the line only; from `open` back to the start of a long letter, each
  // bracket would cost the whole text.
  // Note: the dots of a dotted abbreviation (`LIDO S.A. (SELSA)`) end no clause.
  const line = text.slice(lineStart, open).replace(/(?<!\p{L})(?:\p{Lu}\.){2,}/gu, (m) => m.replaceAll(".", "_"));
  const clauseStart = lineStart + Math.max(0, ...CLAUSE_MARKS.map((p) => line.lastIndexOf(p) + 1));
  const clause = text.slice(clauseStart, open).trimEnd();
  const chunk = orgChunks(text, { start: clauseStart, end: clauseStart + clause.length }).at(-1);
  const chunkStart = chunk && chunk.at(-1)?.end === clauseStart + clause.length ? (chunk[0]?.start ?? -1) : -1;
  const at = longFormStart(short, clause);
  let start = at >= 0 ? clauseStart + at : -1;
  if (start >= 0) start = widened(text, clauseStart, start);
  // Note: a French elided article is no part of the name (`l'Organisation internationale du Travail (OIT)`).
  if (start >= 0 && /^[lLdD][’']\p{Lu}/u.test(text.slice(start, start + 3))) start += 2;
  // Note: letters matched from a lower-case word (`call on the Unitary Workers' Central (CUT)`:
  // C from `call`) are no long form; the capitalised chunk is tried instead.
  if (start >= 0 && !/^\p{Lu}/u.test(text.slice(start, start + 1))) start = -1;
  // Note: a short form that is a word, not capitals (`Lojistik-İş`, `Tucoswa`), matches letters of
  // any words before it: a long form crossing a lower-case word other than a name's connector
  // (`Marmara Lojistik A.Ş. occupied the … Workers (Lojistik-İş)`) is none, the chunk is tried instead.
  if (start >= 0 && !isAllCaps(short) && text.slice(start, clauseStart + clause.length).split(/\s+/u).some((word) => /^\p{Ll}/u.test(word) && !CONNECTORS.has(word))) start = -1;
  const strong = isAcronymShaped(short) || TURKISH_BODY.test(short);
  if (start < 0 && strong && chunk && chunk.length >= 2 && chunkStart >= 0 && !personShaped(chunk)) start = bodyStart(chunk);
  if (start < 0) return null;
  // Note: a list of fields inside the name crosses the clause's commas (`International Union of
  // Food, Agricultural, Hotel … Workers' Associations (IUF)`, chunks.ts): the name starts with its chunk.
  if (line.includes(",")) {
    const whole = trimLeading(orgChunks(text, { start: lineStart, end: clauseStart + clause.length }).at(-1) ?? []);
    const first = whole[0];
    if (first && first.start < clauseStart && whole.at(-1)?.end === clauseStart + clause.length) start = first.start;
  }
  // Note: a descriptor before the name is no word of it (`the ITUC-affiliated General Union of … (GUTW)`).
  const descriptor = /^(\S+)[ \u00a0]+/u.exec(text.slice(start, clauseStart + clause.length));
  if (descriptor && DESCRIPTOR_WORD.test(descriptor[1] as string)) start += descriptor[0].length;
  const name = text.slice(start, clauseStart + clause.length);
  if (isDocument(name) || !/^\p{Lu}/u.test(name) || name.split(/\s+/u).length < 2) return null;
  return candidate(start, clauseStart + clause.length, name, short);
}

/** A note after an acronym that it abbreviates the name in another language, English, French and Spanish. */
const FOREIGN_INITIALS = /,[ \u00a0]+(?:(?:por[ \u00a0]+)?sus[ \u00a0]+siglas[ \u00a0]+en[ \u00a0]+\p{L}+|(?:selon[ \u00a0]+)?son[ \u00a0]+sigle[ \u00a0]+\p{L}+|sigle[ \u00a0]+\p{L}+|in[ \u00a0]+(?:English|French|Spanish|Portuguese|Russian|Arabic)|en[ \u00a0]+(?:inglés|francés|anglais|espagnol|español|français))$/u;

/** A bracket holding a gloss of the name and, after its comma, the acronym (`Independent Labour Advocacy Institute, LABM`). */
const GLOSSED = /^\p{Lu}[^,]*\p{L}[ \u00a0]\p{Lu}[^,]*,[ \u00a0]*(\p{Lu}[\p{Lu}\p{N}-]{1,11})$/u;

/** A dotted acronym (`K.E.P.H.W.U.`, `U.G.T.T`). */
const DOTTED = /^(?:\p{Lu}\.){2,}\p{Lu}?\.?$/u;

/** An acronym with a hyphened suffix (`LRW-Gulf`, `CONACOM-Sur`): its stem and the suffix's word. */
const SUFFIXED = /^(\p{Lu}[\p{Lu}\p{N}]{1,9})-(\p{Lu}\p{L}*)$/u;

/**
 * The long form of an acronym whose hyphened suffix names a region or branch: written after a dash
 * (`Labour Rights Watch – Gulf (LRW-Gulf)`), the name runs to it; else the stem alone abbreviates
 * the name and the suffix is another language's word (`… Affected by Mining (CONACOM-Sur)`).
 */
function suffixed(text: string, short: string, open: number, lineStart: number): Unstamped<OrganisationCandidate> | null {
  const parts = SUFFIXED.exec(short);
  if (!parts) return null;
  const [, stem = "", suffix = ""] = parts;
  // Note: a suffix in capitals gives the initials of the words after the dash (`… Workers – Myanmar (FGTW-M)`).
  const words = /^\p{Lu}{1,3}$/u.test(suffix) ? [...suffix].map((letter) => `${letter}\\p{L}+`).join("[ \\u00a0]") : suffix;
  const dashed = new RegExp(`[ \\u00a0][–—-][ \\u00a0]${words}[ \\u00a0]*$`, "u").exec(text.slice(Math.max(lineStart, open - 60), open));
  const stemEnd = dashed ? open - dashed[0].length : open;
  const found = longBefore(text, stem, stemEnd, lineStart);
  if (!found) return null;
  const end = dashed ? stemEnd + dashed[0].trimEnd().length : found.end;
  const name = text.slice(found.start, end);
  return candidate(found.start, end, name, short);
}

export const definitionRule: Extractor<OrganisationCandidate> = {
  id: "organisations/definition",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return [...text.matchAll(BRACKET)].flatMap((match) => {
      // Note: a dotted acronym is read without its dots (`(K.E.P.H.W.U.)` → KEPHWU).
      // Note: a note after the acronym says it is another language's (`(CPJ, por sus siglas en inglés)`, `(HRW, selon son sigle anglais)`).
      const written = (match[1] ?? "").replace(FOREIGN_INITIALS, "").trim();
      const inner = DOTTED.test(written) ? written.replace(/\./gu, "") : written;
      let open = match.index;
      let lineStart = text.lastIndexOf("\n", open) + 1;
      // Note: a bracket alone on its line under a letterhead's name reads the line above.
      if (lineStart > 0 && text.slice(lineStart, open).trim() === "" && /^\s*$/u.test(text.slice(open + match[0].length, text.indexOf("\n", open) < 0 ? text.length : text.indexOf("\n", open)))) {
        open = lineStart - 1;
        lineStart = text.lastIndexOf("\n", open - 1) + 1;
      }
      if (/^\S+$/u.test(inner) && (isAcronymShaped(inner) || isCapitalised(inner))) {
        if (writtenWithAmount(text, inner)) return [];
        const found = longBefore(text, inner, open, lineStart) ?? suffixed(text, inner, open, lineStart);
        // Note: a currency's name and its ISO 4217 code (`500 Bahraini dinars (BHD)`): the name ends on its lower-case unit.
        if (found && currency(inner) !== undefined && /\s\p{Ll}+$/u.test(found.name)) return [];
        return found ? [found] : [];
      }
      // Note: a gloss in another language before the acronym (`Lembaga … Merdeka (Independent Labour Advocacy
      // Institute, LABM)`): the acronym spells the words before the bracket, their body's name whatever its head.
      // Note: or the gloss is the body's name in its own language, which the acronym spells (`Angolan Journalists' Syndicate
      // (Sindicato dos Jornalistas Angolanos, SJA)`): the name before the bracket, with a head of its own, is the body's.
      const glossed = GLOSSED.exec(inner);
      if (glossed) {
        const short = glossed[1] as string;
        const found = longBefore(text, short, open, lineStart);
        const own = found !== null && longFormStart(short, inner.slice(0, inner.lastIndexOf(","))) === 0 && found.name.split(/\s+/u).some((w) => ORG_HEADS.has(w.toLowerCase()));
        if (found && own && longFormStart(short, found.name) !== 0) {
          // Note: the letters matched no words before the bracket: the name is the chunk there, its opening words dropped.
          const words = trimLeading(tokenize(text, found.start, found.end));
          const start = words[0]?.start ?? found.end;
          return words.length >= 2 ? [candidate(start, found.end, text.slice(start, found.end), short)] : [];
        }
        return found && longFormStart(short, found.name) === 0 && found.name.split(/\s+/u).length >= 2 ? [found] : [];
      }
      const before = /(\S+)\s*$/u.exec(text.slice(lineStart, open))?.[1] ?? "";
      const words = inner.split(/\s+/u);
      // Note: a body's long form is capitalised; `200 MCI (monthly calculation indices)` spells out a unit.
      if (isAcronymShaped(before) && words.length >= 2 && /^\p{Lu}/u.test(inner) && longFormStart(before, inner) === 0 && !isDocument(inner)) {
        const start = open + 1 + (match[1]?.indexOf(inner) ?? 0);
        return [candidate(start, start + inner.length, inner, before)];
      }
      return [];
    });
  },
};

