/**
 * Bodies named by the common noun next to them: `the MTZ strike committee`, `the Vesna human
 * rights group`, `the Design Express garment factory` (name before a lower-case body noun), and
 * `the strike committee of Belaruskali` (name after `<body noun> of`). Places, nationalities and
 * generic institutions (`court`, `police`, `government`) are left out.
 */
import type { OrganisationCandidate } from "../../records.js";
import { isCommonWord, isCountryWord, isDemonym, isFunctionWord, isNoun, isPlaceName, lexiconTags } from "../nlp.js";
import { HONORIFICS, STREET_WORDS, TITLE_WORDS } from "../people/lexicon.js";
import { isRoleWord } from "../people/roles.js";
import { isNounShaped } from "../people/names.js";
import { tokenize, isAcronymShaped, type Token } from "../people/tokens.js";
import type { Extractor, Unstamped } from "../types.js";
import { spanText, trimLeading } from "./chunks.js";
import { bodyOf, proseClauses } from "./named.js";

const BODY_NOUNS = /^(?:union|committee|group|federation|confederation|association|organi[sz]ation|company|factory|plant|mine|firm|party|council|network|foundation|cooperative|syndicate)$/u;
const BEFORE_OF = /\b(?:strike committee|workers|employees|management|trade union|staff|owners?) of (?:the )?$/u;
// Note: `workers at Eastman Exports Global Clothing`: the workplace of people named by their work.
const WORKPLACE = /\b(?:(?:workers|employees|staff|miners|drivers|union|unions) at|(?:employed|hired|contracted) by) (?:the )?$/iu;

/**
 * A verb in the past between the name and the noun: the name is its subject, not the body's
 * (`Judge Lim Dara sentenced network coordinator …`, `… fined union treasurer …`).
 */
function pastVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.includes("PastTense") || (/ed$/u.test(word) && !tags.includes("Adjective") && !tags.includes("Singular"));
}

/** Nouns of a body's site, and a possessive determiner before the words naming it. */
const SITE_NOUNS = /^(?:factory|plant|mine)$/u;
const OWNER_BEFORE = /\b(?:its|their|his|her|our|whose)[ \u00a0]+$/iu;
/** An indefinite article before the words: one site of many the words qualify (`a Bayan Lepas factory`), no body's name. */
const INDEFINITE_BEFORE = /\b(?:a|an)[ \u00a0]+$/iu;

