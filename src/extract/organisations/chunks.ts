/**
 * Organisation-name chunks: capitalised words and acronyms, joined by connectors (`of`, `for`,
 * `to`…) when a capitalised word follows, across a plural possessive (`Journalists’ Association`)
 * and across a line break before a lower-case `of` (a letterhead's wrapped `Kingdom / of Belgium`).
 */
import { FORM_FIRST_WORDS } from "../../language/legal-forms.js";
import type { Span } from "../../records.js";
import { isAcronymShaped, isAllCaps, isCapitalised, opensUncapitalised, TokenStream, type Token } from "../people/tokens.js";
import { memoised } from "../memo.js";
import { allVocabularies } from "../../language/vocabulary.js";
import { isCountry, isCountryWord, isFunctionWord, isPlaceName, lexiconTags } from "../nlp.js";
import { PLACE_OPENERS, REGION_WORDS, regionAt } from "../../language/places.js";
import { JOINED_PARTICLE, NOT_NAME_WORDS } from "../people/lexicon.js";
import { isHeadline } from "./headline.js";
import { fieldListEnd } from "./tail-list.js";
import { ownApostrophe } from "./apostrophe.js";
import { CONNECTORS, DIPLOMATIC_HEADS, FIELD_HEADS, LOCATED_HEADS, ORG_HEADS, STRONG_ORG_HEADS, TURKISH_BODY } from "./lexicon.js";

/** Abbreviations inside a company's name, before another word of it. */
// Note: and a saint's or mount's abbreviation inside a place-named body (`Sta. Ana Agri-Ventures Corporation`).
const COMPANY_ABBREVIATIONS = /^(?:Pvt|Co|Corp|Bros|Intl|Mfg|Sta|Sto|Ste|Mt)$/u;

/**
 * True when the words from `at` (a `the` skipped) name a country, of one to three words
 * (`Paraguay`, `Sri Lanka`, `the United Kingdom`), or a region of the world (`Latin America`).
 */
export function countryAt(words: readonly { text: string }[], at: number): boolean {
  const from = words[at]?.text === "the" ? at + 1 : at;
  for (let n = 1; n <= 3 && from + n <= words.length; n++) {
    // Note: a country that is also a name (`Georgia`, `Jordan`) counts here: `in` already makes it a place.
    if (isCountryWord(words.slice(from, from + n).map((w) => w.text).join(" "))) return true;
  }
  return regionAt(words, at);
}

/** A legal form's first word, and a country's closing bracket before one. */
const LEGAL_FORM_WORD = new RegExp(`^(?:${FORM_FIRST_WORDS})$`, "u");
const BRACKETED_FORM = new RegExp(`^\\)[ \\u00a0](?:${FORM_FIRST_WORDS})\\b`, "u");

/** The one word of a company's seat in brackets (`(Cambodia)`, `(Dongguan)`, `(HK)`). */
const bracketedSeat = (token: Token): boolean => isCapitalised(token.text) || isAcronymShaped(token.text);

/** An ordinal number (`12th`, `1st`). */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/u;

// Note: in an all-caps line, `OF`/`IN`/`AND` are connectors, not acronyms.
const shouted = (token: Token): boolean => isAllCaps(token.text) && CONNECTORS.has(token.text.toLowerCase());

/**
 * A one-letter connector in capitals between two words in capitals (Spanish `Y` in a letterhead:
 * `FEDERACIÓN NACIONAL DE TRABAJADORES MINEROS Y METALÚRGICOS DEL PERÚ`), which no rule reads as all caps.
 */
const shoutedLetter = (token: Token, previous: Token | undefined, next: Token | undefined): boolean =>
  /^\p{Lu}$/u.test(token.text) && CONNECTORS.has(token.text.toLowerCase()) && previous !== undefined && isAllCaps(previous.text) && next !== undefined && isAllCaps(next.text);

/**
 * A capitalised word made into a descriptor by a lower-case participle after its hyphen
 * (`PSI-affiliated`, `London-based`, `Urdu-language`, `State-owned`): it describes the body that
 * follows and is no word of its name (`the PSI-affiliated Union of Health Workers`).
 */
export const DESCRIPTOR_WORD = /^\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*-(?:\p{Ll}+ed|language|run|born|speaking|wide|leaning)$/u;

