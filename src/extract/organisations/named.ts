/**
 * Named bodies by their head noun: `Independent Trade Union of Miners`, `Embassy of the
 * Republic of Belarus to the Kingdom of Belgium`, `Committee to Protect Journalists`,
 * `Human Rights Centre “Viasna”`. A capitalised chunk holding an organisation head, cut after
 * its last head or that head's `of …` tail. Generic phrases (`Trade Union`, `Regional Councils`),
 * headlines and phrases that continue with a lower-case noun (`Council of Executive members`) are not names.
 */
import type { OrganisationCandidate, Span } from "../../records.js";
import { memoised } from "../memo.js";
import { COMPASS_WORDS, DIVISION_WORDS, REGION_WORDS, regionAt } from "../../language/places.js";
import { isGatheringNoun, isOccasionNoun, isReviewProcess } from "../../language/events.js";
import { isCommonWord, isCountry, isCountryWord, isDemonym, isFunctionWord, isNoun, isPlaceName } from "../nlp.js";
import { sentences } from "../people/scan.js";
import { ARTICLES, DESCRIPTIONS, NOT_NAME_WORDS, ROLE_HEADS, STREET_WORDS, TITLE_WORDS } from "../people/lexicon.js";
import { isAllCaps, tokenize, type Token } from "../people/tokens.js";
import type { Extractor, TextContext, Unstamped } from "../types.js";
import { clauseChunks, countryAt, diplomatic, NUMBERED_HEADS, ROMANCE_CONJUNCTION, spanText, type Clause } from "./chunks.js";
import { afterQuotedName, beforeDefined, quotedOpening, inTitle, parted, trailingAcronym, withoutTail } from "./parts.js";
import { isRoleWord, singular } from "../people/roles.js";
import { isDocument } from "./definition.js";
import { COURT_HEADS, COURT_NUMBER, courtBranch, courtSeat } from "./court.js";
import { CONNECTORS, DOCUMENT_HEADS, FIELD_HEADS, GENERIC_WORDS, HEAD_FIRST, LOCATED_HEADS, ORG_HEADS, PLURAL_HEADS, STRONG_ORG_HEADS, TURKISH_BODY } from "./lexicon.js";

const lower = (token: Token): string => token.text.toLowerCase();

/**
 * True for a body's head noun, also when a place is hyphened to it
 * (`International Socialist Organisation-Zimbabwe`).
 */
export function isHead(token: Token): boolean {
  return headWord(token.text);
}

const headWord = memoised((word: string): boolean => {
  if (ORG_HEADS.has(word.toLowerCase()) || TURKISH_BODY.test(word)) return true;
  const hyphened = /^(\p{L}+)-\p{Lu}/u.exec(word);
  return hyphened !== null && STRONG_ORG_HEADS.has((hyphened[1] as string).toLowerCase());
});

/**
 * True for a name made only of generic words that still names one body: a ministry with an
 * `of` tail, or three words or more with two different heads ending in a singular strong head
 * (`International Labour Organization`), unlike `Independent Trade Unions` or `Trade Union`.
 */
function compound(tokens: Token[]): boolean {
  // Note: a ministry, department or registry with an `of` tail (`Ministry of Labour`, `Registry of Trade Unions`) names one body;
  // `Council of Executive members` does not.
  if (tokens.length >= 3 && /^(?:ministry|department|registry|office|bureau|directorate)$/u.test(lower(tokens[0] as Token)) && tokens[1]?.text === "of") return true;
  // Note: a department or ministry named by its field (`the Labour Department`, `Health Ministry`); not `Regional Department`.
  if (tokens.length === 2 && /^(?:department|ministry|directorate|inspectorate)$/u.test(lower(tokens[1] as Token)) && !/^(?:the|state|other|all|head|general|regional|local|national|federal|central|public|executive|this|that|each|every)$/u.test(lower(tokens[0] as Token))) return true;
  // Note: a state's prosecution service named by its adjective (`the Public Prosecution`, `State Prosecution`).
  if (tokens.length === 2 && lower(tokens[1] as Token) === "prosecution" && /^(?:public|state|federal|military|general)$/u.test(lower(tokens[0] as Token))) return true;
  // Note: parties are named by common words (`Labour Party`, `National Party`); not `State Party`.
  if (tokens.length >= 2 && lower(tokens.at(-1) as Token) === "party" && !/^(?:the|state|other|all|head|general)$/u.test(lower(tokens[0] as Token))) return true;
  const heads = new Set(tokens.filter((t) => ORG_HEADS.has(lower(t))).map(lower));
  // Note: the members' plural may close it (`Federation of Public Service Workers`).
  const last = /^\p{Lu}\p{Ll}+s$/u.test((tokens.at(-1) as Token).text) && !ORG_HEADS.has(lower(tokens.at(-1) as Token)) ? tokens.at(-2) : tokens.at(-1);
  return tokens.length >= 3 && heads.size >= 2 && STRONG_ORG_HEADS.has(lower(last as Token));
}