const NAME_NEXT = /^[ \u00a0]+[‘'"“]?\p{Lu}/u;
/** A possessive determiner owns the noun after it: the name before is no part of that body (`Al-Sayed heads its committee`). */
const POSSESSIVE_DETERMINER = /^(?:its|their|his|her|our|your|my|whose)$/u;

function usable(tokens: Token[]): boolean {
  if (tokens.length === 0) return false;
  if (tokens.every((t) => TITLE_WORDS.has(t.text.toLowerCase()))) return false;
  const first = tokens[0];
  if (!first || tokens.length > 5) return false;
  const words = tokens.map((t) => t.text).join(" ");
  return !isDemonym(first.text) && !isDemonym(words) && !isPlaceName(words) && !(tokens.length === 1 && isCommonWord(first.text)) && bodyOf(words, tokens) === null;
}

/**
 * A headline's country or place and its colon (`Thailand: `, `# Sri Lanka: `, `NEPAL: `): the clause after
 * it opens with a capital as a sentence does (`Thailand: Garment union leaders convicted`).
 */
const PLACE_COLON = /^[#*\s]*(\p{Lu}[\p{L}\p{M}'’. -]{1,40}?)[ \u00a0]*:[ \u00a0]+$/u;

/** True for a country or place before a headline's colon. */
function placeColon(before: string): boolean {
  const place = PLACE_COLON.exec(before)?.[1];
  if (!place) return false;
  const name = /^\p{Lu}+(?:[ -]\p{Lu}+)*$/u.test(place) ? place.toLowerCase().replace(/(?:^|[ -])\p{L}/gu, (c) => c.toUpperCase()) : place;
  return isCountryWord(name) || isPlaceName(name);
}

/** True for one ordinary word capitalised only because it starts a sentence (`Railway union activist jailed`), or a headline's clause after its place. */
function sentenceInitial(text: string, sentence: { start: number }, tokens: Token[]): boolean {
  const first = tokens[0] as Token;
  if (tokens.length !== 1 || isAcronymShaped(first.text)) return false;
  const before = text.slice(sentence.start, first.start);
  return before.trim() === "" || (before.includes(":") && placeColon(before));
}

/**
 * Nothing, or only a subject line's label, before a sentence's first word: `Subject: Conviction of …`,
 * `Re: Release of …`, `Objet : …`, `Asunto: …` open a sentence as a capital after a full stop does.
 */
const HEADING_LABEL = /^\s*(?:(?:Re|Subject|Subj|Ref|Objet|Asunto|Assunto|Betreff)\s*:\s*)?$/u;

/**
 * A sentence's first common word and its `of` stand before the name (`Members of the Tema Harbour
 * union were jailed`): the name starts after them.
 */
function afterOpeningOf(text: string, sentence: { start: number }, chunk: Token[]): Token[] {
  const first = chunk[0];
  if (!first || chunk[1]?.text !== "of" || !HEADING_LABEL.test(text.slice(sentence.start, first.start)) || !(isCommonWord(first.text) || isNoun(first.text.toLowerCase()) || isNounShaped(first.text) || isRoleWord(first.text))) return chunk;
  return chunk.slice(2);
}

function found(start: number, end: number, text: string, name: Token[]): Unstamped<OrganisationCandidate> {
  const surface = spanText(text, name);
  const acronym = name.length === 1 && isAcronymShaped(surface) ? surface : null;
  return { type: "organisation", start, end, text: text.slice(start, end), name: surface, acronym };
}

/** A body of a mine named with the mine's words (`Ak-Tash mine trade union committee`): the phrase through its last body noun. */
function mineBody(text: string, chunk: Token[], after: readonly Token[], n: number): Unstamped<OrganisationCandidate> {
  let end = n;
  while (end < after.length && BODY_NOUNS.test((after[end] as Token).text) && /^[ \u00a0]+$/u.test(text.slice((after[end - 1] as Token).end, (after[end] as Token).start))) end++;
  const start = (chunk[0] as Token).start;
  const close = (after[end - 1] as Token).end;
  const name = text.slice(start, close);
  return { type: "organisation", start, end: close, text: name, name, acronym: null };
}

export const descriptorRule: Extractor<OrganisationCandidate> = {
  id: "organisations/descriptor",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return proseClauses(context).flatMap(({ span: sentence, chunks }) => {
      return chunks.map((chunk) => trimLeading(afterOpeningOf(text, sentence, chunk))).flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        if (!usable(chunk) || sentenceInitial(text, sentence, chunk)) return [];
        const first = chunk[0] as Token;
        const last = chunk.at(-1) as Token;
        if (BEFORE_OF.test(text.slice(Math.max(sentence.start, first.start - 40), first.start))) {
          const noun = /(?:strike committee|workers|employees|management|trade union|staff|owners?) of (?:the )?$/u.exec(text.slice(Math.max(sentence.start, first.start - 40), first.start));
          return [found(first.start - (noun?.[0].length ?? 0), last.end, text, chunk)];
        }
        const place = STREET_WORDS.has(last.text.toLowerCase());
        const before = text.slice(Math.max(sentence.start, first.start - 30), first.start);
        if (WORKPLACE.test(before) && chunk.length >= 2 && !place && !HONORIFICS.has(first.text.toLowerCase())) {
          return [found(first.start, last.end, text, chunk)];
        }
        const after = tokenize(text, last.end, Math.min(sentence.end, last.end + 48)).slice(0, 5);
        for (let n = 1; n <= Math.min(after.length, after[0]?.text === "mine" ? 5 : 3); n++) {
          const words = after.slice(0, n);
          // Note: one line, no table cell's tab (`Ama Owusu⇥same union`); `same`/`other` refer back, they name nothing.
          const gapsOk = words.every((w, i) => /^\p{Ll}/u.test(w.text) && !isFunctionWord(w.text) && !pastVerb(w.text) && !/^(?:of|the|a|an|same|other|own|former|whole|entire)$/u.test(w.text) && !POSSESSIVE_DETERMINER.test(w.text) && /^[ \u00a0]+$/u.test(text.slice(i === 0 ? last.end : (words[i - 1] as Token).end, w.start)));
          if (!gapsOk) break;
          // Note: a name after the noun is the body's (`the Manzini firm Dlamini & Partners`); the words before say where it is.
          // Note: a possessive before the words makes them a site of the owner's (`its Oragadam plant`, `their Tema factory`), not a body.
          if (SITE_NOUNS.test((words.at(-1) as Token).text) && (OWNER_BEFORE.test(before) || INDEFINITE_BEFORE.test(before))) return [];
          // Note: a mine is named by the place it is dug in (`the Kara-Suu gold mine`, `the Kolwa open-cast mine`): a site, no body.
          if ((words.at(-1) as Token).text === "mine") continue;
          if (!BODY_NOUNS.test((words.at(-1) as Token).text)) continue;
          if (NAME_NEXT.test(text.slice((words.at(-1) as Token).end, (words.at(-1) as Token).end + 4))) return [];
          // Note: a mine's own body is named with the mine's words (`the Ak-Tash mine trade union committee`): the whole phrase, to its last body noun.
          if (words[0]?.text === "mine") return [mineBody(text, chunk, after, n)];
          return [found(first.start, (words.at(-1) as Token).end, text, chunk)];
        }
        return [];
      });
    });
  },
};