// Note: one cached answer per word: every token of every clause asks it.
const upperWord = memoised(
  (word: string): boolean =>
    !(isAllCaps(word) && CONNECTORS.has(word.toLowerCase())) &&
    (isCapitalised(word) || isAcronymShaped(word) || /^\p{Lu}\p{L}*\p{N}/u.test(word)) &&
    !DESCRIPTOR_WORD.test(word),
);
// Note: each test of the three needs a capital first (opensUncapitalised), so a lower-case word is not looked up.
const upper = (token: Token): boolean => !opensUncapitalised(token.text) && upperWord(token.text);

/** An article or a preposition with its article after `and` (`RAIL ET DES PORTS`, `y de la Industria`). */
const COORDINATOR = /^(?:and|et|y|und|ve)$/iu;
const ARTICLE = /^(?:the|des|du|de|del|la|les|los|las)$/iu;

/** Plurals without an `s`, whose possessive stays inside a name (`People's Republic`, `Women's Union`). */
// Note: and trades' compounds (`Fishermen's Union`, `Boatmen's Association`), not a country (`Yemen's`).
const IRREGULAR_PLURAL = /^(?:People|Men|Children|\p{Lu}\p{Ll}+(?:men|people))$/u;

/** A post whose office is a body of the state, and that office's noun. */
const POST_POSSESSIVE = /^(?:General|Auditor-General|Attorney-General|Solicitor-General|Ombudsman|Registrar|Prosecutor|Prosecutor-General|Procurator|Defender)$/u;
const POST_OFFICE = /^(?:Department|Office|Chambers|Bureau|Directorate)$/u;
/** A judicial post whose court is named by its possessive (`Magistrate's Court`, `Sheriff's Court`, `Coroner's Court`). */
const COURT_POSSESSIVE = /^(?:Magistrate|Sheriff|Coroner|Judge|Justice)$/u;