/**
 * True for a head word inside an earlier head's `of`/`for`/`on` tail that a capitalised word
 * of the name follows: there it names the body's field, not the body (`Centre for Trade Union
 * Rights`, `Association for International Solidarity`, `Institute for Press Freedom`). Note: a
 * position (`… of Journalists Union President`), a document or occasion word, a country
 * (`… International Nigeria`) or a name of its own after `the` still end the name at the head.
 */
function tailWord(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // Note: a name written all in capitals reads the same (`… OF DELIVERY AND PLATFORM WORKERS`, a letterhead).
  const shouted = tokens.every((t) => isAllCaps(t.text) || !/\p{L}/u.test(t.text));
  const form = (t: Token): string => (shouted ? lower(t) : t.text);
  if (!next || CONNECTORS.has(form(next)) || !(/^\p{Lu}\p{Ll}/u.test(next.text) || (shouted && /^\p{Lu}{2,}$/u.test(next.text)))) return false;
  const word = lower(next);
  // Note: a comma the chunk joined parts the fields of an `of` tail (`Ministry of Public Service, Labour and
  // Social Welfare`, tail-list.ts): the word after it is the next field, not a post.
  const listed = text.slice((tokens[i] as Token).end, next.start) === ", ";
  if ((TITLE_WORDS.has(word) && !listed) || ROLE_HEADS.has(word) || DOCUMENT_HEADS.has(word) || isOccasionNoun(word) || isGatheringNoun(word) || isCountry(next.text)) return false;
  const tail = tokens.slice(0, i).findLastIndex((t) => /^(?:of|for|on)$/u.test(form(t)));
  return tail > 0 && tokens.slice(0, tail).some(isHead) && !tokens.slice(tail + 1, i).some((t) => form(t) === "the" || isHead(t));
}

/** Lower-case nouns of laws beyond DOCUMENT_HEADS, after a law's capitalised name (`… Industries ordinance`). */
const LAW_NOUNS = /^(?:decree|ordinance|proclamation|edict|act|law|code|bill|statute|regulations)$/u;
const ISSUERS = /^(?:ministry|council|cabinet|presidency|parliament|assembly|government|department|office|directorate|commission|authority|court|tribunal|board|bureau|agency)$/u;

/** A lower-case noun naming a part of a body, right after its name (`… Asia-Pacific office`). */
const BODY_PART = /^\s+(?:office|branch|section|chapter|headquarters|secretariat|bureau|desk|programme|program|department|unit|team)\b/u;

/** A country's divisions, written in lower case after a place's name (`Namangan region`). */
const DIVISIONS = new RegExp(`^(?:${DIVISION_WORDS.map((w) => w.toLowerCase()).join("|")})$`, "u");

/**
 * True when the body's last `of` names a place, not a field: a place named in the body's words
 * or a second `of` after the field (`Department of Justice of Namangan`), or an `of` right after a
 * located head (`Prosecutor's Office of Sughd`); not `Ministry of Health`.
 */
function placeTail(body: readonly Token[], of: number): boolean {
  const place = body.slice(of + 1).map((t) => t.text).join(" ");
  if (isPlaceName(place) || body.slice(0, of).some((t) => t.text === "of")) return true;
  return LOCATED_HEADS.has(lower(body[of - 1] ?? (body.at(-1) as Token)));
}

/** Legal forms that close a company's name as its last word. */
const LEGAL_FORM_END = /^(?:Ltd|LTD|Limited|LLC|Inc|Corp|PLC|plc|GmbH|JSC|LLP)$/u;

/** Nouns of a body's seat or voice, which follow its whole name. */
const SEAT = /^(?:headquarters|premises|offices|website|spokesperson|spokesman|spokeswoman|secretariat|leadership)$/u;

/** Nouns of a body's branch or desk, which a place before them does not make a body. */
const BRANCH_NOUNS = /^(?:office|desk|branch|bureau|section|chapter)$/u;
/** A capitalised word just before a body's name (read as a nationality by the caller). */
const DESCRIBED_BEFORE = /(\p{Lu}\p{Ll}+)[ \u00a0]$/u;
/** State bodies whose name is whole with their `of` tail. */
const STATE_HEADS = /^(?:ministry|department|directorate|office|bureau|inspectorate|embassy)$/u;

/**
 * Offices of the state named by a post, a body only with the `of` tail that names what it serves
 * (`Public Defender of Georgia`, `Human Rights Ombudsman of Bolivia`, `Presidency of State
 * Security`); alone the word is a post or a role (`public defender Ana Ruiz`, `the Ombudsman`).
 */
const OFFICE_HEADS = /^(?:ombudsman|ombudsperson|ombudswoman|defender|presidency|procuracy)$/u;
const office = (tokens: readonly Token[], i: number): boolean => OFFICE_HEADS.test(lower(tokens[i] as Token)) && tokens[i + 1]?.text === "of" && /^\p{Lu}/u.test((tokens[i] as Token).text);

/** Collective heads that a body named after the people it gathers ends with (`Prisoners of Conscience Network`). */
const GATHERING_HEADS = /^(?:network|association|committee|council|coalition|alliance|forum|movement|campaign|fund|foundation|group|society|union|federation|league|collective|initiative|platform)$/u;
/** Plurals that name a body's staff or a group of posts, not the people a body gathers (`Workers of the X Company`). */
const STAFF_PLURALS = /^(?:members|workers|employees|staff|leaders|officials|officers|representatives|delegates|residents|citizens|directors|heads|judges|lawyers)$/u;

/**
 * True when the words before `of` are the plural people a body gathers and the chunk ends in a
 * collective head (`Prisoners of Conscience Network`, `Families of the Disappeared Association`,
 * `Mothers of Political Prisoners Committee`): the body starts before `of`, not after it.
 */
function constituency(tokens: readonly Token[], of: number): boolean {
  const last = tokens.at(-1) as Token;
  if (!GATHERING_HEADS.test(lower(last)) || tokens.slice(of + 1).some((t) => t.text === "of")) return false;
  return tokens.slice(0, of).every((t) => /^\p{Lu}\p{Ll}+s$/u.test(t.text) && isNoun(lower(t)) && !STAFF_PLURALS.test(lower(t)) && (!TITLE_WORDS.has(singular(lower(t))) || DESCRIPTIONS.has(singular(lower(t)))));
}

/**
 * True for a state office set after a person's name as their post (`Ms Eka Gogoladze, Public
 * Defender of Georgia, Tbilisi`): it is the person's role there, not a body of its own.
 */
function heldPost(text: string, body: readonly Token[]): boolean {
  const at = body.findIndex((_, i) => office(body, i));
  if (at < 0 || at > 3) return false;
  return /\p{Lu}\p{Ll}+,[ \u00a0]+(?:the[ \u00a0]+)?$/u.test(text.slice(Math.max(0, (body[0] as Token).start - 40), (body[0] as Token).start));
}

/** A preposition and an article in one word, French and Spanish (`al`, `del`, `au`, `du`, `aux`). */
const ROMANCE_CONTRACTIONS = new Set(["al", "del", "au", "du", "aux"]);

/** French and Spanish `of the`: a contraction (`del`, `du`, `des`) or `de` and an article (`de la`, `de los`). */
const OF_THE = new Set(["del", "du", "des"]);
const DE_ARTICLE = /^(?:la|las|los|les|l)$/u;

/** A definite article right before a chunk (`la Sala …`, `le Bureau …`). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:la|el|los|las|le|les|l['’]|the)[ \u00a0]*$/iu;

/** The number of words of a French or Spanish `of the` at `i` (`del` 1, `de la` 2), else 0. */
function romanceOfThe(tokens: readonly Token[], i: number): number {
  const word = tokens[i]?.text ?? "";
  if (OF_THE.has(word)) return 1;
  return word === "de" && DE_ARTICLE.test(tokens[i + 1]?.text ?? "") ? 2 : 0;
}

/** `of` in French and Spanish, between a position and its body. */
const ROMANCE_OF = new Set(["de", "del", "du", "des"]);

/**
 * Title words of a wire service or paper that are also common nouns (`Copper Wire`, `General
 * Ledger`): a head only closing a name of three words or more (`Mekong Labour Wire`, `Seoul Labour
 * Ledger`), not inside one (`Nairobi Wire Products`).
 */
const MASTHEAD_WORDS = /^(?:Wire|Ledger|Dispatch|Bulletin)$/u;
const masthead = (tokens: readonly Token[], i: number): boolean => i === tokens.length - 1 && i >= 2 && MASTHEAD_WORDS.test((tokens[i] as Token).text) && tokens.slice(0, i).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text));