function joined(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  // Note: and a post's office named by its possessive (`Attorney General's Department`, `Auditor-General's Office`).
  if (left.possessive) return ((IRREGULAR_PLURAL.test(left.text) && !isCountry(left.text) && isCapitalised(right.text)) || (POST_POSSESSIVE.test(left.text) && POST_OFFICE.test(right.text)) || (COURT_POSSESSIVE.test(left.text) && /^Courts?$/u.test(right.text))) && /^['’]s[ \u00a0]$/u.test(gap);
  // Note: a tab is a table's column gap (normalise/whitespace.ts): columns are separate names.
  if (/^[ \u00a0]{1,3}$/u.test(gap)) return true;
  // Note: in capitals too (`GARMENT WORKERS' UNION`).
  if (/^['’] $/u.test(gap) && (/s$/u.test(left.text) || /^\p{Lu}{2,}S$/u.test(left.text))) return true;
  // Note: a word's own final apostrophe inside a name (`Consejo Comunitario Q'eqchi' de El Estor`, `Nida' al-Watan Association`).
  if (/^['’] $/u.test(gap) && ownApostrophe(text, left.end, left.text)) return true;
  // Note: a company's abbreviations run on (`Sri Murugan Facility Services Pvt. Ltd.`, `Golden Lotus Co. Ltd`).
  if (/^\.[ \u00a0]$/u.test(gap) && COMPANY_ABBREVIATIONS.test(left.text)) return true;
  // Note: `Kowloon Garment Holdings Co., Ltd.`: the Chinese and Korean legal form's comma.
  if (gap === "., " && left.text === "Co" && /^(?:Ltd|Limited|LTD)$/u.test(right.text)) return true;
  // Note: a subsidiary's country or city in brackets before its legal form (`Golden Lotus Apparel
  // (Cambodia) Co., Ltd.`, `Hengli Shoes (Dongguan) Co., Ltd.`): the form after the bracket makes it part of the name.
  if (gap === " (" && bracketedSeat(right) && BRACKETED_FORM.test(text.slice(right.end, right.end + 12))) return true;
  if (gap === ") " && bracketedSeat(left) && text.charAt(left.start - 1) === "(" && LEGAL_FORM_WORD.test(right.text)) return true;
  // Note: a dotted country abbreviation opens a state's body (`U.S. Department of Labor`, `U.K. Home Office`).
  if (dottedAbbreviation(text, left, right, gap)) return true;
  // Note: `Business & Human Rights Resource Centre`: an ampersand between capitalised words.
  if (gap === " & " && isCapitalised(left.text) && isCapitalised(right.text)) return true;
  return /^[ \t]*\n[ \t]*$/u.test(gap) && /^(?:of|to)$/u.test(right.text);
}

/** A letter of a dotted abbreviation (`U.S.`): a capital, a full stop, and another such letter next to it. */
function dottedLetter(text: string, token: Token): boolean {
  if (!/^\p{Lu}$/u.test(token.text) || text.charAt(token.end) !== ".") return false;
  return /^\p{Lu}\./u.test(text.slice(token.end + 1, token.end + 3)) || (text.charAt(token.start - 1) === "." && /^\p{Lu}$/u.test(text.charAt(token.start - 2)));
}

/** `U.S.`, `U.K.`, `U.N.`: single capitals with full stops, and the capitalised word after them. */
function dottedAbbreviation(text: string, left: Token, right: Token, gap: string): boolean {
  if (!/^\p{Lu}$/u.test(left.text)) return false;
  if (gap === "." && /^\p{Lu}$/u.test(right.text)) return text.charAt(right.end) === ".";
  return /^\.[ \u00a0]$/u.test(gap) && text.charAt(left.start - 1) === "." && /^\p{Lu}$/u.test(text.charAt(left.start - 2)) && isCapitalised(right.text);
}

/**
 * Whether a connector may join here. Note: `and` never joins two acronyms or `and the` (two
 * bodies in a list: `ABVV-FGTB and ACLVB-CGSLB`, `X and the Y`); `in` only follows a located
 * branch (`Police Office in Minsk`, not `ACLVB-CGSLB in Belgium`).
 */
function allowed(text: string, word: Token, previous: Token | undefined, next: Token, current: readonly Token[], after: Token | undefined, beyond?: Token): boolean {
  const connector = { ...word, text: word.text.toLowerCase() };
  // Note: a month or weekday after a connector is a date (`Court on Friday`), not part of a name.
  // Note: but a court's `of Appeal` is its name (`Court of Appeal`, `Chamber of Appeals`).
  const appeal = connector.text === "of" && /^Appeals?$/u.test(next.text) && /^(?:court|chamber|tribunal|courts)$/iu.test(previous?.text ?? "");
  // Note: `Free`/`New` before another capitalised word go on inside a name (`Coalition for Free Expression`).
  const opening = /^(?:Free|New)$/u.test(next.text) && /^[ \u00a0]\p{Lu}/u.test(text.slice(next.end, next.end + 2));
  // Note: `THE` in a letterhead in capitals is the article too (`… WORKERS OF THE AMERICAS`).
  const the = next.text === "the" || (next.text === "THE" && isAllCaps(word.text));
  if (NOT_NAME_WORDS.has(next.text.toLowerCase()) && !the && !appeal && !opening) return false;
  // Note: a body holds one topic after its head (`Committee on Freedom of Association`); a second `on`,
  // or one whose noun is a possessive before a lower-case noun (`… on Peru's mining sector`), is the
  // sentence's. A post's topic before the body does not count (`Vice-Chair on Communications of the Working Group on …`).
  if (connector.text === "on" && (current.some((t, k) => t.text === "on" && ORG_HEADS.has(current[k - 1]?.text.toLowerCase() ?? "")) || (next.possessive && /^[ \u00a0]\p{Ll}/u.test(text.slice(next.end + 2, next.end + 4))))) return false;
  if (connector.text === "and") {
    // Note: `Human Rights Watch and Amnesty International`: after a complete name, `and` starts another;
    // but a field inside an `of` tail goes on (`Federation of Public Service and Municipal Employees`),
    // unless another body's head follows (`Ministry of Public Service and Ministry of Labour`).
    const field = FIELD_HEADS.has(previous?.text.toLowerCase() ?? "") && inTail(current) && !ORG_HEADS.has(next.text.toLowerCase());
    // Note: `International` right after a tail's link is the field's adjective, coordinated with the next
    // (`Chamber for International and Cross-Border Crimes`), not a name's last word (`Amnesty International and …`).
    const adjective = /^international$/iu.test(previous?.text ?? "") && /^(?:of|for|on)$/iu.test(current.at(-2)?.text ?? "") && inTail(current);
    const ended = (STRONG_ORG_HEADS.has(previous?.text.toLowerCase() ?? "") && !field) || (/^(?:watch|international)$/iu.test(previous?.text ?? "") && !adjective) || TURKISH_BODY.test(previous?.text ?? "");
    // Note: in a letterhead in capitals (a name opening its line), `AND` inside a head's `OF` tail
    // goes on like `and` (`GLOBAL FEDERATION OF TRANSPORT AND LOGISTICS WORKERS`); two acronyms
    // stay apart, and so do a heading's words after a colon (`CASE LIST: PROSECUTION OF …`).
    // Note: and before a head closing the line (`TEXTILE AND GARMENT WORKERS' UNION`): the fields it names are the name's.
    const shoutedTail = word.text === "AND" && (inTail(current) || headClosesLine(text, word.end)) && !ended && next.text !== "THE" && opensLine(text, current[0]);
    return shoutedTail || placesJoined(previous, after, beyond, current) || (next.text !== "the" && !ended && !isAllCaps(previous?.text ?? "") && !isAllCaps(next.text));
  }
  // Note: `Footwear Producers Association in Peru`: a body of a whole country names it there;
  // a state's mission abroad names where it sits (`Embassy of the Republic of X in London`).
  // Note: also after a head's tail (`Association of Domestic Workers in Bolivia`, `Centre for … Research in Kenya`).
  // Note: and a region of the world (`… Workers in Latin America`, `… Democracy in the Americas`).
  if (connector.text === "in") return LOCATED_HEADS.has(previous?.text.toLowerCase() ?? "") || ((ORG_HEADS.has(previous?.text.toLowerCase() ?? "") || inTail(current)) && countryAt([next, after, beyond].filter((t): t is Token => t !== undefined), 0)) || diplomatic(current);
  return true;
}

/** Last words of a country's name written with `the` (`the Dominican Republic`, `the United Arab Emirates`). */
const STATE_CLOSERS = /^(?:Republic|Islands|Kingdom|States|Emirates|Federation)$/u;

/**
 * `and the` between two places inside a head's `of` tail (`… Collective of Puerto Rico and the
 * Dominican Republic`, `… of Senegal and the Gambia`): the name goes on over both; elsewhere `and
 * the` starts another body (`X and the Y`).
 */
function placesJoined(previous: Token | undefined, after: Token | undefined, beyond: Token | undefined, current: readonly Token[]): boolean {
  const place = (t: Token | undefined): boolean => t !== undefined && (isCountry(t.text) || isPlaceName(t.text) || PLACE_OPENERS.has(t.text));
  // Note: a country of two or three words closes the left side too (`… Office for Sri Lanka and the Maldives`).
  const country = [2, 3].some((n) => current.length > n && isCountryWord(current.slice(-n).map((t) => t.text).join(" ")));
  if (!previous || !after || !inTail(current) || !(place(previous) || place(current.at(-2)) || country)) return false;
  // Note: and a region of the world after one (`… Office for Asia and the Pacific`, `… for Africa and the Middle East`).
  const region = REGION_WORDS.has(previous.text) && regionAt([after, ...(beyond ? [beyond] : [])], 0);
  return isCountry(after.text) || region || (isPlaceName(after.text) && !ORG_HEADS.has(after.text.toLowerCase())) || (/^\p{Lu}\p{Ll}+$/u.test(after.text) && STATE_CLOSERS.test(beyond?.text ?? ""));
}

/**
 * `by` after a capitalised participle inside a name (`Communities Affected by Mining`, `Movement of
 * People Displaced by Dams`): the name goes on; after anything else `by` ends it (`… Union by the`).
 */
function agent(token: Token, previous: Token | undefined): boolean {
  return token.text === "by" && previous !== undefined && /^\p{Lu}\p{Ll}+ed$/u.test(previous.text);
}

/** True when the rest of the line after `from` is words in capitals ending in a body's strong head (`GARMENT WORKERS' UNION`). */
function headClosesLine(text: string, from: number): boolean {
  const line = /^[ \t]+((?:\p{Lu}[\p{Lu}\p{N}'’-]*[ \t]+){0,5}(\p{Lu}+))[ \t]*(?:\n|$)/u.exec(text.slice(from, from + 80));
  return line !== null && STRONG_ORG_HEADS.has((line[2] as string).toLowerCase());
}

/**
 * `with` inside a head's `for` tail, after a capitalised noun (`Committee for Solidarity with
 * Andean Workers`, `Campaign for Peace with Justice`): the cause goes on to whom it is with; after
 * a whole name `with` ends it (`… Union with the support of`).
 */
function partner(token: Token, current: readonly Token[]): boolean {
  if (token.text !== "with") return false;
  const head = current.findIndex((t) => ORG_HEADS.has(t.text.toLowerCase()));
  const previous = current.at(-1);
  return head >= 0 && current[head + 1]?.text === "for" && previous !== undefined && /^\p{Lu}\p{Ll}+$/u.test(previous.text) && !ORG_HEADS.has(previous.text.toLowerCase());
}

/** True when only spaces stand between the line's start and the token. */
function opensLine(text: string, token: Token | undefined): boolean {
  return token !== undefined && /(?:^|\n)[ \t#*_>]*$/u.test(text.slice(Math.max(0, token.start - 8), token.start));
}

/**
 * `the` after a connector, an article after `and` (`RAIL ET DES PORTS`), or a Romance article after a
 * Romance preposition (`Sindicato Único de Trabajadores de la Educación`, `Fédération des
 * Travailleurs de l’Énergie`): the name goes on.
 */
function article(connector: Token, next: Token): boolean {
  if (next.text.toLowerCase() === "the") return true;
  if (COORDINATOR.test(connector.text) && ARTICLE.test(next.text)) return true;
  // Note: in a letterhead in capitals too (`TRABAJADORES DE LA INDUSTRIA`).
  // Note: and Spanish `de lo` before a court's field (`Sala de lo Penal`, `Juzgado de lo Social`).
  return /^(?:de|del|para|por|pour)$/iu.test(connector.text) && /^(?:la|las|los|el|le|les|lo)$/iu.test(next.text) && (connector.text === connector.text.toLowerCase()) === (next.text === next.text.toLowerCase());
}

/** True when the chunk so far holds a head then an `of`/`for` tail. */
function inTail(current: readonly Token[]): boolean {
  const head = current.findIndex((t) => ORG_HEADS.has(t.text.toLowerCase()));
  return head >= 0 && current.slice(head + 1).some((t) => /^(?:of|for)$/iu.test(t.text));
}

/** True when a head's `on` opens the chunk's tail: its topic may be a list of fields (`Committee on Social Protection, Health and Family`). */
function topicTail(current: readonly Token[]): boolean {
  const head = current.findIndex((t) => ORG_HEADS.has(t.text.toLowerCase()));
  return head >= 0 && current[head + 1]?.text === "on";
}

/** True when the chunk so far names a state's mission abroad (`Embassy of …`, `Permanent Mission of …`). */
export function diplomatic(current: readonly Token[]): boolean {
  // Note: and `Consulate General of …`.
  // Note: and a Commonwealth state's `High Commission of …` (its embassy), not any commission.
  const head = (t: Token, i: number): boolean => DIPLOMATIC_HEADS.has(t.text.toLowerCase()) || (t.text === "Commission" && current[i - 1]?.text === "High");
  return current.some((t, i) => head(t, i) && (current[i + 1]?.text === "of" || (current[i + 1]?.text === "General" && current[i + 2]?.text === "of")));
}

/**
 * The organisation-name chunks (token runs) within `span`; with `limit`, only the first
 * `limit` (the words after them are not read).
 */
export function orgChunks(text: string, span: Span, limit = Infinity): Token[][] {
  const tokens = new TokenStream(text, span.start, span.end);
  const out: Token[][] = [];
  let current: Token[] = [];
  // Note: inside a name, a particle joined to a capital counts as one (`Sawt al-Shaab`).
  const nameWord = (token: Token): boolean => upper(token) || (current.length > 0 && JOINED_PARTICLE.test(token.text)) || dottedLetter(text, token);
  const close = (): void => {
    while (current.length > 0 && !nameWord(current.at(-1) as Token) && !(current.length > 1 && numbered(text, current.slice(0, -1), current.at(-1) as Token))) current.pop();
    if (current.length > 0) out.push(current);
    current = [];
  };
  // Note: the last token of a list of fields inside an `of` tail (tail-list.ts), whose commas join.
  let listEnd = -1;
  for (let i = 0, token = tokens.at(0); token && out.length < limit; token = tokens.at(++i)) {
    const previous = current.at(-1);
    const next = tokens.at(i + 1);
    const after = tokens.at(i + 2);
    if (i > listEnd && text.charAt(token.end) === "," && next && nameWord(token) && (inTail([...current, token]) || topicTail([...current, token]))) listEnd = fieldListEnd(text, tokens, i, upper);
    const listed = i <= listEnd;
    // Note: `of the Republic`, `to the Kingdom`: a connector may be followed by `the` then a capital.
    const connector =
      (listed && /^(?:and|AND)$/u.test(token.text)) ||
      (CONNECTORS.has(token.text) || shouted(token) || shoutedLetter(token, previous, next) || (token.text === "at" && diplomatic(current)) || agent(token, previous) || partner(token, current)) && next !== undefined && joined(text, token, next) && allowed(text, token, previous, next, current, after, tokens.at(i + 3)) &&
      (upper(next) || (article(token, next) && after !== undefined && upper(after) && joined(text, next, after)));
    if (previous && !joined(text, previous, token) && !numbered(text, current, token) && !(listed && /^,?[ \u00a0]$/u.test(text.slice(previous.end, token.start)))) close();
    const continues = previous !== undefined && article(previous, token) && current.length > 0 && CONNECTORS.has(previous.text.toLowerCase());
    // Note: an ordinal between name words numbers a court or branch (`Istanbul 12th Criminal Court`).
    // Note: and opens one after a lower-case `the` (`the 14th Heavy Penal Court of Ankara`), not a date (`the 3rd March`).
    const opening = current.length === 0 && ORDINAL.test(token.text) && /\bthe[ \u00a0]$/u.test(text.slice(Math.max(0, token.start - 4), token.start)) && next !== undefined && !NOT_NAME_WORDS.has(next.text.toLowerCase());
    const ordinal = (current.length > 0 || opening) && ORDINAL.test(token.text) && next !== undefined && upper(next) && joined(text, token, next);
    if (nameWord(token) || (connector && current.length > 0) || continues || ordinal || numbered(text, current, token)) current.push(token);
    else close();
  }
  close();
  return out.slice(0, limit);
}

/** Places of detention, which are numbered (`Correctional Centre 4`, `Penal Colony No. 15`). */
export const NUMBERED_HEADS = /^(?:prison|colony|centre|center|camp|jail|gaol|facility|isolator|institution)$/iu;

const COUNTED = /^[ \u00a0]+(?:years?|months?|weeks?|days?|hours?|km|kilometres?|miles?|people|persons|workers|inmates|prisoners|detainees|times)\b/u;

/** A number after a place of detention's head, or after its `No.` (`Correctional Centre 4`, `Prison No. 2`). */
/** Spanish and French courts numbered after their field (`Juzgado de lo Penal número 4 de Santander`, `Juzgado Segundo`, `Tribunal … n° 3`). */
const NUMBERED_COURTS = /^(?:juzgado|tribunal|sala|cámara|corte|court|chambre|juge)$/iu;
const NUMBER_WORD = /^(?:número|numero|núm|nº|n°|no)$/iu;

function numbered(text: string, current: readonly Token[], token: Token): boolean {
  const previous = current.at(-1);
  // Note: the number word of a court, before its digits (`… de lo Penal número 4`).
  if (previous && NUMBER_WORD.test(token.text) && /^[ \u00a0]$/u.test(text.slice(previous.end, token.start)) && /^\.?[ \u00a0]?\d{1,3}\b/u.test(text.slice(token.end, token.end + 5)) && current.some((t) => NUMBERED_COURTS.test(t.text))) return true;
  if (previous && /^\d{1,3}$/u.test(token.text) && NUMBER_WORD.test(previous.text) && current.some((t) => NUMBERED_COURTS.test(t.text))) return true;
  if (!previous || !/^\d{1,3}$/u.test(token.text)) return false;
  const gap = text.slice(previous.end, token.start);
  // Note: not a count or a term after it (`Prison 3 years`, `Centre 2 km away`).
  if (COUNTED.test(text.slice(token.end, token.end + 14))) return false;
  if (/^No$/u.test(previous.text)) return /^\.?[ \u00a0]$/u.test(gap) && NUMBERED_HEADS.test(current.at(-2)?.text ?? "");
  return gap === " " && NUMBERED_HEADS.test(previous.text);
}

/** The text of a run of tokens. */
export function spanText(text: string, tokens: readonly Token[]): string {
  return text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0).replace(/\s*\n\s*/gu, " ");
}

/** The chunk without leading function words and connectors (`Our Colombian`, `Posted to the IUF`). */
export function trimLeading(chunk: readonly Token[]): Token[] {
  const tokens = [...chunk];
  const skippable = (t: Token): boolean => NOT_NAME_WORDS.has(t.text.toLowerCase()) || isFunctionWord(t.text) || CONNECTORS.has(t.text) || ROMANCE_CONJUNCTION.test(t.text);
  // Note: a capitalised article of another language begins a title (`Le Devoir`, `La Nation`, `El País`).
  // Note: before a body's head noun the article is no part of the name (`La Confédération syndicale …`, `El Sindicato …`).
  const article = (t: Token): boolean => FOREIGN_ARTICLE.test(t.text) && tokens.length > 1 && !ORG_HEADS.has((tokens[1] as Token).text.toLowerCase());
  while (tokens.length > 0 && skippable(tokens[0] as Token) && !article(tokens[0] as Token)) tokens.shift();
  return tokens;
}

const FOREIGN_ARTICLE = /^(?:Le|La|Les|El|Al|Il|Lo|Der|Die|Das)$/u;

/** Tags of an English word class: a short word with one is English, no other language's link. */
const WORD_CLASS_TAGS = /^(?:Noun|Singular|Plural|Uncountable|Verb|Infinitive|PastTense|PresentTense|Gerund|Participle|Adjective|Comparative|Superlative|Adverb|Preposition|Conjunction|Determiner|Pronoun|Possessive|Copula|Modal|Auxiliary|QuestionWord|Negative|Value|Cardinal|Ordinal|Month|WeekDay)$/u;

/**
 * A short lower-case link of a language casebook has no vocabulary for (`Sauti ya Ziwa`, Swahili; `Adolat va Huquq`,
 * Tajik; `Tinig sa Bayan`): one to three plain letters, no English word class (`ya` is only slang there) and no
 * French or Spanish short word (`à`, `en`, `y`).
 */
export function isForeignLink(word: string): boolean {
  return /^[a-z]{1,3}$/u.test(word) && !CONNECTORS.has(word) && !ROMANCE_SHORT.has(word) && !lexiconTags(word).some((tag) => WORD_CLASS_TAGS.test(tag));
}

/** The French and Spanish vocabularies' short words that end a name (`… du Sahel à Sfax`, `… en Caracas`): theirs, not a link. */
const ROMANCE_SHORT: ReadonlySet<string> = new Set(allVocabularies().flatMap((v) => [...v.notNameWords, ...v.articles, ...v.openingPrepositions, v.and]).filter((w) => w.length <= 3));

/**
 * French and Spanish conjunctions that open a clause, capitalised at a sentence's or a request's start (`Que la Corte
 * de Apelaciones revise …`, `Lorsque la Fédération …`): a closed class of the grammar, no word of a name.
 */
export const ROMANCE_CONJUNCTION = /^(?:Que|Qu['’]|Quand|Lorsque|Lorsqu['’]|Puisque|Puisqu['’]|Afin|Mais|Donc|Car|Cuando|Porque|Pues|Aunque|Mientras|Pero|Sino|Donde)$/u;

/** A clause (sentence, or letterhead lines joined) with its organisation chunks and whether it is a headline. */
export interface Clause {
  span: Span;
  chunks: Token[][];
  /** A title-case headline (headline.ts): rules that rely on capitals alone skip it. */
  headline: boolean;
}

const clauseCache = new WeakMap<object, Clause[]>();

/** The organisation chunks of every clause, computed once per context (every org rule walks them). */
export function clauseChunks(context: object, text: string, spans: () => Span[]): Clause[] {
  const cached = clauseCache.get(context);
  if (cached) return cached;
  const out = spans().map((span) => ({ span, chunks: orgChunks(text, span), headline: isHeadline(text, span) }));
  clauseCache.set(context, out);
  return out;
}