/** The body named by a chunk, or null: leading function words dropped, cut after the last head or its tail. */
export function bodyOf(text: string, chunk: Token[]): Token[] | null {
  // Note: a chunk ending in an occasion's noun names a day, prize or index, whatever heads it holds
  // (`World Press Freedom Day`, `ITUC Global Rights Index`).
  // Note: and a review held by a body (`the Universal Periodic Review`), not one it publishes.
  if (isOccasionNoun(lower(chunk.at(-1) as Token)) || isReviewProcess(chunk.map((t) => t.text), (w) => isCommonWord(w) && !ORG_HEADS.has(w))) return null;
  let tokens = [...chunk];
  // Note: `Police` is no person's name word but opens a body's name (`Police Department for …`).
  // Note: `US Embassy`: a word in capitals before a mixed-case one is an acronym, not the pronoun.
  const acronym = (i: number): boolean => isAllCaps(tokens[i]?.text ?? "") && !isAllCaps(tokens[i + 1]?.text ?? "A");
  // Note: `New`/`Free` opening a name before another capitalised word stay (`Free Trade Union of
  // Georgia`, `New Workers' Federation of Nepal`): GUIDELINES keep such words that begin a name.
  // Note: and `All` before a country, a body of the whole nation (`All India Trade Union Congress`, `All Nigeria …`).
  const opening = (t: Token): boolean => (/^(?:New|Free)$/u.test(t.text) || (t.text === "All" && isCountryWord(tokens[1]?.text ?? ""))) && tokens.length > 2 && /^\p{Lu}/u.test(tokens[1]?.text ?? "");
  const leading = (t: Token): boolean => (NOT_NAME_WORDS.has(lower(t)) && !isHead(t) && !opening(t)) || (isFunctionWord(t.text) && !acronym(0)) || ROMANCE_CONJUNCTION.test(t.text);
  while (tokens.length > 0 && leading(tokens[0] as Token)) tokens.shift();
  while (tokens.length > 0 && CONNECTORS.has((tokens[0] as Token).text)) tokens.shift();
  // Note: an imperative before `to the`/`on the` opens an action list's line (`Write to the Ministry
  // of Labour`, `Call on the Embassy of X`): the body starts after it; a position does not (`Ambassador to the …`).
  const verb = tokens[0];
  if (verb && /^(?:to|on|upon)$/u.test(tokens[1]?.text ?? "") && tokens[2]?.text === "the" && isCommonWord(verb.text) && !isHead(verb) && !TITLE_WORDS.has(lower(verb)) && !ROLE_HEADS.has(lower(verb))) tokens = tokens.slice(2);
  // Note: a nationality before a state's body with its `of` tail is no word of its name (found() keeps it in the mention).
  if (tokens.length > 3 && isDemonym((tokens[0] as Token).text) && STATE_HEADS.test(lower(tokens[1] as Token)) && tokens[2]?.text === "of") tokens.shift();
  // Note: a French or Spanish article before a head opens the sentence, not the name (`La Fiscalía había pedido`).
  // Note: and a contraction of a preposition and an article (`Al Organismo Judicial, que …` opening a list's line).
  if (tokens.length > 1 && (ARTICLES.has(lower(tokens[0] as Token)) || ROMANCE_CONTRACTIONS.has(lower(tokens[0] as Token))) && isHead(tokens[1] as Token)) tokens.shift();
  // Note: `the` after no connector opens a name of its own (`Sağlık-Emek the Union of Health …`, a
  // verb left out): what stands before it is another name.
  const bare = tokens.findLastIndex((t, i) => i > 0 && t.text === "the" && !CONNECTORS.has((tokens[i - 1] as Token).text));
  if (bare > 0) tokens = tokens.slice(bare + 1);
  // Note: `Deputy Head of Crime Prevention Department`: a position before `of` is not part of the body.
  // Note: and in French and Spanish (`Secretario General del Sindicato …`).
  const of = tokens.findIndex((t) => t.text === "of" || t.text === "for" || ROMANCE_OF.has(t.text));
  // Note: plural too, at a sentence's start (`Leaders of Independent Trade Unions`, `Members of the …`).
  const position = (t: Token): boolean => (TITLE_WORDS.has(lower(t)) || TITLE_WORDS.has(lower(t).replace(/s$/u, ""))) && !ORG_HEADS.has(lower(t));
  if (of > 0 && tokens.slice(0, of).every(position) && !office(tokens, of - 1)) tokens = tokens.slice(of + 1);
  // Note: `Judge Aliaksei Barysik of the Hrodna Regional Court`: with no head before `of`, the
  // words before it are a person or a place, and the body starts after it.
  // Note: `OF` too in a line in capitals (`FINES OF VENDORS' UNION LEADERS`).
  const capitals = tokens.every((t) => isAllCaps(t.text) || !/\p{L}/u.test(t.text));
  const firstOf = tokens.findIndex((t) => t.text === "of" || (capitals && t.text === "OF"));
  if (firstOf > 0 && !tokens.slice(0, firstOf).some(isHead) && !office(tokens, firstOf - 1) && !constituency(tokens, firstOf)) tokens = tokens.slice(firstOf + 1);
  // Note: and a French or Spanish `of the` (`del`, `du`, `des`, `de la`) right before a head, with no head
  // before it: a person or a place, then their body (`Marta Ortega del Colectivo …`, `Marie Diallo du Collectif …`);
  // a company's name of no head goes on (`Frutera del Aguán`), and so do words after an article, a common
  // noun's determiner that no person's name takes (`la Sala Regional Mixta de la Corte …`, a chamber of the court).
  const romance = tokens.findIndex((t, i) => i > 0 && romanceOfThe(tokens, i) > 0 && isHead(tokens[i + romanceOfThe(tokens, i)] as Token));
  const determined = (at: number): boolean => ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 6), at)) || ARTICLES.has(lower(tokens[0] as Token));
  if (romance > 0 && !determined((tokens[0] as Token).start) && !tokens.slice(0, romance).some(isHead) && !office(tokens, romance - 1)) tokens = tokens.slice(romance + romanceOfThe(tokens, romance));
  while (tokens.length > 0 && (CONNECTORS.has((tokens[0] as Token).text) || (capitals && CONNECTORS.has(lower(tokens[0] as Token))))) tokens.shift();
  // Note: a plural head may close a name after an `of` tail (`Union of Tanzania Press Clubs`).
  const pluralEnd = (t: Token, i: number): boolean => i === tokens.length - 1 && PLURAL_HEADS.has(lower(t)) && tokens.slice(0, i).some((x, k) => isHead(x) && tokens[k + 1]?.text === "of");
  // Note: `Consulate General of X`: the rank after the head is part of it.
  const consular = (t: Token, i: number): boolean => t.text === "General" && lower(tokens[i - 1] ?? t) === "consulate";
  const heads = tokens.flatMap((t, i) => ((isHead(t) && !tailWord(text, tokens, i)) || pluralEnd(t, i) || consular(t, i) || office(tokens, i) || masthead(tokens, i) ? [i] : []));
  const lastHead = heads.at(-1);
  if (lastHead === undefined) return null;
  // Note: a document head right after the last head makes the whole a law (`Peaceful Assembly Act`).
  if (DOCUMENT_HEADS.has(lower(tokens[lastHead + 1] ?? ({ text: "" } as Token)))) return null;
  let end = lastHead;
  // Note: after the head, only a connector tail (`of Miners`, `to the Kingdom of Belgium`) stays.
  // Note: an `in <place>` tail belongs to located branches of the state (`Police Office in Minsk`),
  // not to companies (`Islam Garments in Gazipur`); `in <Country>` to any body (`… Association in Peru`).
  const link = tokens[end + 1]?.text.toLowerCase();
  const located = LOCATED_HEADS.has(lower(tokens[end] as Token)) || isCountry(tokens[end + 2]?.text ?? "") || (link === "in" && countryAt(tokens, end + 2));
  // Note: a field head inside an `of` tail, then the members' plural noun closing the chunk
  // (`Union of Health and Social Service Workers`); a country after the last head names a
  // national branch (`Amnesty International Nigeria`).
  const field = FIELD_HEADS.has(lower(tokens[end] as Token)) && tokens.slice(0, end).some((t) => lower(t) === "of");
  const rest = tokens.slice(end + 1);
  // Note: in a letterhead in capitals too (`… OF PLATFORM AND SERVICE WORKERS`).
  const shoutedName = tokens.every((t) => isAllCaps(t.text) || !/\p{L}/u.test(t.text));
  const titled = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) || (shoutedName && /^\p{Lu}{2,}$/u.test(t.text));
  if (field && rest.length > 0 && rest.length <= 2 && rest.every((t) => titled(t) && !TITLE_WORDS.has(lower(t))) && /s$/iu.test((rest.at(-1) as Token).text)) end = tokens.length - 1;
  else if (rest.length === 1 && isCountry((rest[0] as Token).text) && isHead(tokens[end] as Token)) end = tokens.length - 1;
  else if ((link === "in" || link === "at") && diplomatic(tokens)) end = tokens.length - 1;
  else if (link && CONNECTORS.has(link) && (link !== "in" || located)) end = tokens.length - 1;
  // Note: a French or Spanish head goes on in capitals (`Federación Shuar`).
  else if (link && HEAD_FIRST.has(lower(tokens[end] as Token)) && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? "")) end = tokens.length - 1;
  else if (link === "in") end = lastHead;
  // Note: a place of detention's number stays (`Correctional Centre 4`, `Penal Colony No. 15`).
  if (end === lastHead && NUMBERED_HEADS.test(tokens[end]?.text ?? "")) {
    if (/^\d+$/u.test(tokens[end + 1]?.text ?? "")) end += 1;
    else if (tokens[end + 1]?.text === "No" && /^\d+$/u.test(tokens[end + 2]?.text ?? "")) end += 2;
  }
  // Note: a position after the name (`… Union of Miners Deputy Chairman`) is cut; a subject
  // word that only looks like a title (`Ministry of Education`, `… Employment and Labor`) stays.
  // Note: `Human and Trade Union Rights Coordinator`: a head followed by the noun of a role's
  // subject, the phrase ending in the role, is a position, not a body (`… Union President` is one).
  const following0 = tokens[lastHead + 1];
  if (end === lastHead && following0 && !CONNECTORS.has(following0.text) && (isNoun(following0.text) || /^\p{Lu}\p{Ll}+s$/u.test(following0.text)) && !ROLE_HEADS.has(lower(following0)) && ROLE_HEADS.has(lower(tokens.at(-1) as Token))) return null;
  // Note: `staff` closing an of-tail names the members, as `Workers` does (`National Union of … and Library Staff`).
  // Note: a court named after its judge's post keeps the post (`Court of the Chief Judicial Magistrate`,
  // `Court of the Additional Sessions Judge`): South Asian courts are so named.
  // Note: and any body so named after the post it serves (`Office of the Attorney General`, `Office of the High
  // Commissioner`, `Office of the President`): cut there, the name would end in `of the`.
  const courtOfPost = tokens[lastHead + 1]?.text === "of" && tokens[lastHead + 2]?.text === "the" && !tokens.slice(lastHead + 3).some(isHead);
  if (end > lastHead && !courtOfPost && ROLE_HEADS.has(lower(tokens[end] as Token)) && !(lower(tokens[end] as Token) === "staff" && tokens.slice(0, end).some((t) => lower(t) === "of"))) {
    while (end > lastHead && TITLE_WORDS.has(lower(tokens[end] as Token))) end--;
  }
  // Note: `No. 3, Russian Federation Blvd, Phnom Penh`: a head followed by a street word that
  // ends the phrase names a street; one that opens a street's name (`… Union Av. Moliere 192`,
  // an address on the next line run on) does not.
  // Note: a plural possessive after the last head owns the part of the body the next noun names
  // (`… of Journalists' Asia-Pacific office`): the name ends there; `Centre for Workers' Rights` stays.
  const owner = tokens.findIndex((t, i) => i > lastHead && i < end && /^['’][ \u00a0]$/u.test(text.slice(t.end, (tokens[i + 1] as Token).start)));
  if (owner > 0 && end === tokens.length - 1 && BODY_PART.test(text.slice((tokens[end] as Token).end, (tokens[end] as Token).end + 16))) end = owner;
  // Note: a tail naming a street is the body's address (`Nsawam Prison on Liberation Road`), not its name.
  if (end > lastHead && /^(?:on|in|at)$/u.test(tokens[lastHead + 1]?.text ?? "") && STREET_WORDS.has(lower(tokens[end] as Token))) end = lastHead;
  const following = tokens[end + 1];
  if (following && STREET_WORDS.has(lower(following)) && /^\.?[ \t]*(?:[,;\n\d]|$)/u.test(text.slice(following.end, following.end + 4))) return null;
  tokens = tokens.slice(0, end + 1);
  if (tokens.every((t) => GENERIC_WORDS.has(lower(t)) || ORG_HEADS.has(lower(t)) || CONNECTORS.has(lower(t))) && !compound(tokens)) return null;
  return tokens;
}

/** Sentence spans, a line-broken name's continuation (`Kingdom` / `of Belgium`) joined to its line. */
export function clauses(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const sentence of sentences) {
    const previous = out.at(-1);
    if (previous && /^(?:of|to) /u.test(text.slice(sentence.start, sentence.start + 3)) && !text.slice(previous.end, sentence.start).includes("\n\n")) {
      previous.end = sentence.end;
    } else out.push({ ...sentence });
  }
  return out;
}

/** The organisation chunks of every clause of the letter, computed once per context (every org rule walks them). */
export function orgClauses(context: TextContext): Clause[] {
  return clauseChunks(context, context.text, () => clauses(context.text, sentences(context)));
}

/** The clauses that are not title-case headlines: rules that rely on capitals alone read only these. */
export function proseClauses(context: TextContext): Clause[] {
  return orgClauses(context).filter((clause) => !clause.headline);
}

export const namedRule: Extractor<OrganisationCandidate> = {
  id: "organisations/named",
  type: "organisation",
  extract(context) {
    const { text } = context;
    return proseClauses(context).flatMap(({ chunks }) => {
      return chunks.flatMap((chunk): Unstamped<OrganisationCandidate>[] => {
        const full = bodyOf(text, chunk);
        if (!full || inTitle(text, chunk) || heldPost(text, full)) return [];
        if (afterQuotedName(text, chunk)) {
          const open = quotedOpening(text, chunk, full);
          return open < 0 || !isHead(full[0] as Token) ? [] : found(text, full, null).map((c) => ({ ...c, start: open, text: text.slice(open, c.end), name: text.slice(open, c.end) }));
        }
        const whole = beforeDefined(text, full, (left) => bodyOf(text, left) !== null);
        const acronym = trailingAcronym(text, chunk, whole);
        return parted(whole).flatMap((body) => found(text, body, body.at(-1) === whole.at(-1) ? acronym : null));
      });
    });
  },
};

/** The candidate a body gives, or none when it continues as a common noun phrase, names a meeting or a document. */
function found(text: string, body: Token[], acronym: string | null): Unstamped<OrganisationCandidate>[] {
  const last = body.at(-1) as Token;
  let end = last.end;
  // Note: on the name's line or the next, not across a blank line (a letterhead, then a report's quoted title).
  const quoted = /^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?[“"«]([^”"»\n]{2,40})[”"»]/u.exec(text.slice(end, end + 45));
  if (quoted && /^\p{Lu}/u.test(quoted[1] ?? "")) end += quoted[0].length;
  let next = tokenize(text, end, Math.min(text.length, end + 30))[0];
  // Note: a place in the name's `of` tail keeps its lower-case division (`Department of Justice of Namangan region`,
  // `People's Court of Thái Bình province`: a place of one to three words).
  const lastOf = body.findLastIndex((t) => t.text === "of");
  const placeWords = lastOf > 0 ? body.slice(lastOf + 1) : [];
  if (next && placeWords.length >= 1 && placeWords.length <= 3 && placeWords.every((t) => /^\p{Lu}/u.test(t.text)) && placeTail(body, lastOf) && DIVISIONS.test(next.text) && text.slice(end, next.start) === " ") {
    end = next.end;
    next = tokenize(text, end, Math.min(text.length, end + 30))[0];
  }
  // Note: a court's number after `No.` stays in its name, in digits or Roman numerals (`Anti-Terrorism Court No. II`).
  const courtNumber = COURT_HEADS.test(lower(last)) ? COURT_NUMBER.exec(text.slice(end, end + 60)) : null;
  if (courtNumber) {
    end += courtNumber[0].length;
    next = tokenize(text, end, Math.min(text.length, end + 30))[0];
  }
  // Note: `Council of Executive members` is no name; `Labor Party member X` names a body, and so
  // does a post's plural after it (`… Federation of Nepal leaders were detained`).
  // Note: `Skorokhod LLC cut the rate`: a word followed by a determiner is the name's verb.
  // Note: `the Ministry of Health refuses to sit`, `calls on`: an -s word before `to`/`on`/`that` is the name's verb.
  // Note: a word before a verb's particle is the name's verb or participle (`the Labour Reform Commission set up last
  // year`, `urge that the Department of Labour act on the complaint`): a noun of the name is not followed by `up`/`on`.
  const object = next ? /^\s+(?:the|a|an|its|their|his|her|our)\s/u.test(text.slice(next.end, next.end + 7)) || (/s$/u.test(next.text) && /^\s+(?:to|on|that)\s/u.test(text.slice(next.end, next.end + 6))) || /^[ \u00a0]+(?:up|out|off|down|on|upon)\b/u.test(text.slice(next.end, next.end + 7)) : false;
  // Note: a noun naming the body's seat or voice follows a whole name (`the Directorate of X headquarters`).
  const continues = next && /^\s+$/u.test(text.slice(end, next.start)) && /^\p{Ll}/u.test(next.text) && isNoun(next.text) && !object && !(isRoleWord(next.text) && (singular(next.text) === next.text || !DESCRIPTIONS.has(singular(next.text)))) && !SEAT.test(next.text);
  // Note: a legal form closes a company's name: a noun after it is the company's site (`the Great Lakes Fulfillment LLC warehouse`).
  if (!quoted && continues && !LEGAL_FORM_END.test(last.text)) return [];
  // Note: a law's kind after the words names the law (`the Essential Public Services decree`), not a body.
  // Note: a body that issues laws keeps its name (`the Council of Ministers decree`).
  if (next && LAW_NOUNS.test(next.text) && /^\s+$/u.test(text.slice(end, next.start)) && !ISSUERS.test(lower(body[0] as Token))) return [];
  const dashed = quoted ? 0 : placeAfterDash(text, end);
  const start = (body[0] as Token).start;
  // Note: `Education International (EI)’s World Congress`: a body's meeting, not a body.
  if (isGatheringNoun(lower(last)) && /['’]s\s+$/u.test(text.slice(Math.max(0, start - 4), start))) return [];
  const kept = withoutTail(body);
  const name = quoted || end > last.end ? text.slice(start, end).trim().replace(/\s+/gu, " ") : spanText(text, kept);
  // Note: the place after a dash goes into the mention, so the record carries both forms (`X – Gulf`, `X`).
  end += dashed;
  // Note: and a court's town between commas (`Court of the Chief Judicial Magistrate, Dhaka, convicted`).
  end += quoted ? 0 : courtSeat(text, body, end);
  // Note: a head alone once its place is cut (`Court in Mwanza`, after `Magistrate's`) names nothing.
  if (isDocument(name) || (!quoted && kept.length === 1 && isHead(kept[0] as Token) && !TURKISH_BODY.test((kept[0] as Token).text))) return [];
  // Note: a place and an office noun (`Moscow Office`, `Europe Desk`) name a branch of a body the
  // words do not name (`International Labour Organization, Moscow Office`): no body alone.
  // Note: and a region of the world or a country, one to three words (`Gulf Desk`, `Southern Africa Office`, `Latin America Bureau`).
  if (kept.length >= 2 && kept.length <= 4 && BRANCH_NOUNS.test(lower(kept.at(-1) as Token)) && placeOnly(kept.slice(0, -1))) return [];
  // Note: a state's formal name (`the Russian Federation`, `the Swiss Confederation`) is a country, not a federation of bodies.
  if (kept.length === 2 && isDemonym((kept[0] as Token).text) && /^(?:Federation|Confederation)$/u.test((kept[1] as Token).text)) return [];
  // Note: a nationality before a state's body with its `of` tail describes it (`the Algerian Ministry
  // of Justice` is the `Ministry of Justice`); the mention keeps it, so the record has both forms.
  const described = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  if (described && isDemonym(described[1] as string) && STATE_HEADS.test(lower(body[0] as Token)) && body[1]?.text === "of") {
    const from = start - (described[0].length);
    return [{ type: "organisation", start: from, end, text: text.slice(from, end), name, acronym }];
  }
  const branch = courtBranch(text, body, start, end);
  if (branch) return [{ type: "organisation", start: branch.start, end: branch.end, text: text.slice(branch.start, branch.end), name, acronym }];
  return [{ type: "organisation", start, end, text: text.slice(start, end), name, acronym }];
}

/** True for words that only name a place: a known place or country, or a region of the world (`Gulf`, `Southern Africa`). */
function placeOnly(words: readonly Token[]): boolean {
  const joined = words.map((t) => t.text).join(" ");
  if (isPlaceName(joined) || isCountryWord(joined)) return true;
  return regionAt(words, 0) && words.every((t) => REGION_WORDS.has(t.text) || COMPASS_WORDS.has(t.text) || /^(?:Middle|Latin|Far|Near|East|Horn)$/u.test(t.text));
}

/** A spaced dash, then one or two places (`– Gulf`, `- Tbilisi and Yerevan`), then the name's end. */
const DASHED_PLACES = /^[ \u00a0]+[–—-][ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+)?)(?:(?:[ \u00a0]+(?:and|&|et|y)[ \u00a0]+|,[ \u00a0]+)\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+)?)?(?=[ \u00a0]*(?:\n|$|[(;:.])|,[ \u00a0]+\p{Ll}|[ \u00a0]+\p{Ll})/u;
/** Lower-case nouns of a body's part: after `X – Nairobi` they make the place a branch's (`– Nairobi branch`). */
const PART_AFTER = /^[ \u00a0]+(?:branch|office|chapter|section|desk|bureau)\b/u;

/**
 * The length of a place tail a body's name carries after a spaced dash (`Migrant Worker Rights
 * Network – Gulf`, `Federation of Garment and Textile Workers – Myanmar`, `Reporters' Solidarity
 * Fund - Tbilisi and Yerevan`), or 0: the first place must be a known country, place or region;
 * a second after `and` or a comma goes with it. Not a branch (`– Nairobi branch`), a possessive
 * aside (`– Kenya's largest –`) or a title (`- Quarterly Bulletin`).
 */
function placeAfterDash(text: string, end: number): number {
  const rest = text.slice(end, end + 70);
  const found = DASHED_PLACES.exec(rest);
  if (!found) return 0;
  const first = (found[1] as string).split(/[ \u00a0]/u).map((word) => ({ text: word }));
  const joined = first.map((w) => w.text).join(" ");
  if (!(isPlaceName(joined) || isCountryWord(joined) || regionAt(first, 0))) return 0;
  if (PART_AFTER.test(rest.slice(found[0].length))) return 0;
  return found[0].length;
}
